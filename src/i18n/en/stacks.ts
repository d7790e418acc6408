import { enStackHints } from './stack-hints.js';

/** Catalog part: stacks. Korean twin in ../ko/stacks.ts. */
export const enStacks = {
  // diagnoses for client-library wordings (src/kb/rules/stacks.ts)
  'stack.auth-rejected.cause':
    'The mail library reports that the server rejected the login, but the text does not include the server\'s own ' +
    'reply.',
  'stack.auth-rejected.fix':
    'Check the user name (usually the full address) and the password; Gmail, Outlook, Naver and Daum want an app ' +
    'password or SMTP switched on in the mail settings. To see the server\'s reply, turn on the library\'s debug ' +
    'log (PHPMailer SMTPDebug = 2, JavaMail mail.debug=true, nodemailer logger: true, Python set_debuglevel(1)) or ' +
    'run `smtp-doctor check --user ...`.',
  'stack.credentials-not-sent.cause':
    'The library did not try to log in: the password (or user name) it was given is empty ("no password ' +
    'specified?").',
  'stack.credentials-not-sent.fix':
    'Pass a non-empty password: JavaMail Transport.connect(host, user, password) or a Session Authenticator with ' +
    'mail.smtp.auth=true; Spring spring.mail.username and spring.mail.password; Rails smtp_settings user_name and ' +
    'password. Check that the environment variable behind it is set where the app runs.',
  'stack.dotnet-not-authenticated.cause':
    '.NET SmtpClient reached MAIL FROM without a successful login, and the server refused it: "{reply}". SmtpClient ' +
    'does not report a rejected or skipped AUTH; it only fails here.',
  'stack.dotnet-not-authenticated.fix':
    'Give SmtpClient the login: UseDefaultCredentials = false first, then Credentials = new NetworkCredential(user, ' +
    'password) (setting UseDefaultCredentials afterwards clears them), and EnableSsl = true on port 587 (many ' +
    'servers offer AUTH only after STARTTLS, and SmtpClient then skips it silently). If the credentials are set, ' +
    'check the password (Gmail needs an app password; Microsoft 365 needs SMTP AUTH enabled for the mailbox); ' +
    'MailKit reports the real AUTH error.',
  'stack.starttls-not-offered.cause':
    'The client insists on STARTTLS, but the server does not offer it on this connection: either the connection is ' +
    'already encrypted (implicit TLS, where STARTTLS is not advertised) or the port is a plain relay without TLS.',
  'stack.starttls-not-offered.fix':
    'Match the TLS setting to the port: on 465 use implicit TLS and no STARTTLS (Python SMTP_SSL without ' +
    'starttls(); JavaMail mail.smtp.ssl.enable=true without starttls.required; .NET System.Net.Mail cannot do 465, ' +
    'use MailKit with SecureSocketOptions.SslOnConnect); for STARTTLS use the provider\'s submission port 587. Only ' +
    'for a trusted internal relay without TLS turn encryption off (.NET EnableSsl = false).',
  'stack.python-not-connected.cause':
    'smtplib sent a command on a connection that is not open ("please run connect() first"): SMTP() was created ' +
    'without a host, or an earlier error or quit() closed the connection.',
  'stack.python-not-connected.fix':
    'Create the client with the host (smtplib.SMTP(host, 587) then starttls(), or smtplib.SMTP_SSL(host, 465)) or ' +
    'call connect() first; do not reuse it after quit(). Look for the first exception in the log: it is the real ' +
    'cause.',
  'stack.go-unencrypted-auth.cause':
    'Go\'s net/smtp refused to send the password because the connection is not encrypted: PlainAuth sends ' +
    'credentials only over TLS or to localhost, and the server did not offer STARTTLS on this port.',
  'stack.go-unencrypted-auth.fix':
    'Use the provider\'s submission port: 587 where the server offers STARTTLS, or 465 with implicit TLS (tls.Dial ' +
    'then smtp.NewClient; gomail d.SSL = true). Check it with `smtp-doctor probe {host}`. Only for a trusted local ' +
    'relay, drop authentication instead.',
  'stack.connect-failed.cause':
    'The mail library could not open the SMTP session, and this text does not say why (connection, TLS or ' +
    'certificate).',
  'stack.connect-failed.fix':
    'Turn on the library\'s connection log to see the failing step (PHPMailer SMTPDebug = SMTP::DEBUG_CONNECTION, ' +
    'JavaMail mail.debug=true), check host, port and encryption (465 with implicit TLS, 587 with STARTTLS), or run ' +
    '`smtp-doctor check` against the same server.',

  // where to change the setting, per stack (src/explain/stack-hints.ts)
  'stack.connect-failed-tls-mode.cause':
    'PHPMailer could not open the SMTP session and does not say why ("Could not connect to SMTP host."). The most ' +
    'common cause is an encryption setting that does not match the port: SMTPSecure \'ssl\' (implicit TLS) on 587, ' +
    'or \'tls\' (STARTTLS) on 465.',
  'stack.connect-failed-tls-mode.fix':
    'Use SMTPSecure = PHPMailer::ENCRYPTION_SMTPS with Port = 465, or PHPMailer::ENCRYPTION_STARTTLS with Port = ' +
    '587. To see the step that fails, set SMTPDebug = SMTP::DEBUG_CONNECTION, or run `smtp-doctor check` with the ' +
    'same host, port and encryption.',
  'stack.recipient-relay.cause':
    'The server refused to relay mail to this recipient; the library printed the server\'s words without the reply ' +
    'code. The server relays only for logged-in users or for its own domains.',
  'stack.recipient-relay.fix':
    'Log in (PHPMailer SMTPAuth = true with Username and Password) on the submission port (587 or 465), or send to ' +
    'a recipient in the server\'s own domain.',
  'stack.recipient-login-required.cause':
    'The server refused the recipient because this client did not log in ("Client host rejected: Access denied" or ' +
    'similar); the library printed the server\'s words without the reply code.',
  'stack.recipient-login-required.fix':
    'Turn authentication on and give the credentials (PHPMailer SMTPAuth = true, Username, Password) on the ' +
    'submission port (587 with STARTTLS, or 465); SMTPDebug = 2 shows whether the login happens before MAIL FROM.',
  'stack.recipient-refused.cause':
    'The server refused the recipient; the library printed the server\'s words without the reply code. Most often ' +
    'the mailbox does not exist.',
  'stack.recipient-refused.fix':
    'Check the recipient address for typos. If it is correct, the mailbox does not exist or does not accept mail: ' +
    'the server\'s words after the address say which. SMTPDebug = 2 shows the whole reply with its code.',
  ...enStackHints,
} as const;
