/** OAuth 2.0 logins (XOAUTH2 / OAUTHBEARER), the `oauth` token step and their diagnoses. Twin: ../ko/oauth.ts. */
export const enOAuth = {
  'step.oauth': 'OAuth token',
  'fact.oauth-token': 'access token from {endpoint}, scope {scope}, expires in {expiresIn} s',
  'fact.oauth-challenge': 'server challenge: status {status}, scope {scope}',
  'help.oauth2-token-env': 'read the OAuth 2.0 access token from this environment variable (XOAUTH2/OAUTHBEARER)',
  'help.oauth2-token-file': 'read the OAuth 2.0 access token from this file',
  'help.oauth2-token-stdin': 'read the OAuth 2.0 access token from standard input',
  'help.oauth2-token-url': "token endpoint for the refresh grant (default: the provider's)",
  'help.oauth2-tenant': 'Microsoft tenant (id, domain, organizations or common) for the default token endpoint',
  'help.oauth2-client-id': 'OAuth 2.0 client (application) id: smtp-doctor gets the access token with the refresh token',
  'help.oauth2-client-secret-env': 'read the client secret from this environment variable',
  'help.oauth2-client-secret-file': 'read the client secret from this file',
  'help.oauth2-refresh-token-env': 'read the refresh token from this environment variable',
  'help.oauth2-refresh-token-file': 'read the refresh token from this file',
  'help.oauth2-scope': "scopes to ask for (default: the provider's, e.g. https://mail.google.com/)",
  'err.oauth2-one-source': 'give the {flag} one way only (an environment variable or a file)',
  'err.oauth2-file': 'cannot read {path}: {reason}',
  'err.oauth2-needs-client-id': 'the refresh flow needs --oauth2-client-id',
  'err.oauth2-needs-refresh-token': 'the refresh flow needs --oauth2-refresh-token-env VAR or --oauth2-refresh-token-file PATH',
  'err.oauth2-bad-tenant': 'invalid --oauth2-tenant "{value}": use a tenant id, a domain, organizations or common',
  'err.oauth2-needs-token-url': 'no token endpoint known for this server: give --oauth2-token-url (or --provider gmail / outlook365)',
  'err.oauth2-bad-token-url': 'invalid token endpoint "{value}": use an http(s) URL',
  'err.oauth2-and-password': 'give either a password or an OAuth 2.0 token, not both',
  'err.oauth2-method': '--auth-method {value} takes a password: OAuth 2.0 tokens use XOAUTH2 or OAUTHBEARER',
  'err.oauth2-needs-user': 'an OAuth 2.0 login needs --user (the mailbox the token is for)',
  'err.oauth2-token-and-refresh': 'give either an access token (--oauth2-token-*) or the refresh flow (--oauth2-client-id ...), not both',
  'err.oauth2-several-token-sources': 'give the access token one way only (--oauth2-token-env, --oauth2-token-file or --oauth2-token-stdin)',
  'err.oauth2-no-token-source':
    'no access token source: use --oauth2-token-env VAR, --oauth2-token-file PATH or --oauth2-token-stdin (a prompt ' +
    'needs a terminal), or the refresh flow',

  'oauth.missing-token.cause': 'No OAuth 2.0 token was available: the variable or file named for it was empty or unset.',
  'oauth.missing-token.fix':
    'Set the variable (or fill the file) with the access token, or the refresh token for the refresh flow, and run ' +
    'again.',
  'oauth.invalid-grant.cause':
    'The token endpoint ({endpoint}) refused the refresh token (invalid_grant): it expired, was revoked, or consent ' +
    'was withdrawn.',
  'oauth.invalid-grant.fix':
    'Sign in again through your application\'s consent flow to get a new refresh token, then update the variable or ' +
    'file.',
  'oauth.invalid-grant.gmail.cause':
    'Google refused the refresh token (invalid_grant: "{oauthDescription}"): it was revoked, the user changed the ' +
    'password, or the consent screen is in Testing mode (refresh tokens then last 7 days).',
  'oauth.invalid-grant.gmail.fix':
    'Authorize again with scope https://mail.google.com/ to get a new refresh token; for a lasting token publish ' +
    'the OAuth consent screen (Google Cloud console > APIs & Services > OAuth consent screen).',
  'oauth.invalid-grant.microsoft.cause':
    'Microsoft Entra ID refused the refresh token (invalid_grant: "{oauthDescription}"): it expired (90 days ' +
    'unused), was revoked, or the user must consent again.',
  'oauth.invalid-grant.microsoft.fix':
    'Sign in again (authorization code or device code flow) with scope https://outlook.office.com/SMTP.Send ' +
    'offline_access and store the new refresh token.',
  'oauth.invalid-client.cause':
    'The token endpoint ({endpoint}) refused the client (invalid_client): the client id or the client secret is ' +
    'wrong.',
  'oauth.invalid-client.fix':
    'Copy the client id and a current client secret from where the application is registered, and check that the ' +
    'secret has not expired.',
  'oauth.invalid-client.microsoft.cause':
    'Microsoft Entra ID refused the application (invalid_client: "{oauthDescription}"): a wrong client id, or a ' +
    'client secret that is wrong or expired.',
  'oauth.invalid-client.microsoft.fix':
    'In the Entra admin center > App registrations > your app, check the Application (client) ID and create a new ' +
    'secret under Certificates & secrets (use its Value, not its ID).',
  'oauth.unauthorized-client.cause': 'The token endpoint ({endpoint}) says this client may not use the refresh grant (unauthorized_client).',
  'oauth.unauthorized-client.fix':
    'Allow the refresh-token grant for the application (a public-client or web-client setting at the provider), or ' +
    'use the client the refresh token was issued to.',
  'oauth.invalid-scope.cause': 'The token endpoint ({endpoint}) refused the scopes asked for ({scope}): invalid_scope.',
  'oauth.invalid-scope.fix': 'Ask only for scopes the application was granted; for SMTP that is the provider\'s mail scope.',
  'oauth.invalid-scope.microsoft.cause':
    'Microsoft Entra ID refused the scopes asked for ({scope}; invalid_scope): the application lacks the SMTP.Send ' +
    'permission, or the scope is misspelled.',
  'oauth.invalid-scope.microsoft.fix':
    'In App registrations > API permissions add Office 365 Exchange Online (or Microsoft Graph) > SMTP.Send, grant ' +
    'admin consent, and ask for https://outlook.office.com/SMTP.Send offline_access.',
  'oauth.invalid-scope.gmail.cause': 'Google refused the scopes asked for ({scope}; invalid_scope).',
  'oauth.invalid-scope.gmail.fix': 'Add the scope https://mail.google.com/ to the OAuth consent screen and authorize again with it.',
  'oauth.wrong-tenant.cause':
    'Microsoft Entra ID does not know the tenant of the token endpoint ({endpoint}), or the application is not ' +
    'registered there ("{oauthDescription}").',
  'oauth.wrong-tenant.fix':
    'Give the tenant the application is registered in: --oauth2-tenant <tenant id or domain> (or organizations for ' +
    'a multi-tenant app).',
  'oauth.endpoint-unreachable.cause': 'The token endpoint ({endpoint}) could not be reached ({oauthError}).',
  'oauth.endpoint-unreachable.fix': 'Check the URL (--oauth2-token-url), DNS, and any proxy or firewall between this machine and the endpoint.',
  'oauth.endpoint-failed.cause': 'The token endpoint ({endpoint}) did not issue a token ({oauthError} {oauthDescription}).',
  'oauth.endpoint-failed.fix':
    'Check the token URL and the request parameters (client id, scope); the endpoint\'s own message above says what ' +
    'it disliked.',
  'oauth.not-offered.cause': 'The server does not offer XOAUTH2 or OAUTHBEARER on this connection (it offers: {offered}).',
  'oauth.not-offered.fix':
    'Use a server and port that accept OAuth 2.0 (Microsoft 365: smtp.office365.com:587; Gmail: ' +
    'smtp.gmail.com:587), or a password login here.',
  'oauth.token-refused.cause':
    'The server refused the access token ({responseCode} "{reply}", challenge status {challenge}): it is expired, ' +
    'revoked, for another user, or lacks the mail scope; the server does not say which.',
  'oauth.token-refused.fix':
    'Get a fresh token for {user} with the provider\'s mail scope (or let smtp-doctor get one with ' +
    '--oauth2-client-id and a refresh token) and try again.',
  'oauth.token-refused.microsoft.cause':
    'Microsoft 365 refused the OAuth 2.0 login for {user} ({responseCode} {enhancedCode} "{reply}"): SMTP AUTH is ' +
    'disabled for the mailbox or tenant, the token lacks SMTP.Send, or it is for another user or tenant.',
  'oauth.token-refused.microsoft.fix':
    'Enable SMTP AUTH for the mailbox (Set-CASMailbox -Identity {user} -SmtpClientAuthenticationDisabled $false), ' +
    'give the app registration the SMTP.Send permission with admin consent, and use a token for {user} from its own ' +
    'tenant.',
  'oauth.token-refused.gmail.cause':
    'Gmail refused the access token for {user} (challenge status {challenge}): it is expired or revoked, for ' +
    'another account, or lacks the scope https://mail.google.com/.',
  'oauth.token-refused.gmail.fix':
    'Authorize {user} again with scope https://mail.google.com/ (the consent screen must list it) and use the new ' +
    'token.',
  'oauth.token-expired.cause': 'The access token has expired (its exp claim passed {secondsAgo} ago); the server refused it.',
  'oauth.token-expired.fix':
    'Access tokens last about an hour: get a fresh one, or let smtp-doctor get it from the refresh token ' +
    '(--oauth2-client-id, --oauth2-refresh-token-env).',
  'oauth.clock-skew.cause':
    'The token was fetched {fetchedSecondsAgo} ago, yet by this machine\'s clock it had already expired ' +
    '({secondsAgo} ago): the clock here is wrong, not the token.',
  'oauth.clock-skew.fix': 'Set this machine\'s clock right (enable NTP: timedatectl set-ntp true) and run again.',
  'oauth.wrong-user.cause': 'The token was issued for {tokenUser}, but the login is for {user}: the server refuses a token for another user.',
  'oauth.wrong-user.fix': 'Log in as {tokenUser} (--user), or get a token signed in as {user}.',
  'oauth.wrong-audience.cause': 'The token is for another service (its audience is not {expectedAudience}), so the mail server refuses it.',
  'oauth.wrong-audience.fix':
    'Ask for the mail scope of the provider (Microsoft: https://outlook.office.com/SMTP.Send, not Microsoft ' +
    'Graph\'s Mail.Send) and use that token.',
  'oauth.missing-scope.cause':
    'The token does not carry a scope that allows SMTP (expected one of {expectedScopes}; challenge status ' +
    '{challenge}).',
  'oauth.missing-scope.fix': 'Ask for the SMTP scope when getting the token (--oauth2-scope) and make sure the application was granted it.',
  'oauth.missing-scope.microsoft.cause': 'The token lacks the SMTP.Send permission (expected one of {expectedScopes}): Microsoft 365 refuses it.',
  'oauth.missing-scope.microsoft.fix':
    'In App registrations > API permissions add SMTP.Send (Office 365 Exchange Online), grant admin consent, and ' +
    'ask for https://outlook.office.com/SMTP.Send.',
  'oauth.missing-scope.gmail.cause': 'The token lacks the scope https://mail.google.com/, which Gmail requires for SMTP.',
  'oauth.missing-scope.gmail.fix': 'Add https://mail.google.com/ to the OAuth consent screen and authorize again with it.',
  'oauth.backend-failed.cause':
    'The server refused ({responseCode}) without a challenge: it could not check the token at all (its OAuth ' +
    'backend, e.g. the introspection endpoint, failed); this does not say the token is bad.',
  'oauth.backend-failed.fix':
    'Ask the server\'s administrator to check its OAuth configuration and introspection endpoint (Dovecot\'s log ' +
    'names the failure), then try again.',
  "param.challenge": "not shown",
  "param.endpoint": "address not shown",
  "param.oauthError": "its error",
  "param.oauthDescription": "no description",
  "oauth.token-refused.cause.explain":
    "The server refused the OAuth 2.0 access token (XOAUTH2 / OAUTHBEARER; challenge status {challenge}): it is " +
    "expired, revoked, for another user, or lacks the mail scope; the server does not say which.",
  "oauth.token-refused.fix.explain":
    "Get a fresh token for the mailbox with the provider's mail scope and retry; `smtp-doctor check " +
    "--oauth2-token-env VAR` (or the refresh flow with --oauth2-client-id) narrows it down from the token's own " +
    "claims.",
  "oauth.token-refused.microsoft.cause.explain":
    "Microsoft 365 refused the OAuth 2.0 login (\"{reply}\"): SMTP AUTH is disabled for the mailbox or tenant, the " +
    "token lacks SMTP.Send, or it is for another user or tenant.",
  "oauth.token-refused.microsoft.fix.explain":
    "Enable SMTP AUTH for the mailbox (Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled " +
    "$false), give the app registration SMTP.Send with admin consent, and sign in as the sending mailbox itself.",
  "oauth.token-refused.gmail.cause.explain":
    "Gmail refused the OAuth 2.0 access token (challenge status {challenge}): it is expired or revoked, for another " +
    "account, or lacks the scope https://mail.google.com/.",
  "oauth.token-refused.gmail.fix.explain":
    "Authorize the sending account again with scope https://mail.google.com/ (the consent screen must list it) and " +
    "use the new token.",
  "oauth.endpoint-failed.cause.explain":
    "The client could not get an OAuth 2.0 access token: the refresh grant at the token endpoint failed, so no " +
    "login was even tried.",
  "oauth.endpoint-failed.fix.explain":
    "Check the client id, client secret and refresh token (a refresh token can expire or be revoked); `smtp-doctor " +
    "check` with --oauth2-client-id and --oauth2-refresh-token-env shows the endpoint's own error.",
  "oauth.invalid-grant.cause.explain":
    "The token endpoint refused the refresh token (invalid_grant): it expired, was revoked, or consent was " +
    "withdrawn.",
  "oauth.invalid-client.cause.explain": "The token endpoint refused the client (invalid_client): the client id or the client secret is wrong or expired.",
  "param.scope": "not shown",
  "param.secondsAgo": "some time",
  "param.fetchedSecondsAgo": "moments",
  "param.tokenUser": "another user",
  "param.expectedAudience": "the mail service",
  "param.expectedScopes": "the provider's SMTP scopes",
  "param.responseCode": "a 5xx reply",
} as const;
