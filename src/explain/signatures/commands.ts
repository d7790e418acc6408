import type { Signature } from '../types.js';
import { withoutReply, NM } from './shared.js';
import { REPLY_COMMAND_SIGNATURES } from './commands-replies.js';

/**
 * Signatures, part of SIGNATURES (../signatures.ts, which keeps their order): credentials, other
 * client-side wordings, which command a reply belongs to.
 */
export const COMMAND_SIGNATURES: Signature[] = [
  // ---------------------------------------------------------------- credentials
  {
    id: 'missing-credentials',
    pattern: /Missing credentials for "[A-Z0-9-]+"|authentication method [A-Z0-9-]{1,30} needs a (?:password|user name)/,
    code: 'EAUTH',
    reason: 'missing-credentials',
    step: 'auth',
    source: `${NM} (login(): 'Missing credentials for "PLAIN"' when auth.user or auth.pass is empty); https://github.com/nodemailer/nodemailer/issues/1641 (maintainer: there are no credentials set)`,
    examples: [
      // msmtp src/smtp.c: no password (or user) configured for the mechanism
      'msmtp: authentication method PLAIN needs a password',
      "Error sending email Error: Missing credentials for \"PLAIN\"\n    at SMTPConnection._formatError " +
      "(/app/node_modules/nodemailer/lib/smtp-connection/index.js:790:19)\n    at SMTPConnection.login " +
      "(/app/node_modules/nodemailer/lib/smtp-connection/index.js:444:38) {\n  code: 'EAUTH',\n  command: 'API'\n}",
      ' "message": "Missing credentials for \\"PLAIN\\""',
    ],
  },
  {
    id: 'credentials-not-sent',
    pattern: /failed to connect, no password specified\?|SMTP-AUTH requested but missing (?:secret phrase|user name)/,
    step: 'auth',
    source:
      'JavaMail Service.connect ("failed to connect, no password specified?" when the password is null), Ruby ' +
      'net/smtp check_auth_args; https://github.com/spring-projects/spring-integration-samples/issues/209, ' +
      'https://github.com/huytmb/mail-receiver/issues/2',
    examples: [
      'GRAVE: org.springframework.messaging.MessagingException: failure occurred while polling for mail; nested ' +
      'exception is javax.mail.AuthenticationFailedException: failed to connect, no password specified?',
      'Caused by: jakarta.mail.AuthenticationFailedException: failed to connect, no password specified?',
    ],
  },
  {
    id: 'auth-no-common-mechanism',
    pattern:
      /No authentication mechan(?:is|si)ms supported by both server and client|No compatible authentication mechanisms found|Failed to find an authenticator supported by the SMTP server|The requested authentication method "[\w-]{1,30}" is not supported by the server/,
    reason: 'no-supported-mechanism',
    step: 'auth',
    source:
      'JavaMail SMTPTransport.authenticate ("No authentication mechansims supported by both server and client", ' +
      'sic), MailKit SmtpClient.Authenticate (NotSupportedException); ' +
      'https://github.com/jakartaee/mail-api/issues/84, https://github.com/jstedfast/MailKit/issues/531, ' +
      'https://github.com/jstedfast/MailKit/issues/1953',
    examples: [
      'javax.mail.AuthenticationFailedException: No authentication mechansims supported by both server and client',
      'I keep getting "System.NotSupportedException: No compatible authentication mechanisms found" when trying to ' +
      'send e-mail out.',
      // Symfony EsmtpTransport::handleAuth, PHPMailer SMTP::authenticate
      'Symfony\\Component\\Mailer\\Exception\\TransportException: Failed to find an authenticator supported by the ' +
      'SMTP server, which currently supports: "GSSAPI", "NTLM".',
      'The requested authentication method "CRAM-MD5" is not supported by the server\nSMTP Error: Could not ' +
      'authenticate.',
      'Error details:Enterprise.MailManager.ExternalMailInterface.FailedToAuthenticateException: No compatible ' +
      'authentication mechanisms found. ---> System.NotSupportedException: No compatible authentication mechanisms ' +
      'found.\n   at MailKit.Net.Smtp.SmtpClient.Authenticate(Encoding encoding, ICredentials credentials, ' +
      'CancellationToken cancellationToken)',
    ],
  },
  {
    id: 'go-auth-not-offered',
    // Go net/smtp's own wording, no reply: its siblings are auth.go PlainAuth's "unencrypted connection"
    // (STARTTLS_REQUIRED, tls signatures) and "wrong host name" (the host given to PlainAuth is not the one dialled).
    pattern: /smtp: server doesn't support AUTH/,
    reason: 'auth-not-offered',
    step: 'auth',
    command: 'AUTH',
    source:
      'https://github.com/golang/go/blob/master/src/net/smtp/smtp.go (*Client).Auth: errors.New("smtp: server ' +
      'doesn\'t support AUTH") when EHLO lists no AUTH; SendMail has already done STARTTLS when offered, so the ' +
      'server offers no login on that port (the stack matrix scenario no-auth-offered)',
    examples: ["2024/05/01 10:00:00 smtp: server doesn't support AUTH"],
  },
  {
    id: 'auth-not-enabled',
    pattern: /\bauthentication not enabled\b/i,
    reason: 'auth-not-offered',
    step: 'auth',
    command: 'AUTH',
    source:
      'Postfix smtpd answers AUTH with "503 5.5.1 Error: authentication not enabled" when smtpd_sasl_auth_enable is ' +
      'off (https://www.postfix.org/SASL_README.html); https://github.com/padloc/padloc/issues/304',
    examples: ['Error: Invalid login: 503 5.5.1 Error: authentication not enabled'],
  },
  {
    id: 'auth-rejected',
    pattern: withoutReply(
      /SMTP Error: Could not authenticate|MailAuthenticationException: Authentication failed|AuthenticationFailedException(?!: (?:failed to connect, no password|No authentication mechan))|Net::SMTPAuthenticationError|SMTPAuthenticationError|Failed to authenticate on SMTP server|\bInvalid login\b|MailKit\.Security\.AuthenticationException|curl: \(67\) Login denied|permanent_failure, [^{}\n]{1,300}, :?auth_failed\}/,
    ),
    step: 'auth',
    source:
      'Library wordings for a rejected login when the server reply is not printed: PHPMailer, Spring, JavaMail, ' +
      'Ruby net/smtp, Symfony, nodemailer, MailKit; https://github.com/PHPMailer/PHPMailer/issues/3335, ' +
      'https://github.com/Talent-Catalog/talentcatalog/issues/3162, ' +
      'https://github.com/kristijandraca/BackgroundMailLibrary/issues/7',
    examples: [
      // curl lib/strerror.c CURLE_LOGIN_DENIED; gen_smtp src/gen_smtp_client.erl {permanent_failure, Host, auth_failed}
      'curl: (67) Login denied',
      "{:error, :no_more_hosts, {:permanent_failure, 'smtp.example.com', :auth_failed}}",
      'Message could not be sent. Mailer Error: SMTP Error: Could not authenticate.',
      'org.springframework.mail.MailAuthenticationException: Authentication failed\n\tat ' +
      'org.springframework.mail.javamail.JavaMailSenderImpl.doSend(JavaMailSenderImpl.java:402) ' +
      '~[spring-context-support-6.1.14.jar:6.1.14]',
      '01-08 21:35:46.425: W/System.err(23534): javax.mail.AuthenticationFailedException\n01-08 21:35:46.425: ' +
      'W/System.err(23534): \tat javax.mail.Service.connect(Service.java:319)',
    ],
  },
  {
    id: 'dotnet-not-authenticated',
    stacks: ['dotnet'],
    pattern:
      /requires\s+a\s+secure\s+connection\s+or\s+the\s+client\s+(?:was|is)\s+not\s+authenticated\.\s+The\s+server\s+response\s+(?:was|is):\s*(?:[245]\.\d\.\d{1,3}\s+)?(?:SMTP;\s*)?(?:Authentication\s+required|Client\s+(?:was\s+)?not\s+authenticated(?![^\n]*Error: 5\d\d))/i,
    step: 'send',
    command: 'MAIL FROM',
    source:
      '.NET SmtpClient: a rejected or missing login is not reported at AUTH; MAIL FROM then fails with 530 ' +
      '(SmtpStatusCode.MustIssueStartTlsFirst). https://github.com/dotnet/dotnet-api-docs/issues/11287, ' +
      'https://github.com/janhebnes/startlist.club/issues/204, https://github.com/HTBox/crisischeckin/issues/286, ' +
      'https://github.com/alanrenouf/vCheck-vSphere/issues/284, ' +
      'https://github.com/renevanosnabrugge/SendEmail-BuildTask/issues/49',
    examples: [
      'System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not ' +
      'authenticated. The server response was: 5.7.0 Authentication Required. For more information, go to at ' +
      'Registration.frmRegistration.SendEmail(String recipient, String subject, String body)',
      'Exception Details: System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client ' +
      'was not authenticated. The server response was: 5.7.0 Authentication required',
      'System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not ' +
      'authenticated. The server response was: 5.5.1 Authentication Required. Learn more at',
      'Exception calling "Send" with "1" argument(s): "The SMTP server requires a secure connection or the client ' +
      'was not authenticated. The server response was: 5.7.1 Client was not authenticated" At ' +
      'C:\\scripts\\vCheck3\\vCheck.ps1:615 char:4 +    $smtpClient.Send($msg)',
      '##[error]The SMTP server requires a secure connection or the client was not authenticated. The server ' +
      'response was: 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM',
    ],
  },
  ...REPLY_COMMAND_SIGNATURES,
];
