/** Live AUTH findings (no logins, AUTH before TLS, a delayed AUTH reply), Rails TLS and mx lookup failures. */
export const enAuthLive = {
  'warn.auth-before-tls':
    'The server offers AUTH before STARTTLS ({offered}): this run upgraded to TLS first, but other clients could send the password in clear. Offer AUTH only after TLS (Postfix smtpd_tls_auth_only = yes).',
  'auth.reply-timeout.cause':
    'The server did not answer the AUTH command within {timeout} seconds. After failed logins many servers delay the next AUTH reply on purpose (Dovecot\'s auth penalty waits up to 15 seconds), so earlier wrong passwords from this address can cause this.',
  'auth.reply-timeout.fix':
    'Wait a minute and try again with the right password, or raise --timeout (for example --timeout 30) to see the server\'s answer. If the reply stays slow, check the server\'s authentication backend.',
  'auth.reply-timeout.cause.explain':
    'The server did not answer the AUTH command in time. After failed logins many servers delay the next AUTH reply on purpose (Dovecot\'s auth penalty waits up to 15 seconds), so earlier wrong passwords from this address can cause this.',
  'lint.rails-tls-wins':
    'Rails (the mail gem) uses implicit TLS when {implicit} is true and then ignores {starttls}; smtp-doctor checks it the same way.',
  'mx.address-lookup-failed':
    '{domain} has no MX records, and the lookup of its address failed ({code}): the resolver gave no answer, so this says nothing about whether mail can be delivered. Try again, or ask another resolver with --dns-server.',
  'mx.verdict.lookup-failed':
    'Verdict: the address lookup of every MX host failed ({codes}); this says nothing about the hosts themselves. Try again, or ask another resolver with --dns-server.',
  'param.address': 'name@example.com',
} as const;
