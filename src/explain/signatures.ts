import type { Signature, StackDetector } from './types.js';

/**
 * How each stack names itself in an error: exception classes, module names, prefixes.
 * The most specific match wins (Spring over Java, Rails over Ruby, PHPMailer over PHP).
 */
export const STACKS: StackDetector[] = [
  { id: 'nodemailer', name: 'nodemailer', pattern: /nodemailer|\bcode: '(EAUTH|ESOCKET|ECONNECTION|ETIMEDOUT|EENVELOPE|EMESSAGE|ETLS|EDNS)'|Greeting never received|Invalid login: \d{3}|Missing credentials for "/i, specificity: 3 },
  { id: 'node', name: 'Node.js', pattern: /\bat (?:TCPConnectWrap|TLSSocket|Socket)\.|node:internal|getaddrinfo E[A-Z]+|Error: (?:connect|read|write) E[A-Z]+/, specificity: 1 },
  { id: 'django', name: 'Django', pattern: /django\.core\.mail|EMAIL_(?:HOST|USE_TLS|USE_SSL|PORT)\b/, specificity: 3 },
  { id: 'python', name: 'Python smtplib', pattern: /smtplib\.|SMTP(?:Authentication|ServerDisconnected|NotSupported|Recipients|Sender|Data|Connect|Response)(?:Error|Refused)|ssl\.SSL(?:Error|CertVerificationError)|\[SSL: [A-Z_]+\]|Traceback \(most recent call last\)/, specificity: 2 },
  { id: 'spring', name: 'Spring Boot', pattern: /org\.springframework\.mail|spring\.mail\.|MailAuthenticationException|MailSendException/, specificity: 3 },
  { id: 'java', name: 'Java / JavaMail', pattern: /javax?\.mail\.|jakarta\.mail\.|com\.sun\.mail|org\.eclipse\.angus|javax\.net\.ssl|sun\.security\.|PKIX path building failed|MailConnectException/, specificity: 2 },
  { id: 'rails', name: 'Rails Action Mailer', pattern: /action_?mailer|ActionMailer|smtp_settings/i, specificity: 3 },
  { id: 'ruby', name: 'Ruby Net::SMTP', pattern: /Net::(?:SMTP\w*|ReadTimeout|OpenTimeout)|OpenSSL::SSL::SSLError|\.rb:\d+:in /, specificity: 2 },
  { id: 'phpmailer', name: 'PHPMailer', pattern: /PHPMailer|SMTP connect\(\) failed|SMTP Error: Could not authenticate|Could not instantiate mail function/i, specificity: 3 },
  { id: 'symfony', name: 'Symfony Mailer / SwiftMailer', pattern: /Symfony\\Component\\Mailer|Swift_TransportException|Expected response code "?\d{3}"? but got/, specificity: 3 },
  { id: 'laravel', name: 'Laravel', pattern: /Illuminate\\Mail|laravel|MAIL_(?:MAILER|HOST|ENCRYPTION)\b/i, specificity: 3 },
  { id: 'php', name: 'PHP', pattern: /\.php(?::|\son line )\d+|stream_socket_client|PHP (?:Warning|Fatal error)/, specificity: 1 },
  { id: 'dotnet', name: '.NET', pattern: /System\.Net\.Mail|SmtpException|SmtpFailedRecipient|MailKit|System\.Security\.Authentication|The SMTP server requires a secure connection/, specificity: 2 },
  { id: 'go', name: 'Go net/smtp', pattern: /net\/smtp|gomail|smtp\.PlainAuth|\bdial tcp [\d.:\[\]a-f]+:|tls: first record does not look like a TLS handshake|x509: certificate/, specificity: 2 },
];

/**
 * Wordings that carry a meaning a rule can match on structurally. Reply codes are read
 * separately (extract.ts); these are for errors that have no reply code of their own.
 */
export const SIGNATURES: Signature[] = [
  {
    id: 'greeting-never-received',
    pattern: /Greeting never received/i,
    code: 'ETIMEDOUT',
    reason: 'tls-mode-suspected-implicit',
    step: 'greeting',
    source: 'nodemailer lib/smtp-connection ("Greeting never received"); nodemailer issues on port 465 with secure:false',
    examples: ["Error: Greeting never received\n    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:790:19) { code: 'ETIMEDOUT', command: 'CONN' }"],
  },
  {
    id: 'wrong-version-number',
    pattern: /wrong[ _]version[ _]number|WRONG_VERSION_NUMBER|Unrecognized SSL message,? plaintext connection\?|first record does not look like a TLS handshake|packet length too long|http request/i,
    code: 'ERR_SSL_WRONG_VERSION_NUMBER',
    reason: 'tls-mode-suspected-plain',
    step: 'tls',
    source: 'OpenSSL (Node, Python, Ruby), JSSE ("Unrecognized SSL message"), Go crypto/tls',
    examples: [
      'Error: 140736:error:1408F10B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/openssl/ssl/record/ssl3_record.c:332:',
      "ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1056)",
      'javax.net.ssl.SSLException: Unrecognized SSL message, plaintext connection?',
      'tls: first record does not look like a TLS handshake',
    ],
  },
  {
    id: 'econnrefused',
    pattern: /ECONNREFUSED|Connection refused|ConnectionRefusedError|\[Errno 111\]|No connection could be made because the target machine actively refused it/i,
    code: 'ECONNREFUSED',
    step: 'tcp',
    source: 'POSIX ECONNREFUSED as printed by each runtime',
    examples: ['Error: connect ECONNREFUSED 127.0.0.1:587', 'ConnectionRefusedError: [Errno 111] Connection refused'],
  },
];
