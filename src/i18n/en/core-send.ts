/** Catalog part: AUTH and sending diagnoses (auth.*, send.*, limits.*). Korean twin in ../ko/core-send.ts. */
export const enCoreSend = {
  'auth.plaintext-refused.cause': 'The connection to {host}:{port} is not encrypted, so smtp-doctor did not send the credentials.',
  'auth.plaintext-refused.fix':
    'Use an encrypted connection: --security starttls on 587, or --security tls on 465. Only on a trusted network ' +
    'and a server you control, --allow-plaintext-auth sends them anyway.',
  'auth.after-starttls-only.cause': 'The server offers AUTH only after STARTTLS, and this connection was not upgraded.',
  'auth.after-starttls-only.fix':
    'Use --security starttls (nodemailer requireTLS: true; Spring mail.smtp.starttls.enable=true; Python starttls() ' +
    'before login()).',
  'auth.missing.cause': 'A user name is set but no password was given.',
  'auth.missing.fix':
    'Give the password with --password-env VAR, --password-file PATH or --password-stdin (check that the variable ' +
    'is set and not empty).',
  'auth.not-offered.cause':
    'This port takes no logins: the server offers no AUTH on this connection (not before TLS, not after it), so it ' +
    'cannot check credentials here.',
  'auth.not-offered.fix':
    'Port {port} may be for server-to-server mail. Use the submission port (587 with --security starttls, or 465 ' +
    'with --security tls), or drop --user if this relay authorises by IP address.',
  'auth.mechanism.cause': 'The authentication mechanism {mechanism} is not offered by the server (offered: {offered}).',
  'auth.mechanism.fix':
    'Use one the server offers: --auth-method with one of {offered} (nodemailer authMethod; Spring ' +
    'mail.smtp.auth.mechanisms).',
  'auth.wrong.cause': 'The server rejected the user name or password: "{reply}".',
  'auth.wrong.fix':
    'Check the user name (often the full e-mail address, e.g. {address}) and the password. Many providers need an ' +
    'app password or an API key instead of the account password.',
  'gmail.bad-credentials.cause':
    'Gmail rejected the user name or password (535 5.7.8 BadCredentials). Gmail no longer accepts the normal ' +
    'account password for SMTP.',
  'gmail.bad-credentials.fix':
    'Turn on 2-Step Verification for the Google account, create an app password (Google Account > Security > App ' +
    'passwords) and use those 16 characters, without spaces, as the password. The user is the full address.',
  'gmail.app-password.cause': 'Gmail requires an application-specific password for this account (534 5.7.9): 2-Step Verification is on.',
  'gmail.app-password.fix':
    'Create an app password (Google Account > Security > App passwords) and use it instead of the account password, ' +
    'without spaces.',
  'auth.temporary.cause': 'Authentication failed temporarily on the server side: "{reply}".',
  'auth.temporary.fix':
    'Retry later. If it persists, the server\'s authentication backend has a problem; contact the mail ' +
    'administrator.',
  'send.sender.cause': 'The server refused the sender address {from}: "{reply}".',
  'send.sender.fix':
    'Send from an address the account may use (usually the login address {user}, or a verified sender identity or ' +
    'alias). Set --from (nodemailer from; Spring the From of the message; Rails default from).',
  
  
  'auth.required.cause': 'The server wants a login before it takes mail, and this client did not log in: "{reply}".',
  'auth.required.fix':
    'Turn authentication on and give the credentials: --user with --password-env (nodemailer auth: {user, pass}; ' +
    'Spring spring.mail.username/password and mail.smtp.auth=true; PHPMailer SMTPAuth = true; .NET ' +
    'UseDefaultCredentials = false and Credentials = new NetworkCredential(...)).',
  'auth.web-login.cause': 'The provider blocked this sign-in until the account owner allows it in a browser: "{reply}".',
  'auth.web-login.fix':
    'Sign in to the account in a browser and confirm the blocked attempt, then use an app password (Google: 2-Step ' +
    'Verification + https://myaccount.google.com/apppasswords) or OAuth2 instead of the account password.',
  'auth.disabled-139.cause':
    'Microsoft 365 refused the login because SMTP AUTH is not allowed for this account (5.7.139): "{reply}". ' +
    'Typical causes: SMTP AUTH switched off for the tenant or the mailbox, security defaults, or MFA/conditional ' +
    'access.',
  'auth.disabled-139.fix':
    'In the Microsoft 365 admin center enable "Authenticated SMTP" for the mailbox (Set-CASMailbox ' +
    '-SmtpClientAuthenticationDisabled $false) and make sure the tenant allows SMTP AUTH and security defaults do ' +
    'not block it; or move to OAuth2 (XOAUTH2) or Microsoft Graph.',
  'send.recipient.cause': 'The server refused the recipient {to}: "{reply}".',
  'send.recipient.fix':
    'Check the recipient address for typos. If it is correct, the mailbox does not exist or does not accept mail; ' +
    'try another recipient.',
  'send.mailbox-unknown.cause': 'The recipient {to} does not exist on the server (bad destination mailbox address): "{reply}".',
  'send.mailbox-unknown.cause.explain': 'The recipient\'s mailbox does not exist on the server (bad destination mailbox address): "{reply}".',
  'send.mailbox-unknown.fix':
    'Check the recipient address for typos; if it is right, the mailbox was removed or never existed there. Ask the ' +
    'recipient for a current address.',
  'send.relay.cause': 'The server refused to relay mail to {to}: "{reply}". It only relays for authenticated users or its own domains.',
  'send.relay.fix':
    'Authenticate (--user and a password source) on the submission port (587/465), or send to a recipient in the ' +
    'server\'s own domain.',
  'send.size.cause': 'The message is larger than the server accepts: "{reply}".',
  'send.size.fix': 'Send smaller messages (check the SIZE limit in the EHLO reply), or ask for a higher limit.',
  'send.policy.cause': 'The server refused the message for policy reasons: "{reply}".',
  'send.policy.fix':
    'Read the reply text: common causes are spam filtering, SPF/DKIM/DMARC failures for the From domain, or content ' +
    'rules. Fix the sender domain\'s DNS records or ask the administrator.',
  'limits.rate.cause': 'A sending or connection limit was reached: "{reply}".',
  'limits.rate.fix':
    'Wait and retry later, and send less often or in smaller batches. Check the provider\'s sending limits for this ' +
    'account.',
  'server.temporary.cause': 'The server reported a temporary failure: "{reply}".',
  'server.temporary.fix': 'Retry later. Temporary (4xx) errors usually clear by themselves; if it persists, ask the mail administrator.',
} as const;
