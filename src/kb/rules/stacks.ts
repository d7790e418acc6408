import type { Rule } from '../rule-types.js';
import { AUTH_REQUIRED, RELAY } from './core/shared.js';

/**
 * Meanings that only a client library's own wording carries: rules on the lexicon's wording ids
 * (`when.wording`: a Signature's `wording`, else its `id`, in src/explain/signatures). Everything a
 * core rule already covers is mapped onto the core fields (code, reason, step, command) instead.
 */
export const STACKS_RULES: Rule[] = [
  {
    id: 'stack.auth-rejected',
    category: 'WRONG_CREDENTIALS',
    when: { wording: ['auth-rejected'] },
    msg: 'stack.auth-rejected',
    source:
      'Library wordings for a rejected login printed without the server reply: PHPMailer "SMTP Error: Could not ' +
      'authenticate." (https://github.com/PHPMailer/PHPMailer/issues/3335), Spring "MailAuthenticationException: ' +
      'Authentication failed" (https://github.com/Talent-Catalog/talentcatalog/issues/3162), JavaMail ' +
      'AuthenticationFailedException (https://github.com/kristijandraca/BackgroundMailLibrary/issues/7)',
    examples: [
      { step: 'auth', wording: 'auth-rejected', text: 'Message could not be sent. Mailer Error: SMTP Error: Could not authenticate.' },
      { step: 'auth', wording: 'auth-rejected', text: 'org.springframework.mail.MailAuthenticationException: Authentication failed' },
    ],
  },
  {
    id: 'stack.credentials-not-sent',
    category: 'MISSING_CREDENTIALS',
    when: { wording: ['credentials-not-sent'] },
    msg: 'stack.credentials-not-sent',
    source:
      'JavaMail Service.connect throws "failed to connect, no password specified?" when the password is null ' +
      '(https://github.com/spring-projects/spring-integration-samples/issues/209); Ruby net/smtp check_auth_args ' +
      '"SMTP-AUTH requested but missing secret phrase" ' +
      '(https://github.com/ruby/net-smtp/blob/master/lib/net/smtp.rb)',
    examples: [
      { step: 'auth', wording: 'credentials-not-sent', text: 'javax.mail.AuthenticationFailedException: failed to connect, no password specified?' },
    ],
  },
  {
    id: 'dotnet.not-authenticated',
    category: 'MISSING_CREDENTIALS',
    when: { wording: ['dotnet-not-authenticated'], step: ['send'], command: ['MAIL FROM'], responseCode: [530], text: /authenticat/i },
    msg: 'stack.dotnet-not-authenticated',
    source:
      'System.Net.Mail.SmtpClient ignores a failed AUTH and lets MAIL FROM fail with 530 ' +
      '(SmtpStatusCode.MustIssueStartTlsFirst, "The SMTP server requires a secure connection or the client was not ' +
      'authenticated"); https://github.com/dotnet/dotnet-api-docs/issues/11287, ' +
      'https://github.com/HTBox/crisischeckin/issues/286, ' +
      'https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/1615',
    examples: [
      { step: 'send', command: 'MAIL FROM', wording: 'dotnet-not-authenticated', responseCode: 530, enhancedCode: '5.7.0', text: 'Authentication Required. For more information, go to' },
      { step: 'send', command: 'MAIL FROM', wording: 'dotnet-not-authenticated', responseCode: 530, enhancedCode: '5.5.1', text: 'Authentication Required. Learn more at' },
      { step: 'send', command: 'MAIL FROM', wording: 'dotnet-not-authenticated', responseCode: 530, enhancedCode: '5.7.57', text: 'SMTP; Client was not authenticated to send anonymous mail during MAIL FROM' },
    ],
  },
  {
    id: 'stack.starttls-not-offered',
    category: 'TLS_MODE_MISMATCH',
    when: { wording: ['starttls-not-offered'] },
    msg: 'stack.starttls-not-offered',
    source:
      'The client insists on STARTTLS and the server does not offer it: CPython smtplib starttls() "STARTTLS ' +
      'extension not supported by server", JavaMail mail.smtp.starttls.required "STARTTLS is required but host does ' +
      'not support STARTTLS", .NET EnableSsl "Server does not support secure connections" ' +
      '(https://github.com/saucepleez/taskt/issues/230, https://github.com/google/grr/issues/1053)',
    examples: [
      { step: 'tls', wording: 'starttls-not-offered', text: 'System.Net.Mail.SmtpException: Server does not support secure connections.' },
      { step: 'tls', wording: 'starttls-not-offered', text: 'smtplib.SMTPNotSupportedError: STARTTLS extension not supported by server.' },
    ],
  },
  {
    id: 'python.not-connected',
    category: 'PROTOCOL_ERROR',
    when: { wording: ['python-not-connected'] },
    msg: 'stack.python-not-connected',
    source:
      'CPython Lib/smtplib.py SMTP.send raises SMTPServerDisconnected("please run connect() first") when no socket ' +
      'is open; https://github.com/pixelated/pixelated-user-agent/issues/88',
    examples: [{ wording: 'python-not-connected', text: 'smtplib.SMTPServerDisconnected: please run connect() first' }],
  },
  {
    id: 'go.unencrypted-auth',
    category: 'STARTTLS_REQUIRED',
    when: { wording: ['go-unencrypted-auth'] },
    msg: 'stack.go-unencrypted-auth',
    source:
      'Go net/smtp PlainAuth: "will only send the credentials if the connection is using TLS or is connected to ' +
      'localhost" (https://pkg.go.dev/net/smtp#PlainAuth); https://github.com/prometheus/alertmanager/issues/1358',
    examples: [{ step: 'auth', wording: 'go-unencrypted-auth', text: '*smtp.plainAuth failed: unencrypted connection' }],
  },
  {
    id: 'stack.tls-version',
    category: 'TLS_VERSION_OR_CIPHER',
    when: { reason: ['tls-version-mismatch'] },
    msg: 'tls.version',
    source:
      'JSSE "No appropriate protocol (protocol is disabled or cipher suites are inappropriate)" ' +
      '(https://github.com/byzer-org/byzer-lang/issues/1659), SChannel "do not possess a common algorithm" ' +
      '(https://github.com/crossvertise/ActionMailerNext/issues/35), OpenSSL "dh key too small"',
    examples: [
      { step: 'tls', code: 'ERR_SSL_UNSUPPORTED_PROTOCOL', reason: 'tls-version-mismatch', text: 'javax.net.ssl.SSLHandshakeException: No appropriate protocol (protocol is disabled or cipher suites are inappropriate)' },
      { step: 'tls', code: 'ERR_SSL_DH_KEY_TOO_SMALL', reason: 'tls-version-mismatch', text: 'error:14082174:SSL routines:ssl3_check_cert_and_algorithm:dh key too small' },
    ],
  },
  {
    id: 'stack.connect-failed-tls-mode',
    category: 'TLS_MODE_MISMATCH',
    when: { wording: ['connect-failed-bare'] },
    msg: 'stack.connect-failed-tls-mode',
    source:
      'PHPMailer 6 throws "SMTP Error: Could not connect to SMTP host." for every failure before the session opens ' +
      '(PHPMailer::smtpConnect, https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting); ' +
      'test/stacks/matrix.json: the same text for 11 scenarios; the most frequent real cause first ' +
      '(REAL_WORLD_FREQUENCY), the others in ALTERNATIVES',
    examples: [{ step: 'tcp', wording: 'connect-failed-bare', text: 'PHPMailer\\PHPMailer\\Exception: SMTP Error: Could not connect to SMTP host.' }],
  },
  // A recipient refused, printed without its reply code (PHPMailer "The following recipients
  // failed: <address>: <the server's words>"): the core rules need the reply class, these read the words.
  {
    id: 'stack.recipient-relay',
    category: 'RELAY_DENIED',
    when: { wording: ['recipient-refused-no-code'], text: RELAY },
    msg: 'stack.recipient-relay',
    source:
      'PHPMailer::smtpSend collects SMTP::getError()[\'detail\'] (the reply without its code) per refused ' +
      'recipient; Postfix "Relay access denied"; test/stacks/matrix.json',
    examples: [{ step: 'send', command: 'RCPT TO', wording: 'recipient-refused-no-code', text: 'SMTP Error: The following recipients failed: someone@example.com: <someone@example.com>: Relay access denied' }],
  },
  {
    id: 'stack.recipient-login-required',
    category: 'MISSING_CREDENTIALS',
    when: { wording: ['recipient-refused-no-code'], text: AUTH_REQUIRED },
    msg: 'stack.recipient-login-required',
    source:
      'PHPMailer recipient detail without its code; Postfix smtpd_relay_restrictions / smtpd_client_restrictions ' +
      '"Client host rejected: Access denied" for a client that did not log in; test/stacks/matrix.json',
    examples: [{ step: 'send', command: 'RCPT TO', wording: 'recipient-refused-no-code', text: 'SMTP Error: The following recipients failed: tester@smtp-doctor.test: <unknown[127.0.0.1]>: Client host rejected: Access denied' }],
  },
  {
    id: 'stack.recipient-refused',
    category: 'RECIPIENT_REJECTED',
    when: { wording: ['recipient-refused-no-code'] },
    // What a refusal at RCPT TO means when nothing else is known: ranks with "5xx to RCPT TO", so
    // the server's words (a HELO, rate or blocklist wording: text rules) decide first.
    tier: 'reply-class',
    msg: 'stack.recipient-refused',
    source: 'PHPMailer recipient detail without its code ("The following recipients failed"); test/stacks/matrix.json',
    examples: [{ step: 'send', command: 'RCPT TO', wording: 'recipient-refused-no-code', text: 'SMTP Error: The following recipients failed: nobody@smtp-doctor.test: <nobody@smtp-doctor.test>: Recipient address rejected: User unknown in virtual mailbox table' }],
  },
  {
    // OpenSSL's bare "certificate verify failed" (PHP streams print no X509 reason): an untrusted
    // issuer most often, but an expired certificate says the same (ALTERNATIVES names it).
    id: 'tls.cert-verify-failed',
    category: 'CERT_UNTRUSTED',
    when: { code: ['CERT_UNTRUSTED'], wording: ['php-cert-verify-failed'] },
    msg: 'cert.untrusted',
    source:
      'OpenSSL SSL_R_CERTIFICATE_VERIFY_FAILED as PHP stream_socket_client()/stream_socket_enable_crypto() report ' +
      'it, without the X509 verify result; test/stacks/matrix.json (Symfony Mailer: the same text for a ' +
      'self-signed, an expired and an incomplete chain)',
    examples: [{ step: 'tls', code: 'CERT_UNTRUSTED', wording: 'php-cert-verify-failed', text: 'error:0A000086:SSL routines::certificate verify failed' }],
  },
  {
    id: 'stack.connect-failed',
    category: 'PROTOCOL_ERROR',
    when: { wording: ['connect-failed-unspecified'] },
    msg: 'stack.connect-failed',
    source:
      'PHPMailer "SMTP connect() failed" (https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting), JavaMail ' +
      'MailConnectException without a nested cause (https://github.com/grails-plugins/grails-mail/issues/42)',
    fallback: true,
    examples: [{ step: 'tcp', wording: 'connect-failed-unspecified', text: 'SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting' }],
  },
];
