/** Catalog part: `smtp-doctor serve`, the local SMTP sandbox. Korean twin in ../ko/serve.ts. */
export const enServe = {
  // ---- help texts (for the command's registration in src/cli/program.ts)
  'help.serve': 'run a local SMTP sandbox for development: accepts and shows mail, or fails like a real provider (--persona)',
  'help.serve-listen': 'address to listen on (default 127.0.0.1; anything else is reachable from other machines)',
  'help.serve-port': 'port for SMTP with STARTTLS (default 2525; 0 picks a free port)',
  'help.serve-tls-port': 'port for implicit TLS (default 2465; 0 picks a free port)',
  'help.serve-auth': 'require AUTH as this user (password from --auth-password-env)',
  'help.serve-auth-password-env': 'environment variable holding the --auth password (default SMTP_PASSWORD)',
  'help.serve-require-starttls': 'refuse MAIL FROM before STARTTLS on the plain port (530 5.7.0)',
  'help.serve-maildir': 'save every received message as an .eml file in this directory (created if needed)',
  'help.serve-persona': 'answer like a failing provider (see --list-personas)',
  'help.serve-oauth2':
    'offer only OAuth 2.0 logins (XOAUTH2, OAUTHBEARER) with tokens from a local token endpoint it also serves ' +
    '(--auth names the mailbox)',
  'help.serve-oauth2-port': 'port of that token endpoint on 127.0.0.1 (default 0: a free port, printed at start)',
  'help.serve-list-personas': 'list the fault personas and exit',

  // ---- start-up
  'serve.title': 'smtp-doctor serve: local SMTP sandbox',
  'serve.listen-smtp': 'SMTP + STARTTLS      {address}',
  'serve.listen-smtps': 'SMTPS (implicit TLS) {address}',
  'serve.ca': 'certificate for localhost, 127.0.0.1 and ::1 from the local CA {caFile}',
  'serve.ca-created': 'local CA created: {caFile} (its key stays in the same directory, readable only by you)',
  'serve.trust':
    'trust it with NODE_EXTRA_CA_CERTS={caFile} (smtp-doctor: --ca {caFile}; swaks: --tls-verify --tls-ca-path ' +
    '{caFile})',
  'serve.auth-open': 'AUTH: not required; after TLS any user and password are accepted',
  'serve.auth-user': 'AUTH: required as {user} (password from ${var}); PLAIN LOGIN CRAM-MD5, offered only after TLS',
  'serve.oauth2-auth': 'AUTH: OAuth 2.0 only (XOAUTH2, OAUTHBEARER), after TLS, as {user}, with tokens from the token endpoint below',
  'serve.oauth2-token-url': 'OAuth 2.0 token endpoint {url} (refresh grant; client id {clientId})',
  'serve.oauth2-introspect': 'token introspection (RFC 7662) {url}',
  'serve.oauth2-values': 'sandbox values, valid until this sandbox stops (a refused token gets 334 + a JSON challenge, then 535):',
  'serve.starttls-required': 'STARTTLS: required before MAIL FROM on the plain port',
  'serve.maildir': 'messages are saved to {dir}',
  'serve.no-maildir': 'messages are shown, not saved (--maildir DIR keeps them)',
  'serve.persona': 'persona {name}: {description}',
  'serve.exposed': 'warning: listening on {address}, not only loopback: anyone who can reach it can send mail to this sandbox',
  'serve.ready': 'ready; Ctrl-C stops it',

  // ---- events
  'serve.message': 'message from {from} to {to}, subject "{subject}", {size} bytes',
  'serve.message-saved': 'saved {file}',
  'serve.refused': 'answered {stage} from {ip}: {reply}',
  'serve.refused-persona': 'persona {persona} answered {stage} from {ip}: {reply}',
  'serve.problem': 'connection from {ip}: {message}',
  'serve.stopping': 'stopping',
  'serve.stopped': 'stopped',

  // ---- errors
  'serve.err.listen': 'cannot listen on {address}: {reason}',
  'serve.err.EADDRINUSE': 'the port is already in use (pick another with --port / --tls-port, or 0 for a free one)',
  'serve.err.EACCES': 'permission denied (ports below 1024 need privileges)',
  'serve.err.EADDRNOTAVAIL': 'this machine has no such address',
  'serve.err.ENOTFOUND': 'the address does not resolve',
  'serve.err.bad-port': 'invalid {flag} "{value}": expected a port number from 0 to 65535',
  'serve.err.same-port': '--port and --tls-port must be different ports (both are {port})',
  'serve.err.bad-listen': 'invalid --listen "{value}": expected an IP address or host name (the port goes in --port)',
  'serve.err.bad-auth-user': 'invalid --auth "{value}": the user name must not be empty or contain spaces',
  'serve.err.password-env-unset': '--auth {user} reads the password from the environment variable {var}, which is not set',
  'serve.err.bad-env-name': 'invalid --auth-password-env "{value}": expected an environment variable name',
  'serve.err.unknown-persona': 'unknown persona "{name}"; known personas: {names}',
  'serve.err.maildir': 'cannot use --maildir {dir}: {reason}',
  'serve.err.ca': 'cannot use the local CA directory {dir}: {reason}',
  'serve.err.ca-incomplete':
    '{caFile} exists but its key {keyFile} is missing; remove {caFile} to create a new local CA (and trust the new ' +
    'one)',
  'serve.err.ca-unreadable':
    'the local CA files {caFile} / {keyFile} are damaged; remove both to create a new local CA (and trust the new ' +
    'one)',

  // ---- personas (serve --list-personas)
  'serve.personas-header': 'Fault personas (smtp-doctor serve --persona NAME):',
  'serve.persona.gmail-bad-credentials': 'Gmail refuses the login: 535 5.7.8 Username and Password not accepted',
  'serve.persona.gmail-app-password': 'Gmail wants an app password: 534 5.7.9 Application-specific password required',
  'serve.persona.m365-smtp-auth-disabled': 'Microsoft 365 with SMTP AUTH off: 535 5.7.139 SmtpClientAuthentication is disabled for the Tenant',
  'serve.persona.ses-unverified-sender': 'Amazon SES refuses the message at the end of DATA: 554 Message rejected: Email address is not verified',
  'serve.persona.greeting-554': 'refuses the connection instead of greeting: 554 5.7.1 Client host blocked using zen.spamhaus.org',
  'serve.persona.starttls-required': 'Gmail on 587 without STARTTLS: 530 5.7.0 Must issue a STARTTLS command first',
  'serve.persona.tarpit': 'accepts the connection and never greets (the client times out; the server closes it later)',
  'serve.persona.rate-limit': 'Gmail rate-limits at the end of DATA: 421 4.7.28 unusual rate of unsolicited mail',
} as const;
