import type { CategoryId, StepId } from '../core/types.js';

/**
 * What a rule is matched against: a failure's structured fields, plus where it happened
 * and who the provider is. `text` is the server's words or the error message, used last.
 */
export interface Finding {
  step?: StepId;
  code?: string;
  reason?: string;
  command?: string;
  responseCode?: number;
  enhancedCode?: string;
  provider?: string;
  text?: string;
}

export interface RuleMatch {
  step?: StepId[];
  code?: string[];
  reason?: string[];
  /** SMTP command prefix, e.g. "AUTH", "MAIL FROM", "RCPT TO". */
  command?: string[];
  responseCode?: number[];
  /** Reply class: first digit of the basic code. */
  replyClass?: (4 | 5)[];
  /** Enhanced codes; "5.7.*" matches the subject. */
  enhanced?: string[];
  provider?: string[];
  text?: RegExp;
}

export interface Rule {
  id: string;
  category: CategoryId;
  when: RuleMatch;
  /** Catalog prefix: `${msg}.cause` and `${msg}.fix` must exist in every language. */
  msg: string;
  /** Where the knowledge comes from (RFC, provider documentation, public thread). */
  source: string;
  /** Real-world findings this rule must match (its fixture test). */
  examples: Finding[];
  /** A catch-all: wins only when no other rule matches. */
  fallback?: boolean;
}

const RFC5321 = 'RFC 5321 section 4.2 (reply codes)';
const RFC3463 = 'RFC 3463 (enhanced status codes)';
const RFC3207 = 'RFC 3207 (STARTTLS)';
const RFC4954 = 'RFC 4954 (SMTP AUTH)';
const NODE_NET = 'Node.js net / OpenSSL error codes';

/**
 * The knowledge base. Matching picks the rule whose conditions are all true and that is
 * most specific (see score() in diagnose.ts); order only breaks ties. Add a rule here with
 * at least one example, and its messages in src/i18n/en.ts and src/i18n/ko.ts.
 */
export const RULES: Rule[] = [
  // ---- DNS
  {
    id: 'dns.mail-domain',
    category: 'DNS_FAILURE',
    when: { step: ['dns'], reason: ['no-address-has-mx'] },
    msg: 'dns.mail-domain',
    source: 'RFC 5321 section 5 (MX lookup); user reports of mail domains typed as SMTP hosts',
    examples: [{ step: 'dns', reason: 'no-address-has-mx', code: 'ENOTFOUND' }],
  },
  {
    id: 'dns.no-such-host',
    category: 'DNS_FAILURE',
    when: { code: ['ENOTFOUND', 'EAI_NONAME', 'ENODATA', 'EAI_NODATA'] },
    msg: 'dns.no-such-host',
    source: NODE_NET,
    examples: [{ step: 'dns', reason: 'no-address', code: 'ENOTFOUND' }, { code: 'ENOTFOUND', text: 'getaddrinfo ENOTFOUND smtp.exmaple.com' }],
  },
  {
    id: 'dns.resolver',
    category: 'DNS_FAILURE',
    when: { code: ['EAI_AGAIN', 'ESERVFAIL', 'ECONNREFUSED'], step: ['dns'] },
    msg: 'dns.resolver',
    source: NODE_NET,
    examples: [{ step: 'dns', code: 'EAI_AGAIN', reason: 'resolver-unavailable' }],
  },
  {
    id: 'dns.resolver-timeout',
    category: 'DNS_FAILURE',
    when: { step: ['dns'], reason: ['resolver-unavailable', 'resolver-error'] },
    msg: 'dns.resolver',
    source: NODE_NET,
    fallback: true,
    examples: [{ step: 'dns', code: 'ETIMEDOUT', reason: 'resolver-unavailable' }],
  },
  {
    id: 'dns.family',
    category: 'DNS_FAILURE',
    when: { step: ['dns'], reason: ['no-address-in-family'] },
    msg: 'dns.family',
    source: 'smtp-doctor --family',
    examples: [{ step: 'dns', reason: 'no-address-in-family', code: 'IPV6_NONE' }],
  },
  // ---- TCP
  {
    id: 'tcp.refused',
    category: 'CONNECTION_REFUSED',
    when: { code: ['ECONNREFUSED'] },
    msg: 'tcp.refused',
    source: NODE_NET,
    examples: [{ step: 'tcp', code: 'ECONNREFUSED', reason: 'connect-refused' }],
  },
  {
    id: 'tcp.timeout',
    category: 'CONNECTION_TIMEOUT',
    when: { step: ['tcp'], reason: ['connect-timeout'] },
    msg: 'tcp.timeout',
    source: NODE_NET,
    examples: [{ step: 'tcp', code: 'ETIMEDOUT', reason: 'connect-timeout' }],
  },
  {
    id: 'tcp.unreachable',
    category: 'CONNECTION_TIMEOUT',
    when: { code: ['EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'EAFNOSUPPORT'] },
    msg: 'tcp.unreachable',
    source: NODE_NET,
    examples: [{ step: 'tcp', code: 'ENETUNREACH', reason: 'connect-unreachable' }],
  },
  {
    id: 'tcp.reset',
    category: 'CONNECTION_REFUSED',
    when: { step: ['tcp'], reason: ['connect-reset'] },
    msg: 'tcp.reset',
    source: NODE_NET,
    examples: [{ step: 'tcp', code: 'ECONNRESET', reason: 'connect-reset' }],
  },
  // ---- TLS mode
  {
    id: 'mode.expects-implicit-tls',
    category: 'TLS_MODE_MISMATCH',
    when: { reason: ['expects-implicit-tls'] },
    msg: 'mode.expects-tls',
    source: 'RFC 8314 section 3 (implicit TLS on 465); nodemailer "Greeting never received"',
    examples: [{ step: 'greeting', reason: 'expects-implicit-tls', code: 'ETIMEDOUT' }],
  },
  {
    id: 'mode.expects-plain',
    category: 'TLS_MODE_MISMATCH',
    when: { reason: ['expects-plain'] },
    msg: 'mode.expects-plain',
    source: 'OpenSSL "wrong version number" when a TLS client meets a plaintext greeting',
    examples: [{ step: 'tls', reason: 'expects-plain', code: 'ERR_SSL_WRONG_VERSION_NUMBER' }],
  },
  // ---- greeting
  {
    id: 'greeting.timeout',
    category: 'CONNECTION_TIMEOUT',
    when: { step: ['greeting'], reason: ['greeting-timeout'] },
    msg: 'greeting.timeout',
    source: 'RFC 5321 section 4.5.3.2 (initial 220 message, 5 minutes)',
    examples: [{ step: 'greeting', reason: 'greeting-timeout', code: 'ETIMEDOUT' }],
  },
  {
    id: 'greeting.closed',
    category: 'PROTOCOL_ERROR',
    when: { step: ['greeting'], reason: ['closed-before-greeting'] },
    msg: 'greeting.closed',
    source: RFC5321,
    examples: [{ step: 'greeting', reason: 'closed-before-greeting', code: 'ECONNECTION' }],
  },
  {
    id: 'greeting.blocked',
    category: 'CLIENT_IP_BLOCKED',
    when: { step: ['greeting'], responseCode: [554, 550, 521] },
    msg: 'greeting.blocked',
    source: 'RFC 5321 section 3.1 (554 greeting: no SMTP service here)',
    examples: [
      { step: 'greeting', reason: 'greeting-rejected', responseCode: 554, enhancedCode: '5.7.1', text: 'Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org' },
    ],
  },
  {
    id: 'greeting.busy',
    category: 'SERVER_TEMPORARY_FAILURE',
    when: { step: ['greeting'], replyClass: [4] },
    msg: 'greeting.busy',
    source: RFC5321,
    examples: [{ step: 'greeting', reason: 'greeting-rejected', responseCode: 421, text: 'mx.example.com Service not available, closing transmission channel' }],
  },
  {
    id: 'greeting.too-many-connections',
    category: 'RATE_LIMITED',
    when: { step: ['greeting'], replyClass: [4], text: /too many (connections|concurrent)|connection rate|rate limit/i },
    msg: 'limits.rate',
    source: 'Postfix smtpd_client_connection_count_limit / rate limit replies',
    examples: [{ step: 'greeting', responseCode: 421, enhancedCode: '4.7.0', text: 'mx.example.com Error: too many connections from 198.51.100.7' }],
  },
  // ---- EHLO
  {
    id: 'ehlo.rejected',
    category: 'HELO_REJECTED',
    when: { step: ['ehlo'], replyClass: [5] },
    msg: 'ehlo.rejected',
    source: 'RFC 5321 section 4.1.1.1; Postfix reject_invalid_helo_hostname / reject_non_fqdn_helo_hostname',
    examples: [{ step: 'ehlo', responseCode: 501, enhancedCode: '5.5.4', text: 'Invalid domain name' }],
  },
  {
    id: 'helo.text',
    category: 'HELO_REJECTED',
    when: { replyClass: [5], text: /\bhelo\b|\behlo\b/i },
    msg: 'ehlo.rejected',
    source: 'Postfix "Helo command rejected" replies',
    examples: [{ step: 'send', command: 'RCPT TO', responseCode: 504, enhancedCode: '5.5.2', text: '<localhost>: Helo command rejected: need fully-qualified hostname' }],
  },
  // ---- STARTTLS / TLS
  {
    id: 'starttls.not-offered',
    category: 'STARTTLS_REQUIRED',
    when: { reason: ['starttls-not-offered'] },
    msg: 'starttls.not-offered',
    source: RFC3207,
    examples: [{ step: 'tls', reason: 'starttls-not-offered', command: 'STARTTLS', responseCode: 502, enhancedCode: '5.5.1', text: 'Command not implemented' }],
  },
  {
    id: 'starttls.rejected',
    category: 'TLS_VERSION_OR_CIPHER',
    when: { reason: ['starttls-rejected'] },
    msg: 'starttls.rejected',
    source: RFC3207,
    examples: [{ step: 'tls', reason: 'starttls-rejected', command: 'STARTTLS', responseCode: 454, enhancedCode: '4.7.0', text: 'TLS not available due to local problem' }],
  },
  {
    id: 'starttls.must-issue',
    category: 'STARTTLS_REQUIRED',
    when: { responseCode: [530, 523, 550, 554], text: /STARTTLS|must issue|encryption required|TLS required|secure connection/i },
    msg: 'starttls.required',
    source: 'RFC 3207 section 4 ("530 Must issue a STARTTLS command first")',
    examples: [
      { step: 'send', command: 'MAIL FROM', responseCode: 530, enhancedCode: '5.7.0', text: 'Must issue a STARTTLS command first' },
      { step: 'send', command: 'MAIL FROM', responseCode: 530, text: 'Must issue a STARTTLS command first' },
    ],
  },
  {
    id: 'starttls.encryption-required-538',
    category: 'STARTTLS_REQUIRED',
    when: { responseCode: [538] },
    msg: 'starttls.required',
    source: RFC4954,
    examples: [{ step: 'auth', command: 'AUTH PLAIN', responseCode: 538, enhancedCode: '5.7.11', text: 'Encryption required for requested authentication mechanism' }],
  },
  {
    id: 'auth.plaintext-refused',
    category: 'STARTTLS_REQUIRED',
    when: { reason: ['plaintext-auth-refused'] },
    msg: 'auth.plaintext-refused',
    source: 'RFC 8314 section 3; smtp-doctor never sends credentials unencrypted unless --allow-plaintext-auth',
    examples: [{ step: 'auth', reason: 'plaintext-auth-refused' }],
  },
  {
    id: 'auth.after-starttls-only',
    category: 'STARTTLS_REQUIRED',
    when: { reason: ['auth-after-starttls-only'] },
    msg: 'auth.after-starttls-only',
    source: 'RFC 4954 section 4; Postfix smtpd_tls_auth_only',
    examples: [{ step: 'auth', reason: 'auth-after-starttls-only' }],
  },
  {
    id: 'tls.cert-self-signed',
    category: 'CERT_UNTRUSTED',
    when: { code: ['DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN'] },
    msg: 'cert.self-signed',
    source: NODE_NET,
    examples: [{ step: 'tls', reason: 'cert-self-signed', code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }],
  },
  {
    id: 'tls.cert-untrusted',
    category: 'CERT_UNTRUSTED',
    when: { code: ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_GET_ISSUER_CERT', 'CERT_UNTRUSTED', 'CERT_SIGNATURE_FAILURE', 'CERT_REVOKED'] },
    msg: 'cert.untrusted',
    source: NODE_NET,
    examples: [{ step: 'tls', reason: 'cert-untrusted-issuer', code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }],
  },
  {
    id: 'tls.cert-untrusted-reason',
    category: 'CERT_UNTRUSTED',
    when: { reason: ['cert-untrusted-issuer', 'cert-no-certificate'] },
    msg: 'cert.untrusted',
    source: NODE_NET,
    fallback: true,
    examples: [{ step: 'tls', reason: 'cert-untrusted-issuer', code: 'X509_V_ERR_SOMETHING_NEW' }],
  },
  {
    id: 'tls.cert-expired',
    category: 'CERT_EXPIRED',
    when: { code: ['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID'] },
    msg: 'cert.expired',
    source: NODE_NET,
    examples: [{ step: 'tls', reason: 'cert-expired', code: 'CERT_HAS_EXPIRED' }],
  },
  {
    id: 'tls.cert-hostname',
    category: 'CERT_HOSTNAME_MISMATCH',
    when: { code: ['ERR_TLS_CERT_ALTNAME_INVALID'] },
    msg: 'cert.hostname',
    source: NODE_NET,
    examples: [{ step: 'tls', reason: 'cert-wrong-name', code: 'ERR_TLS_CERT_ALTNAME_INVALID' }],
  },
  {
    id: 'tls.version-or-cipher',
    category: 'TLS_VERSION_OR_CIPHER',
    when: {
      text: /unsupported protocol|protocol version|no (shared )?cipher|handshake failure|dh key too small|sslv3 alert|no protocols available|wrong signature type|legacy|insufficient security|ee key too small|ca md too weak/i,
    },
    msg: 'tls.version',
    source: 'OpenSSL alert texts as reported by Node.js',
    examples: [
      { step: 'tls', code: 'ERR_SSL_UNSUPPORTED_PROTOCOL', reason: 'tls-handshake-failed', text: 'error:0A000102:SSL routines::unsupported protocol' },
      { step: 'tls', code: 'ERR_SSL_DH_KEY_TOO_SMALL', reason: 'tls-handshake-failed', text: 'error:0A00018A:SSL routines::dh key too small' },
    ],
  },
  {
    id: 'tls.not-tls',
    category: 'PROTOCOL_ERROR',
    when: { step: ['tls'], reason: ['tls-handshake-failed', 'tls-handshake-timeout'] },
    msg: 'tls.failed',
    source: NODE_NET,
    fallback: true,
    examples: [{ step: 'tls', reason: 'tls-handshake-failed', code: 'ECONNRESET' }],
  },
  // ---- AUTH
  {
    id: 'auth.missing-password',
    category: 'MISSING_CREDENTIALS',
    when: { reason: ['missing-password', 'missing-credentials'] },
    msg: 'auth.missing',
    source: 'nodemailer "Missing credentials for PLAIN"',
    examples: [{ step: 'auth', reason: 'missing-password', code: 'MISSING_CREDENTIALS' }],
  },
  {
    id: 'auth.not-offered',
    category: 'AUTH_MECHANISM_UNSUPPORTED',
    when: { reason: ['auth-not-offered'] },
    msg: 'auth.not-offered',
    source: RFC4954,
    examples: [{ step: 'auth', reason: 'auth-not-offered' }],
  },
  {
    id: 'auth.mechanism',
    category: 'AUTH_MECHANISM_UNSUPPORTED',
    when: { reason: ['mechanism-not-offered', 'no-supported-mechanism'] },
    msg: 'auth.mechanism',
    source: RFC4954,
    examples: [{ step: 'auth', reason: 'mechanism-not-offered', command: 'AUTH CRAM-MD5' }],
  },
  {
    id: 'auth.504',
    category: 'AUTH_MECHANISM_UNSUPPORTED',
    when: { command: ['AUTH'], responseCode: [504] },
    msg: 'auth.mechanism',
    source: RFC4954,
    examples: [{ step: 'auth', command: 'AUTH CRAM-MD5', responseCode: 504, enhancedCode: '5.5.4', text: 'Unrecognized authentication type' }],
  },
  {
    id: 'auth.535',
    category: 'WRONG_CREDENTIALS',
    when: { responseCode: [535] },
    msg: 'auth.wrong',
    source: 'RFC 4954 section 6 (535 5.7.8 Authentication credentials invalid)',
    examples: [
      { step: 'auth', command: 'AUTH PLAIN', responseCode: 535, enhancedCode: '5.7.8', text: 'Error: authentication failed: authentication failure' },
      { step: 'auth', command: 'AUTH LOGIN', responseCode: 535, text: 'Authentication credentials invalid' },
    ],
  },
  {
    id: 'gmail.bad-credentials',
    category: 'WRONG_CREDENTIALS',
    when: { provider: ['gmail'], responseCode: [535], enhanced: ['5.7.8'] },
    msg: 'gmail.bad-credentials',
    source: 'https://support.google.com/mail/?p=BadCredentials; https://support.google.com/accounts/answer/185833 (app passwords)',
    examples: [
      {
        step: 'auth',
        provider: 'gmail',
        command: 'AUTH PLAIN',
        responseCode: 535,
        enhancedCode: '5.7.8',
        text: 'Username and Password not accepted. For more information, go to\nhttps://support.google.com/mail/?p=BadCredentials d9443c01a7336-21c5c7f3a4bsm123456ad.9 - gsmtp',
      },
    ],
  },
  {
    id: 'gmail.app-password',
    category: 'APP_PASSWORD_REQUIRED',
    when: { enhanced: ['5.7.9'], text: /application-specific password|app password|InvalidSecondFactor/i },
    msg: 'gmail.app-password',
    source: 'https://support.google.com/mail/?p=InvalidSecondFactor; https://support.google.com/accounts/answer/185833',
    examples: [
      {
        step: 'auth',
        provider: 'gmail',
        command: 'AUTH PLAIN',
        responseCode: 534,
        enhancedCode: '5.7.9',
        text: 'Application-specific password required. For more information, go to\nhttps://support.google.com/mail/?p=InvalidSecondFactor - gsmtp',
      },
    ],
  },
  {
    id: 'auth.temporary',
    category: 'SERVER_TEMPORARY_FAILURE',
    when: { step: ['auth'], replyClass: [4] },
    msg: 'auth.temporary',
    source: 'RFC 4954 section 6 (454 4.7.0 Temporary authentication failure)',
    examples: [{ step: 'auth', command: 'AUTH PLAIN', responseCode: 454, enhancedCode: '4.7.0', text: 'Temporary authentication failure' }],
  },
  // ---- envelope and message
  {
    id: 'send.sender-rejected',
    category: 'SENDER_NOT_AUTHORIZED',
    when: { command: ['MAIL FROM'], replyClass: [5] },
    msg: 'send.sender',
    source: 'RFC 5321 section 4.2.3; Postfix reject_sender_login_mismatch (553 5.7.1)',
    examples: [
      { step: 'send', command: 'MAIL FROM', responseCode: 553, enhancedCode: '5.7.1', text: '<ceo@example.com>: Sender address rejected: not owned by user app@example.com' },
      { step: 'send', command: 'MAIL FROM', responseCode: 550, enhancedCode: '5.1.8', text: 'Sender address rejected: Domain not found' },
    ],
  },
  {
    id: 'send.auth-required',
    category: 'RELAY_DENIED',
    when: { command: ['MAIL FROM', 'RCPT TO'], responseCode: [530], text: /auth/i },
    msg: 'send.auth-required',
    source: 'RFC 4954 section 6 (530 5.7.0 Authentication required)',
    examples: [{ step: 'send', command: 'MAIL FROM', responseCode: 530, enhancedCode: '5.7.0', text: 'Authentication required' }],
  },
  {
    id: 'send.recipient-unknown',
    category: 'RECIPIENT_REJECTED',
    when: { command: ['RCPT TO'], replyClass: [5] },
    msg: 'send.recipient',
    source: 'RFC 3463 X.1.1 (bad destination mailbox address)',
    examples: [
      { step: 'send', command: 'RCPT TO', responseCode: 550, enhancedCode: '5.1.1', text: '<nobody@example.com>: Recipient address rejected: User unknown in virtual mailbox table' },
    ],
  },
  {
    id: 'send.relay-denied',
    category: 'RELAY_DENIED',
    when: { command: ['RCPT TO'], text: /relay(ing)? (access )?(denied|not permitted|prohibited)|not permitted to relay|unable to relay|relay not permitted/i },
    msg: 'send.relay',
    source: 'Postfix "Relay access denied" (554 5.7.1); Exchange "550 5.7.54 Unable to relay"',
    examples: [
      { step: 'send', command: 'RCPT TO', responseCode: 554, enhancedCode: '5.7.1', text: '<someone@example.org>: Relay access denied' },
      { step: 'send', command: 'RCPT TO', responseCode: 550, enhancedCode: '5.7.54', text: 'SMTP; Unable to relay recipient in non-accepted domain' },
    ],
  },
  {
    id: 'send.size',
    category: 'SIZE_LIMIT',
    when: { enhanced: ['5.3.4', '5.2.3', '4.3.4'] },
    msg: 'send.size',
    source: 'RFC 3463 X.3.4 / X.2.3; RFC 1870 (SIZE)',
    examples: [{ step: 'send', command: 'DATA', responseCode: 552, enhancedCode: '5.3.4', text: 'Message size exceeds fixed limit' }],
  },
  {
    id: 'send.size-552',
    category: 'SIZE_LIMIT',
    when: { responseCode: [552], text: /size|too (big|large)|exceed/i },
    msg: 'send.size',
    source: 'RFC 5321 (552 exceeded storage allocation); RFC 1870',
    examples: [{ step: 'send', command: 'DATA', responseCode: 552, text: 'Message size exceeds maximum permitted' }],
  },
  {
    id: 'send.policy',
    category: 'MESSAGE_REJECTED_POLICY',
    when: { command: ['DATA'], replyClass: [5] },
    msg: 'send.policy',
    source: 'RFC 3463 X.7.x (security or policy status)',
    examples: [{ step: 'send', command: 'DATA', responseCode: 550, enhancedCode: '5.7.1', text: 'Message rejected as spam by Content Filtering.' }],
  },
  {
    id: 'limits.rate',
    category: 'RATE_LIMITED',
    when: { text: /rate limit|too many (messages|recipients|connections|emails)|sending limit|quota exceeded|try again later.*(rate|limit)|daily (user )?sending (quota|limit)/i },
    msg: 'limits.rate',
    source: 'Gmail 4.7.0/5.4.5 sending limits; Microsoft 4.5.127 / 5.2.2; generic rate-limit replies',
    examples: [
      { step: 'send', command: 'RCPT TO', responseCode: 452, enhancedCode: '4.5.3', text: 'Too many recipients' },
      { step: 'send', command: 'RCPT TO', responseCode: 450, enhancedCode: '4.7.1', text: 'Error: too many recipients from 198.51.100.7' },
    ],
  },
  {
    id: 'limits.5.4.5',
    category: 'RATE_LIMITED',
    when: { enhanced: ['5.4.5', '4.4.5'] },
    msg: 'limits.rate',
    source: 'Gmail sending limits (https://support.google.com/a/answer/166852)',
    examples: [
      { step: 'send', responseCode: 550, enhancedCode: '5.4.5', text: 'Daily sending quota exceeded' },
      { step: 'send', command: 'MAIL FROM', responseCode: 550, enhancedCode: '5.4.5', text: 'Daily user sending limit exceeded. For more information on Gmail sending limits go to https://support.google.com/a/answer/166852 - gsmtp' },
    ],
  },
  {
    id: 'server.temporary',
    category: 'SERVER_TEMPORARY_FAILURE',
    when: { replyClass: [4] },
    msg: 'server.temporary',
    source: RFC5321,
    examples: [
      { step: 'send', command: 'MAIL FROM', responseCode: 451, enhancedCode: '4.3.0', text: 'Temporary lookup failure' },
      { step: 'send', command: 'RCPT TO', responseCode: 421, enhancedCode: '4.4.2', text: 'mx.example.com Error: timeout exceeded' },
    ],
  },
  // ---- generic fallbacks
  {
    id: 'protocol.timeout',
    category: 'CONNECTION_TIMEOUT',
    when: { code: ['ETIMEDOUT'] },
    msg: 'protocol.timeout',
    source: RFC5321 + ' section 4.5.3.2 (timeouts)',
    fallback: true,
    examples: [{ step: 'send', code: 'ETIMEDOUT', command: 'DATA' }],
  },
  {
    id: 'protocol.closed',
    category: 'PROTOCOL_ERROR',
    when: { code: ['ECONNECTION', 'ECONNRESET', 'EPIPE'] },
    msg: 'protocol.closed',
    source: NODE_NET,
    fallback: true,
    examples: [{ step: 'send', code: 'ECONNECTION', text: 'Connection closed unexpectedly' }],
  },
  {
    id: 'protocol.generic',
    category: 'PROTOCOL_ERROR',
    when: {},
    msg: 'protocol.generic',
    source: RFC5321,
    fallback: true,
    examples: [{ step: 'ehlo', code: 'EPROTOCOL', text: 'Unexpected Response' }],
  },
];
