/** Live AUTH findings (no logins, AUTH before TLS, a delayed AUTH reply), Rails TLS and mx lookup failures. */
export const enAuthLive = {
  'warn.auth-before-tls':
    'The server offers AUTH before STARTTLS ({offered}): this run upgraded to TLS first, but other ' +
    'clients could send the password in clear. Offer AUTH only after TLS (Postfix smtpd_tls_auth_only = ' +
    'yes).',
  'auth.reply-timeout.cause':
    'The server did not answer the AUTH command within {timeout} seconds. After failed logins many ' +
    'servers delay the next AUTH reply on purpose (Dovecot\'s auth penalty waits up to 15 seconds), so ' +
    'earlier wrong passwords from this address can cause this.',
  'auth.reply-timeout.fix':
    'Wait a minute and try again with the right password, or raise --timeout (for example --timeout 30) ' +
    'to see the server\'s answer. If the reply stays slow, check the server\'s authentication backend.',
  'auth.reply-timeout.cause.explain':
    'The server did not answer the AUTH command in time. After failed logins many servers delay the next ' +
    'AUTH reply on purpose (Dovecot\'s auth penalty waits up to 15 seconds), so earlier wrong passwords ' +
    'from this address can cause this.',
  'lint.rails-tls-wins':
    'Rails (the mail gem) uses implicit TLS when {implicit} is true and then ignores {starttls}; ' +
    'smtp-doctor checks it the same way.',
  'mx.address-lookup-failed':
    '{domain} has no MX records, and the lookup of its address failed ({code}): the resolver gave no ' +
    'answer, so this says nothing about whether mail can be delivered. Try again, or ask another ' +
    'resolver with --dns-server.',
  'mx.verdict.lookup-failed':
    'Verdict: the address lookup of every MX host failed ({codes}); this says nothing about the hosts ' +
    'themselves. Try again, or ask another resolver with --dns-server.',
  'param.address': 'name@example.com',
  // explain: the same messages for a pasted error, where host, port, addresses and limits are unknown
  'dns.mail-domain.cause.explain':
    'The host name has no address of its own, but it has MX records ({mx}): it is a mail domain, not the ' +
    'name of an SMTP server.',
  'dns.mail-domain.fix.explain':
    'Set the host to your provider\'s submission server (often smtp. followed by the mail domain), not ' +
    'the mail domain. The MX hosts accept incoming mail on port 25 and usually do not take authenticated ' +
    'submission.',
  'dns.no-such-host.cause.explain': 'The host name does not exist in DNS.',
  'dns.resolver.cause.explain': 'The DNS resolver did not answer, so the host name could not be resolved.',
  'dns.family.cause.explain': 'The host name has no address in the IP family that was asked for.',
  'tcp.refused.cause.explain': 'Nothing accepts connections on that host and port: the connection was refused.',
  'tcp.timeout.cause.explain':
    'No answer from the host and port in time: something drops the packets (a firewall, a security ' +
    'group, or the wrong host).',
  'tcp.timeout.fix.explain':
    'Check firewalls and outbound rules between this machine and the server, and that the host is right. ' +
    'Try port 587 or 465 if this one is blocked.',
  'tcp.reset.cause.explain': 'The connection was reset as it opened: a firewall or the server actively refused it.',
  'mode.expects-tls.cause.explain':
    'The port speaks TLS from the first byte (implicit TLS), but the client waited for a plaintext ' +
    'greeting.',
  'mode.expects-plain.cause.explain':
    'The port speaks plain SMTP first, but the client started a TLS handshake (OpenSSL: "wrong version ' +
    'number").',
  'greeting.timeout.cause.explain': 'The TCP connection opened, but the server sent no greeting in time.',
  'greeting.timeout.fix.explain':
    'Make sure the host and port are an SMTP service. Some servers delay the greeting on purpose; a ' +
    'longer timeout shows whether it comes later. Run `smtp-doctor probe {host}` to compare ports.',
  'ehlo.rejected.cause.explain': 'The server rejected the name the client gave in EHLO/HELO: "{reply}".',
  'starttls.not-offered.cause.explain':
    'STARTTLS is required by the client\'s settings, but the server does not offer it on this port.',
  'auth.plaintext-refused.cause.explain':
    'The connection to the server is not encrypted, so the client did not send the credentials.',
  'cert.expired.cause.explain': 'The server\'s certificate is expired or not yet valid.',
  'cert.hostname.cause.explain': 'The certificate does not cover the host name the client connected to.',
  'cert.hostname.fix.explain':
    'Connect with a host name the certificate covers, or set the TLS server name (SNI) to it. If you ' +
    'connect by IP address or an alias, use the certificate\'s name instead.',
  'auth.mechanism.cause.explain':
    'The server does not offer the authentication mechanism the client used ({mechanism}).',
  'auth.not-offered.fix.explain':
    'The port may be for server-to-server mail. Use the submission port (587 with STARTTLS, or 465 with ' +
    'implicit TLS), or log in not at all if this relay authorises by IP address.',
  'send.sender.cause.explain': 'The server refused the sender address: "{reply}".',
  'send.sender.fix.explain':
    'Send from an address the account may use (usually the login address, or a verified sender identity ' +
    'or alias). Set the From address (nodemailer from; Spring the From of the message; Rails default ' +
    'from).',
  'send.recipient.cause.explain': 'The server refused the recipient: "{reply}".',
  'prov.microsoft.recipient-dbeb.fix.explain':
    'Check the recipient address. If it should exist, the receiving admin must create the mailbox or ' +
    'contact, or sync it to Entra ID; the block happens before any spam check, so your settings cannot ' +
    'change it.',
} as const;
