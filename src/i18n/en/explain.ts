/** Messages of `explain` and the neutral words used when a pasted error does not say a value. */
export const enExplain = {
  'explain.none.cause':
    'smtp-doctor does not recognise this error: no SMTP reply code, enhanced status code or known error wording was ' +
    'found in it.',
  'explain.none.fix':
    'Paste the whole error, including the server\'s reply line (a three-digit code such as 535 or 550). Or run ' +
    '`smtp-doctor check` against the server to see the whole dialogue.',
  'explain.title': 'Explanation',
  'explain.stack': 'Stack',
  'explain.provider': 'Provider',
  'explain.reply': 'Server reply',
  'explain.generic-note': 'Only the reply code class is known here; the server\'s own words above are the best guide.',
  'mode.suspected-tls.cause':
    'The client connected in plain text and waited for a greeting that never came. The server most likely expects ' +
    'TLS from the first byte (implicit TLS, usually port 465).',
  'mode.suspected-tls.fix':
    'Use implicit TLS on port 465: nodemailer secure: true; Spring mail.smtp.ssl.enable=true; Python ' +
    'smtplib.SMTP_SSL; Rails tls: true; Django EMAIL_USE_SSL=True. Or keep plain + STARTTLS and use port 587. ' +
    '`smtp-doctor check` confirms it.',
  'mode.suspected-plain.cause':
    'The client started a TLS handshake, but the server answered in plain text (its SMTP greeting): the port ' +
    'expects plain SMTP with STARTTLS, not TLS from the first byte.',
  'mode.suspected-plain.fix':
    'On port 587 (or 25) use STARTTLS, not implicit TLS: nodemailer secure: false (requireTLS: true); Spring ' +
    'mail.smtp.starttls.enable=true without ssl.enable; Python smtplib.SMTP + starttls(); Rails ' +
    'enable_starttls_auto: true without tls/ssl; Django EMAIL_USE_TLS=True, EMAIL_USE_SSL=False; .NET EnableSsl ' +
    'with port 587. Implicit TLS belongs on 465.',
  'hint.alt.no-greeting':
    'The same words also come from a server that accepts the connection and never answers: a firewall or tarpit, an ' +
    'overloaded server, or a STARTTLS that was accepted and then never started TLS. If the TLS mode is right for ' +
    'this port, look at the network path and the server.',
  'hint.alt.not-tls':
    'The same error also comes from a server that answers STARTTLS with 220 and then sends no TLS (a broken proxy ' +
    'or antivirus scanner in between), or from a service other than SMTP on this port.',
  'hint.alt.no-auth':
    'The same words also come from a server that offers no AUTH at all, even after STARTTLS (a relay-only port such ' +
    'as 25): then log in on the submission port (587 or 465) instead, or send without a login if the server relays ' +
    'for you.',
  'hint.alt.cert-verify-failed':
    'OpenSSL prints this same "certificate verify failed", without a reason, for a certificate that has expired (or ' +
    'is not valid yet), a self-signed one, and a chain that lacks its intermediate certificate. `smtp-doctor check` ' +
    'with the same host and port shows the certificate\'s dates and issuer.',
  'hint.alt.connect-failed':
    'PHPMailer prints these same words for every failure before the session opens: a host name that does not ' +
    'resolve, a port that refuses or drops the connection (a firewall, or a hosting provider that blocks SMTP), a ' +
    'certificate that is untrusted, expired or issued for another name, a TLS version the two sides do not share, a ' +
    'server that turns the client away in its greeting (421, or 554 for a blocked IP), or a service other than SMTP ' +
    'on the port. Run `smtp-doctor check` with the same host, port and encryption to see which step fails.',
  'hint.alt.auth-rejected':
    'The same words also come from a login that never got as far as the password: the server offers no AUTH on this ' +
    'connection (STARTTLS not done yet, or a relay-only port), no AUTH mechanism both sides support, Gmail asking ' +
    'for an app password, or Microsoft 365 with SMTP AUTH turned off for the mailbox. Run `smtp-doctor check --user ' +
    '...` with the same settings to see the server\'s own reply.',
  'param.host': 'the server',
  'param.port': 'the port',
  'param.user': 'the user name',
  'param.from': 'the sender address',
  'param.to': 'the recipient',
  'param.helo': 'the EHLO name',
  'param.servername': 'the server name',
  'param.names': 'the names it lists',
  'param.validTo': 'its end date',
  'param.mx': 'see `dig MX`',
  'param.offered': 'those the server lists in its EHLO reply',
  'param.mechanism': 'this mechanism',
  'param.code': 'an error',
  'param.reply': '(no reply text)',
  'param.provider': 'the provider',
  'param.timeout': 'the timeout',
  'param.issuer': 'an unknown issuer',
  'param.daysLeft': '?',
  'param.otherMode': 'the other mode',
} as const;
