import { enCoreSend } from './core-send.js';
import { enCoreConnect } from './core-connect.js';

/**
 * English catalog. Every key here must exist in ko.ts too (the compiler and a test check).
 * Placeholders are {name}; they are filled from the diagnosis parameters.
 */
export const enCore = {
  // steps
  'step.dns': 'DNS',
  'step.tcp': 'TCP connect',
  'step.greeting': 'Greeting',
  'step.ehlo': 'EHLO',
  'step.tls': 'TLS',
  'step.auth': 'AUTH',
  'step.send': 'Test send',
  'step.quit': 'QUIT',
  'ui.blocked-by': 'blocked by {step}',
  'ui.not-requested': 'not requested',
  'ui.skip.connection-closed': 'the connection was already closed',
  'ui.skip.security-none': 'not requested (--security none)',
  'ui.verdict.pass': 'All requested steps passed.',
  'ui.verdict.warn': 'Passed, with warnings.',
  'ui.verdict.fail': 'Failed.',
  'ui.diagnosis': 'Diagnosis',
  'ui.cause': 'Cause',
  'ui.evidence': 'Evidence',
  'ui.fix': 'Fix',
  'ui.hint': 'Also',
  'ui.transcript': 'Transcript',
  'ui.checking': 'Checking {host}:{port} ({security})',
  'ui.exit': 'exit code {code}',
  'ui.warning': 'Warning',

  // facts in human output
  'fact.addresses': 'addresses {list}',
  'fact.mx': 'no address, but MX records: {list}',
  'fact.connected': 'connected to {addr}',
  'fact.attempt': '{address}: {outcome}',
  'fact.banner': '{code} {banner}',
  'fact.extensions': 'extensions: {list}',
  'fact.auth-offered': 'AUTH offered: {list}',
  'unit.seconds': '{n} s',
  'fact.auth-none': 'no AUTH offered',
  // The EHLO before STARTTLS: servers commonly offer AUTH only after TLS.
  'fact.auth-none-before-tls': 'no AUTH before TLS',
  'fact.tls': '{protocol}, {cipher}',
  'fact.cert': 'certificate {subject}, issued by {issuer}',
  'fact.cert-valid': 'valid until {validTo} ({daysLeft} days left)',
  'fact.cert-names': 'names: {list}',
  'fact.cert-verdict': 'verification: {verdict}',
  'fact.cert-matched': 'name matched: {name}',
  'fact.ehlo-changes': 'after STARTTLS: added {added}; AUTH before TLS: {before}, after: {after}',
  'fact.mechanism': 'mechanism {mechanism}, user {user}',
  'fact.accepted': 'accepted; server reply: {reply}',
  'fact.queue-id': 'queue id {id}',
  'fact.message-id': 'Message-ID {id}',
  'fact.no-data': 'sender and recipient accepted; RSET sent, nothing delivered (--no-data)',

  'verdict.trusted': 'trusted',
  'verdict.self-signed': 'self-signed (not trusted)',
  'verdict.untrusted-issuer': 'issuer not trusted',
  'verdict.expired': 'expired',
  'verdict.not-yet-valid': 'not yet valid',
  'verdict.wrong-name': 'name does not match',
  'verdict.no-certificate': 'no certificate',

  // warnings
  'warn.insecure-cert': 'Certificate NOT verified ({verdict}, {code}); continuing only because of --insecure.',
  'warn.cert-expiring': 'The certificate expires in {days} days.',
  'warn.server-slow': 'The server answers slowly: typically {ms} ms per reply ({replies} replies).',
  'warn.port-speaks-implicit-tls':
    'Port {port} speaks implicit TLS (TLS from the first byte), not plain SMTP: configure clients with implicit TLS ' +
    '(--security tls, nodemailer secure: true); most assume STARTTLS on any port but 465.',
  'warn.old-tls': 'The server negotiated {protocol}, which is obsolete.',
  'warn.no-tls': 'The connection is not encrypted: the server did not offer STARTTLS.',
  'warn.helo-fallback': 'The server refused EHLO; smtp-doctor fell back to HELO (no extensions).',
  'warn.plaintext-auth': 'Credentials were sent over an unencrypted connection (--allow-plaintext-auth).',
  'warn.some-recipients-rejected': 'Some recipients were rejected: {rejected}',
  'warn.password-argv':
    '--password puts the secret on the command line, where other local users can see it (ps, shell history). Prefer ' +
    '--password-env, --password-file or --password-stdin.',
  'warn.password-url':
    'The password is inside --url, so it is on the command line where other local users can see it (ps, shell ' +
    'history). Leave it out of the URL (smtp://user@host:port) and give it with --password-env, --password-file or ' +
    '--password-stdin.',
  'warn.insecure-flag': '--insecure: certificate problems are reported as warnings and do not stop the check.',
  'ehlo.rejected.cause': 'The server rejected the client\'s greeting name "{helo}": "{reply}".',
  'ehlo.rejected.fix':
    'Use a fully qualified host name that resolves in DNS: --helo mail.yourdomain.com (nodemailer name; Spring ' +
    'mail.smtp.localhost; Rails domain; Python local_hostname).',
  'ip.blocked.cause': 'The server refused this client\'s IP address: it is on a blocklist or has a poor reputation ("{reply}").',
  'ip.blocked.fix':
    'Send through your provider\'s authenticated submission server (587/465) instead of delivering directly, or get ' +
    'the IP delisted at the list named in the reply (Spamhaus, Barracuda ...). Home and cloud IPs are often listed ' +
    'by default.',

  // hints
  'hint.gmail.app-password':
    'Gmail: use an app password (https://myaccount.google.com/apppasswords) with 2-Step Verification on; "less ' +
    'secure app access" no longer exists.',
  'hint.microsoft.smtp-auth':
    'Microsoft 365: SMTP AUTH must be allowed for the tenant and the mailbox (Authenticated SMTP), and security ' +
    'defaults disable it; Microsoft is retiring basic authentication for SMTP AUTH.',
  'hint.sendgrid.apikey': 'SendGrid: the user name is literally "apikey" and the password is the API key.',
  'hint.ses.smtp-credentials': 'Amazon SES: use SMTP credentials created for SES in this region, not IAM access keys.',
  'hint.naver.enable-smtp': 'Naver: turn on "POP3/SMTP 사용" in the mail settings; with 2-step verification use an application password.',
  'hint.daum.enable-smtp': 'Daum/Kakao: turn on SMTP in the mail settings (IMAP/SMTP); with 2-step verification use an app password.',
  'hint.port25-blocked': 'Port 25 is often blocked for outgoing traffic by ISPs and cloud providers; use 587 or 465 for submission.',
  'hint.all-addresses-failed': 'Every address of {host} failed; see the attempts above.',

  // categories (short titles)
  'category.WRONG_CREDENTIALS': 'wrong user name or password',
  'category.APP_PASSWORD_REQUIRED': 'app password required',
  'category.AUTH_DISABLED_BY_PROVIDER': 'SMTP AUTH disabled by the provider',
  'category.TLS_MODE_MISMATCH': 'TLS mode does not match the port',
  'category.STARTTLS_REQUIRED': 'encryption (STARTTLS) required',
  'category.CERT_UNTRUSTED': 'certificate not trusted',
  'category.CERT_HOSTNAME_MISMATCH': 'certificate name mismatch',
  'category.CERT_EXPIRED': 'certificate expired',
  'category.TLS_VERSION_OR_CIPHER': 'TLS version or cipher mismatch',
  'category.CONNECTION_REFUSED': 'connection refused',
  'category.CONNECTION_TIMEOUT': 'connection timed out',
  'category.DNS_FAILURE': 'DNS failure',
  'category.SENDER_NOT_AUTHORIZED': 'sender not authorised',
  'category.RELAY_DENIED': 'relay denied',
  'category.RECIPIENT_REJECTED': 'recipient rejected',
  'category.MESSAGE_REJECTED_POLICY': 'message rejected by policy',
  'category.SIZE_LIMIT': 'message too large',
  'category.RATE_LIMITED': 'rate limited',
  'category.SERVER_TEMPORARY_FAILURE': 'temporary server failure',
  'category.HELO_REJECTED': 'HELO/EHLO name rejected',
  'category.AUTH_MECHANISM_UNSUPPORTED': 'authentication mechanism not supported',
  'category.CLIENT_IP_BLOCKED': 'client IP address blocked',
  'category.PROTOCOL_ERROR': 'protocol error',
  'category.MISSING_CREDENTIALS': 'missing credentials',

  // usage errors
  'err.usage': 'Error: {message}',
  'err.try-help': 'see smtp-doctor --help',
  'err.internal': 'smtp-doctor crashed (internal error, not a finding about the server): {message}',
  'err.missing-host': 'missing --host (the SMTP server name)',
  'err.bad-host': 'invalid host name "{value}": give a name or an address (smtp.example.com, 192.0.2.10), not a URL or a sentence',
  'err.bad-port': 'invalid --port "{value}": give a number from 1 to 65535',
  'err.bad-security': 'invalid --security "{value}": use starttls, tls, none or auto',
  'err.bad-auth-method': 'invalid --auth-method "{value}": use PLAIN, LOGIN, CRAM-MD5, XOAUTH2 or OAUTHBEARER',
  'err.bad-seconds': 'invalid {flag} "{value}": give a number of seconds',
  'err.bad-timeout': 'invalid --timeout "{value}": give seconds, a number above 0 and at most 600',
  'err.bad-family': 'invalid --family "{value}": use 4 or 6',
  'err.to-without-from': '--to needs --from (the sender address of the test message)',
  'err.crlf': '{flag} must not contain CR or LF characters',
  'err.bad-address': '{flag} "{value}" is not an e-mail address',
  'err.password-env-unset': 'environment variable {name} (from --password-env) is not set',
  'err.password-file': 'cannot read --password-file {path}: {reason}',
  'err.password-stdin-tty': '--password-stdin needs the password piped on standard input, not a terminal',
  'err.password-stdin-too-long': '--password-stdin: standard input is longer than {max}; a password is a single short line',
  'err.password-needs-user': 'a password was given without --user',
  'err.several-password-sources': 'give the password one way only (--password-env, --password-file, --password-stdin or --password)',
  'err.no-password-source':
    '--user is set but no password source: use --password-env VAR, --password-file PATH or --password-stdin (a ' +
    'prompt needs a terminal)',
  'err.ca-file': 'cannot read --ca {path}: {reason}',
  'err.ca-not-pem': '--ca {path} contains no PEM certificate',
  'err.bad-lang': 'invalid --lang "{value}": use en or ko',
  'prompt.password': 'Password for {user}',
  ...enCoreSend,
  ...enCoreConnect,
} as const;

