/** Catalog part: connection, greeting, TLS and certificate diagnoses. Korean twin in ../ko/core-connect.ts. */
export const enCoreConnect = {
  'tls.unverified-note': 'certificate NOT verified, accepted only because of --insecure',
  'tcp.partial': '{failed} (IPv{family}) {outcome}; {worked} worked.',

  // diagnoses: cause + fix per knowledge-base message id
  'dns.mail-domain.cause':
    '"{host}" has no address of its own, but it has MX records ({mx}): it is a mail domain, not the name of an SMTP ' +
    'server.',
  'dns.mail-domain.fix':
    'Set the host to your provider\'s submission server (for example smtp.{host}), not the mail domain. The MX ' +
    'hosts accept incoming mail on port 25 and usually do not take authenticated submission.',
  'dns.no-such-host.cause': 'The host name "{host}" does not exist in DNS.',
  'dns.no-such-host.fix':
    'Check the spelling of the host setting (--host; nodemailer host, Spring spring.mail.host, Rails address, ' +
    'Django EMAIL_HOST). Copy the exact server name from the provider\'s documentation.',
  'dns.resolver.cause': 'The DNS resolver did not answer for "{host}", so the name could not be resolved.',
  'dns.resolver.fix':
    'Check this machine\'s DNS settings (/etc/resolv.conf, VPN, container network), then retry. In a container, ' +
    'make sure it has a working resolver.',
  'dns.family.cause': '"{host}" has no address in the IP family you asked for.',
  'dns.family.fix': 'Drop --family, or use the other family (--family 4 or --family 6).',
  'tcp.refused.cause': 'Nothing accepts connections on {host} port {port}: the connection was refused.',
  'tcp.refused.fix':
    'Check the port. Submission uses 587 (STARTTLS) or 465 (implicit TLS); 25 is for server-to-server mail. Run ' +
    '`smtp-doctor probe {host}` to see which ports answer.',
  'tcp.timeout.cause':
    'No answer from {host} port {port} within {timeout} s: something drops the packets (a firewall, a security ' +
    'group, or the wrong host).',
  'tcp.timeout.fix':
    'Check firewalls and outbound rules between this machine and {host}:{port}, and that the host is right. Try ' +
    'port 587 or 465 if {port} is blocked.',
  'tcp.unreachable.cause': 'There is no network route to {host} ({code}).',
  'tcp.unreachable.fix':
    'Check this machine\'s network connection. When only IPv6 fails, force IPv4 with --family 4 (nodemailer: family ' +
    '4 via dns; Java: -Djava.net.preferIPv4Stack=true).',
  'tcp.reset.cause': 'The connection to {host}:{port} was reset as it opened: a firewall or the server actively refused it.',
  'tcp.reset.fix':
    'Check that this machine\'s IP address is allowed to connect (IP allow-lists, fail2ban, provider blocks) and ' +
    'that the port is right.',
  'mode.expects-tls.cause':
    'Port {port} speaks TLS from the first byte (implicit TLS), but the client waited for a plaintext greeting. A ' +
    'second connection with implicit TLS worked.',
  'mode.expects-tls.fix':
    'Use implicit TLS: --security tls. In nodemailer secure: true; Spring mail.smtp.ssl.enable=true (and no ' +
    'starttls); Python smtplib.SMTP_SSL; Rails tls: true (or ssl: true); Django EMAIL_USE_SSL=True and ' +
    'EMAIL_USE_TLS=False.',
  'mode.expects-plain.cause':
    'Port {port} speaks plain SMTP first, but the client started a TLS handshake (OpenSSL: "wrong version number"). ' +
    'A plain connection to the same port worked.',
  'mode.expects-plain.fix':
    'Connect in plain text and upgrade with STARTTLS: --security starttls. In nodemailer secure: false (requireTLS: ' +
    'true); Spring mail.smtp.starttls.enable=true and mail.smtp.starttls.required=true, no ssl.enable; Python ' +
    'smtplib.SMTP then starttls(); Rails enable_starttls_auto: true with no tls/ssl; Django EMAIL_USE_TLS=True, ' +
    'EMAIL_USE_SSL=False.',
  'greeting.timeout.cause':
    'The TCP connection opened, but the server sent no greeting within {timeout} s, and implicit TLS did not work ' +
    'on this port either.',
  'greeting.timeout.fix':
    'Make sure {host}:{port} is an SMTP service. Some servers delay the greeting on purpose; raise --timeout to see ' +
    'whether it comes later. Run `smtp-doctor probe {host}` to compare ports.',
  'greeting.too-large.cause':
    'The server sent a greeting far larger than SMTP allows (more than 256 KiB without an end); smtp-doctor stopped ' +
    'reading.',
  'greeting.too-large.fix':
    'This port is not answering like a mail server: check --host and --port (another service may listen here), or ' +
    'whether a proxy or load balancer in front of it misbehaves.',
  'greeting.closed.cause': 'The server closed the connection before sending a greeting.',
  'greeting.closed-after.cause':
    'The server closed the connection right after its greeting (220), before answering EHLO: ' +
    'nothing was refused in words.',
  'greeting.closed-after.fix':
    'Servers do this when a connection limit is reached, a pre-greeting filter (Postfix postscreen, a blocklist, ' +
    'fail2ban) drops this client address, or the service fails per session. Check the server log for this IP ' +
    'address at this time, and try again later or from another network.',
  'greeting.closed.fix':
    'The server may refuse this client address or limit connections. Check the server logs for this IP address, or ' +
    'try again later.',
  'greeting.blocked.cause':
    'The server refused service at the greeting: "{reply}". This usually means your IP address is blocked or not ' +
    'allowed to use this server.',
  'greeting.blocked.fix':
    'Connect from an allowed network, or ask the mail administrator to allow your IP address (or remove it from the ' +
    'blocklist named in the reply).',
  'greeting.busy.cause': 'The server is temporarily not accepting connections: "{reply}".',
  'greeting.busy.fix': 'Retry later. If it persists, ask the mail administrator; the server may be overloaded or in maintenance.',
  'starttls.not-offered.cause': 'STARTTLS is required by your settings, but the server on port {port} does not offer it.',
  'starttls.not-offered.fix':
    'Use the provider\'s submission port: 587 with STARTTLS or 465 with --security tls. Only if this is a trusted ' +
    'internal relay without TLS, use --security none (and no credentials).',
  'starttls.rejected.cause': 'The server offered STARTTLS but refused to start it: "{reply}".',
  'starttls.rejected.fix':
    'This is a server-side TLS problem (missing certificate or TLS disabled). Ask the mail administrator, or use ' +
    'port 465 with --security tls.',
  'starttls.required.cause': 'The server requires an encrypted connection first: "{reply}".',
  'starttls.required.fix':
    'Turn on STARTTLS: --security starttls (nodemailer requireTLS: true; Spring mail.smtp.starttls.enable=true; ' +
    'Python server.starttls() before login; Rails enable_starttls_auto: true; Django EMAIL_USE_TLS=True).',
  'cert.self-signed.cause': 'The server\'s certificate is self-signed ({code}), so its identity cannot be verified.',
  'cert.self-signed.fix':
    'Get the server a certificate from a trusted CA, or trust its CA explicitly: --ca ca.pem (Node ' +
    'NODE_EXTRA_CA_CERTS; Java keytool import; Python ssl context cafile). Use --insecure only to look further, ' +
    'never in production.',
  'cert.untrusted.cause':
    'The certificate is not signed by a CA this machine trusts ({code}); the chain may be incomplete or from a ' +
    'private CA.',
  'cert.untrusted.fix':
    'Install the full certificate chain on the server, or trust the issuing CA: --ca ca.pem (Node ' +
    'NODE_EXTRA_CA_CERTS; Java "PKIX path building failed" is fixed by importing the CA into the truststore).',
  'cert.expired.cause': 'The server\'s certificate is expired or not yet valid (valid until {validTo}).',
  'cert.expired.fix': 'Renew the certificate on the server, and check this machine\'s clock. Clients are right to refuse it.',
  'cert.hostname.cause': 'The certificate does not cover the name "{servername}" (it names: {names}).',
  'cert.hostname.fix':
    'Connect with a host name the certificate covers (one of: {names}), or set --tls-servername to it. If you ' +
    'connect by IP address or an alias, use the certificate\'s name instead.',
  'tls.version.cause': 'The TLS handshake failed because client and server share no protocol version or cipher ({code}).',
  'tls.version.fix':
    'The server probably only speaks obsolete TLS 1.0/1.1 or weak ciphers. Upgrade the server\'s TLS configuration; ' +
    'as a stopgap some stacks allow older versions (Java jdk.tls.disabledAlgorithms, Node --tls-min-v1.0).',
  'tls.failed.cause': 'The TLS handshake failed ({code}).',
  'tls.failed.fix':
    'Check the security setting: --security tls for port 465, --security starttls for 587. Run `smtp-doctor probe ' +
    '{host}` to see what each port speaks.',
  'protocol.bare-lf.cause': 'The server refused the message because its lines end with a bare LF or CR instead of CRLF: "{reply}".',
  'protocol.bare-lf.fix':
    'Make the mail library write CRLF line endings in the message (most do; check custom headers and bodies built ' +
    'by hand, and Windows/Unix conversions). Servers reject bare line endings since the SMTP smuggling fixes.',
  'protocol.sequence.cause':
    'The server received a command out of order: "{reply}". This is usually a consequence of an earlier error in ' +
    'the same session.',
  'protocol.sequence.fix':
    'Look for the first error before this one (an EHLO, AUTH or RCPT that failed) and fix that; then make sure the ' +
    'client sends EHLO once, then AUTH, then MAIL FROM.',
  'protocol.pipelining.cause':
    'The client sent commands before the server had answered the earlier ones (pipelining the server did not offer ' +
    'or allow), so the server stopped the session.',
  'protocol.pipelining.fix':
    'Turn off pipelining in the client, or make it wait for each reply; a proxy or security appliance that batches ' +
    'commands can cause this too.',
  'protocol.timeout.cause': 'The server stopped answering in the middle of the dialogue ({code}).',
  'protocol.timeout.fix':
    'Retry; if it repeats, a firewall or proxy may be interfering with the SMTP session, or the server is ' +
    'overloaded. Raise --timeout to wait longer.',
  'protocol.closed.cause': 'The server closed the connection unexpectedly ({code}).',
  'protocol.closed.fix':
    'Check the transcript for the last reply before the close. The server may drop clients it does not trust; check ' +
    'its logs.',
  'protocol.closed.cause.explain': 'The server closed the connection unexpectedly, without a reply that says why.',
  'protocol.closed.fix.explain':
    'Look at the last command the client sent before the close (a log with the SMTP dialogue shows it; `smtp-doctor ' +
    'check` walks it). The server may drop clients it does not trust; check its logs.',
  'protocol.generic.cause': 'The server answered something smtp-doctor did not expect: "{reply}" ({code}).',
  'protocol.generic.fix': 'Read the transcript (--transcript) for the exact dialogue; the reply text usually says what the server wants.',
  'protocol.generic.fix.explain':
    'Go by the server\'s own words in the error; to see the whole dialogue with this server, run `smtp-doctor check ' +
    '--transcript`.',
} as const;
