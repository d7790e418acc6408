import type { StackDetector } from '../types.js';

/**
 * How each stack names itself in an error: exception classes, module names, prefixes.
 * The most specific match wins (Spring over Java, Rails over Ruby, PHPMailer over PHP,
 * Laravel over the Symfony/Swift transport it wraps).
 */
export const STACKS: StackDetector[] = [
  {
    id: 'nodemailer',
    name: 'nodemailer',
    pattern:
      /nodemailer|smtp-connection|\bcode: '(EAUTH|ESOCKET|ECONNECTION|ETIMEDOUT|EENVELOPE|EMESSAGE|ETLS|EDNS|EPROTOCOL)'|\bcommand: '(?:CONN|API)'|Greeting never received|Invalid login: \d{3}|Missing credentials for "|Unexpected socket close|Can't send mail - all recipients were rejected|\b(?:Mail command|Recipient command|Data command|Message) failed: [2-5]\d\d[ -]|Invalid (?:greeting|HELO|LHLO)\. response=|Server terminates connection\. response=|Message size larger than allowed \d/i,
    specificity: 3,
  },
  {
    id: 'node',
    name: 'Node.js',
    pattern:
      /\bat (?:TCPConnectWrap|TLSSocket|Socket|TLSWrap|GetAddrInfoReqWrap|QueryReqWrap)\.|node:internal|_tls_wrap\.js|getaddrinfo E[A-Z_]+|Error: (?:connect|read|write) E[A-Z]+|Error \[ERR_TLS_CERT_ALTNAME_INVALID\]|Hostname\/IP (?:does not|doesn't) match certificate's altnames|\bcode: '(?:ECONNREFUSED|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|ECONNRESET|EHOSTUNREACH|ENETUNREACH|EPROTO|CERT_HAS_EXPIRED|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT_LOCALLY)'/,
    specificity: 1,
  },
  { id: 'django', name: 'Django', pattern: /django\.core\.mail|django\/core\/mail|EMAIL_(?:HOST|USE_TLS|USE_SSL|PORT)\b/, specificity: 3 },
  {
    id: 'python',
    name: 'Python smtplib',
    pattern:
      /smtplib|aiosmtplib|(?<!Net::)SMTP(?:Authentication|ServerDisconnected|NotSupported|Recipients|Sender|Data|Connect|Response)(?:Error|Refused)|ssl\.SSL(?:Error|CertVerificationError)|\[SSL: [A-Z_]+\]|Traceback \(most recent call last\)|socket\.gaierror|ConnectionRefusedError|ConnectionResetError|(?:TimeoutError|OSError): \[(?:WinError|Errno) -?\d+\]|File "[^"\n]+\.py", line \d+/,
    specificity: 2,
  },
  { id: 'spring', name: 'Spring Boot', pattern: /org\.springframework\.mail|o\.s\.m\.|spring\.mail\.|MailAuthenticationException|MailSendException/, specificity: 3 },
  {
    id: 'java',
    name: 'Java / JavaMail',
    pattern: /javax?\.mail\.|jakarta\.mail\.|com\.sun\.mail|org\.eclipse\.angus|javax\.net\.ssl|java\.net\.|java\.security\.cert|sun\.security\.|PKIX path building failed|MailConnectException|\.java:\d+\)/,
    specificity: 2,
  },
  { id: 'rails', name: 'Rails Action Mailer', pattern: /action_?mailer|ActionMailer|smtp_settings|MailDeliveryJob|DeliveryJob/i, specificity: 3 },
  {
    id: 'ruby',
    name: 'Ruby Net::SMTP',
    pattern: /Net::(?:SMTP\w*|ReadTimeout|OpenTimeout)|OpenSSL::SSL::SSLError|SSL_connect returned=\d|Errno::E[A-Z]+|EOFError|end of file reached|\.rb:\d+:in |SMTP-AUTH requested but missing|SocketError: Failed to open TCP connection|Socket::ResolutionError/,
    specificity: 2,
  },
  {
    id: 'phpmailer',
    name: 'PHPMailer',
    pattern: /PHPMailer|phpmailer|SMTP connect\(\) failed|SMTP Error: (?:Could not authenticate|data not accepted|The following recipients failed|Could not connect to SMTP host)|SMTP ERROR: |Could not instantiate mail function|SMTP server error: [\w ]{1,30} command failed/,
    specificity: 3,
  },
  {
    id: 'symfony',
    name: 'Symfony Mailer / SwiftMailer',
    pattern: /Symfony\\+Component\\+Mailer|symfony\/mailer|Swift_\w*Exception|swiftmailer|Expected response code "?\d{3}(?:\/\d{3})*"? but got|Failed to authenticate on SMTP server with username|Connection could not be established with host|Unable to connect with STARTTLS: /,
    specificity: 3,
  },
  { id: 'laravel', name: 'Laravel', pattern: /Illuminate\\+Mail|laravel|MAIL_(?:MAILER|HOST|ENCRYPTION|SCHEME)\b/i, specificity: 4 },
  { id: 'php', name: 'PHP', pattern: /\.php(?::|\son line |\(\d)|stream_socket_(?:client|enable_crypto)|PHP (?:Warning|Fatal error)/, specificity: 1 },
  {
    id: 'dotnet',
    name: '.NET',
    pattern:
      /System\.Net\.Mail|SmtpException|SmtpFailedRecipient|MailKit|SmtpCommandException|SslHandshakeException|System\.Security\.Authentication|System\.IO\.IOException|net_io_connectionclosed|The SMTP server requires a secure connection|\bat System\.Net\./,
    specificity: 2,
  },
  {
    id: 'go',
    name: 'Go net/smtp',
    pattern: /net\/smtp|gomail|go-mail|smtp\.PlainAuth|plainAuth failed|\bdial tcp\b|\b(?:read|write) tcp \S+->\S+: |^short response: |tls: first record does not look like a TLS handshake|x509: |remote error: tls: |\btls: (?:server selected unsupported protocol version|no cipher suite supported by both|failed to verify certificate|server chose an unconfigured)|unencrypted connection|\.go:\d+/,
    specificity: 2,
  },
];
