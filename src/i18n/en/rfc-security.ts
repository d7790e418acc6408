/** Catalog part: what RFC 3463 and the IANA registry say an X.7.x (security or policy) code means. Korean twin in ../ko/rfc-security.ts. */
export const enRfcSecurity = {
  'rfc.x.7.0.cause': 'The server refused for a security or policy reason (X.7.x). The code says no more than that: "{reply}".',
  'rfc.x.7.0.fix':
    'The reply text names the policy (login required, spam filter, SPF/DKIM/DMARC, blocklist): fix what it names, ' +
    'or ask the administrator which rule matched.',

  // ---- X.7 security and policy
  'rfc.x.7.1.cause':
    'The server refused delivery as not authorised (X.7.1). The code only says "not allowed"; the text says why: ' +
    '"{reply}".',
  'rfc.x.7.1.fix':
    'Usual reasons: sending without logging in (--user), a sender the account may not use (--from), or a spam or ' +
    'blocklist rule. Fix what the text names.',
  'rfc.x.7.2.cause': 'You may not send to this mailing list (X.7.2, mailing list expansion prohibited): "{reply}".',
  'rfc.x.7.2.fix': 'Send from an address that is a member of the list (--from), or ask the list owner to allow it.',
  'rfc.x.7.3.cause': 'The message needs a security conversion the server cannot make (X.7.3): "{reply}".',
  'rfc.x.7.3.fix':
    'Send without the signature or encryption format the server cannot handle, or ask the recipient which format ' +
    'works.',
  'rfc.x.7.4.cause': 'The message asks for security features the server does not support (X.7.4): "{reply}".',
  'rfc.x.7.4.fix': 'Drop the security option your client adds (for example REQUIRETLS), or use a server that supports it.',
  'rfc.x.7.5.cause': 'A cryptographic check failed, for example a missing or invalid key (X.7.5, cryptographic failure): "{reply}".',
  'rfc.x.7.5.fix': 'Check the message\'s signing or encryption keys (S/MIME, PGP); an unsigned test message confirms it.',
  'rfc.x.7.6.cause': 'The message uses a cryptographic algorithm the server does not support (X.7.6): "{reply}".',
  'rfc.x.7.6.fix': 'Sign or encrypt with a common algorithm (RSA with SHA-256), or send without it.',
  'rfc.x.7.7.cause': 'The message failed an integrity check: it was damaged or changed on the way (X.7.7): "{reply}".',
  'rfc.x.7.7.fix': 'Look for something that rewrites the message after signing (footers, a proxy, antivirus) and sign last.',
  'rfc.x.7.8.cause': 'The server rejected the credentials (X.7.8, authentication credentials invalid): "{reply}".',
  'rfc.x.7.8.fix':
    'Check --user (often the full address) and the password; many providers need an app password or API key ' +
    '(nodemailer auth.user/auth.pass; Spring spring.mail.username/password).',
  'rfc.x.7.9.cause': 'The server finds this authentication mechanism too weak (X.7.9): "{reply}".',
  'rfc.x.7.9.fix':
    'Use a stronger mechanism the server lists, over TLS: --auth-method with --security starttls or tls (nodemailer ' +
    'authMethod; Spring mail.smtp.auth.mechanisms).',
  'rfc.x.7.10.cause': 'The server needs an encrypted connection before this authentication (X.7.10, encryption needed): "{reply}".',
  'rfc.x.7.10.fix':
    'Turn on TLS: --security starttls on 587 or --security tls on 465 (nodemailer requireTLS or secure; Spring ' +
    'mail.smtp.starttls.enable=true; Python starttls() before login()).',
  'rfc.x.7.11.cause': 'This authentication mechanism is allowed only over an encrypted connection (X.7.11): "{reply}".',
  'rfc.x.7.11.fix':
    'Connect with TLS first: --security starttls (587) or --security tls (465); nodemailer requireTLS: true; Spring ' +
    'mail.smtp.starttls.enable=true; Django EMAIL_USE_TLS=True.',
  'rfc.x.7.12.cause': 'The server needs a one-time password transition before this mechanism works (X.7.12, RFC 4954): "{reply}".',
  'rfc.x.7.12.fix':
    'Log in once with PLAIN over TLS (--auth-method PLAIN --security starttls; nodemailer authMethod: "PLAIN"); the ' +
    'other mechanism should work afterwards.',
  'rfc.x.7.13.cause': 'The account is disabled (X.7.13, user account disabled): "{reply}".',
  'rfc.x.7.13.fix': 'Re-enable the account or its SMTP access in the provider\'s admin console, or use another account (--user).',
  'rfc.x.7.14.cause':
    'The server wants a trust relationship or an extra sign-in step before it accepts this login (X.7.14); Gmail ' +
    'uses it for "log in via your web browser": "{reply}".',
  'rfc.x.7.14.fix':
    'Sign in to the account in a browser and clear the security prompt, then use an app password (--password-env ' +
    '...) or OAuth2; an administrator may have to allow SMTP access.',
  'rfc.x.7.15.cause': 'The message priority is too low for the server to accept it now (X.7.15, RFC 6710): "{reply}".',
  'rfc.x.7.15.fix': 'Raise or drop the MT-PRIORITY value your client sends, or retry later.',
  'rfc.x.7.16.cause': 'The message is too big for the priority it asked for (X.7.16, RFC 6710): "{reply}".',
  'rfc.x.7.16.fix': 'Send it smaller, or with a lower priority (drop MT-PRIORITY).',
  'rfc.x.7.17.cause': 'The recipient mailbox changed owner since the date the sender gave (X.7.17, RFC 7293): "{reply}".',
  'rfc.x.7.17.fix': 'Confirm that the recipient address (--to: {to}) still belongs to the intended person before sending again.',
  'rfc.x.7.18.cause': 'The recipient\'s domain changed owner since the date the sender gave (X.7.18, RFC 7293): "{reply}".',
  'rfc.x.7.18.fix': 'Confirm that the recipient\'s domain (--to: {to}) still belongs to the intended organisation.',
  'rfc.x.7.19.cause': 'The server cannot complete the recipient check (RRVS) the sender asked for (X.7.19, RFC 7293): "{reply}".',
  'rfc.x.7.19.fix': 'Send without the RRVS parameter, or confirm the recipient address another way.',
  'rfc.x.7.20.cause': 'The message has no DKIM signature that passed (X.7.20, RFC 7372): "{reply}".',
  'rfc.x.7.20.fix':
    'Sign outgoing mail with DKIM for your From domain (at your provider or in your MTA) and publish the ' +
    'selector\'s key in DNS.',
  'rfc.x.7.21.cause': 'The message has DKIM signatures, but none the receiver accepts (X.7.21): "{reply}".',
  'rfc.x.7.21.fix': 'Sign with a key of at least 1024 bits (2048 is better) for the From domain itself, covering the From header.',
  'rfc.x.7.22.cause': 'No valid DKIM signature matches the author\'s (From) domain (X.7.22): "{reply}".',
  'rfc.x.7.22.fix':
    'Make the DKIM d= domain match the From domain (--from: {from}): set up DKIM for that domain at your sending ' +
    'service.',
  'rfc.x.7.23.cause': 'The message failed SPF: the sender domain\'s SPF record does not allow the sending IP (X.7.23): "{reply}".',
  'rfc.x.7.23.fix':
    'Add your sending service to the SPF record of the envelope sender\'s domain (include:...), or send through a ' +
    'server the record already lists.',
  'rfc.x.7.24.cause': 'SPF could not be evaluated: the lookup of the sender domain\'s SPF record failed (X.7.24): "{reply}".',
  'rfc.x.7.24.fix':
    'Fix the sender domain\'s SPF record (syntax, more than 10 DNS lookups, two SPF records) and its DNS; check it ' +
    'with an SPF validator.',
  'rfc.x.7.25.cause':
    'The sending IP address failed the reverse DNS check: no PTR record, or one that does not point back (X.7.25): ' +
    '"{reply}".',
  'rfc.x.7.25.fix':
    'Give the sending IP a PTR record whose name resolves back to it (set at your hosting provider or ISP), or send ' +
    'through your provider\'s submission server (587).',
  'rfc.x.7.26.cause': 'The message failed several authentication checks, typically SPF, DKIM and so DMARC (X.7.26): "{reply}".',
  'rfc.x.7.26.fix':
    'Set up SPF and DKIM for the From domain (--from: {from}) so that DMARC passes, or send through a provider that ' +
    'signs for that domain.',
  'rfc.x.7.27.cause':
    'The sender\'s domain publishes a "null MX": it says it never receives mail, so bounces could not reach it ' +
    '(X.7.27, RFC 7505): "{reply}".',
  'rfc.x.7.27.fix': 'Send from a domain that receives mail (--from), or replace the null MX with real MX records.',
  'rfc.x.7.28.cause': 'The receiver saw a flood of similar messages and is limiting you (X.7.28, mail flood detected): "{reply}".',
  'rfc.x.7.28.fix':
    'Slow down and retry later; send fewer similar messages at once, and follow the receiver\'s bulk-sender ' +
    'guidelines.',
  'rfc.x.7.29.cause': 'The message failed ARC validation (X.7.29, RFC 8617): "{reply}".',
  'rfc.x.7.29.fix': 'Usually a forwarder or mailing list broke the ARC chain; tell the administrator of the forwarding system.',
  'rfc.x.7.30.cause':
    'The message demands TLS all the way (REQUIRETLS), and a server on the path cannot promise it (X.7.30, RFC ' +
    '8689): "{reply}".',
  'rfc.x.7.30.fix': 'Send without REQUIRETLS, or ask the recipient\'s side to support it.',
} as const;
