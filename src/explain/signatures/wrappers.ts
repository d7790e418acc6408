import type { Signature } from '../types.js';
import { withoutReply } from './shared.js';

/**
 * Signatures, part of SIGNATURES (../signatures.ts, which keeps their order): the wrapper wordings
 * of Jakarta Mail / JavaMail and of PHP's stream sockets (PHPMailer, Symfony Mailer), which tell
 * the phase a failure happened in: "Exception reading response" (a reply never came), "Could not
 * convert socket to TLS" and stream_socket_enable_crypto() (the handshake after STARTTLS, never
 * implicit TLS: that is stream_socket_client() with ssl://), PHPMailer's "SMTP Error: ..." lines.
 * Examples: real texts from test/stacks/matrix.json (Jakarta Mail 2, Spring Boot 3, PHPMailer 6,
 * Symfony Mailer 6, run against Postfix and scripted servers) and public threads.
 */
export const WRAPPER_SIGNATURES: Signature[] = [
  {
    id: 'javamail-read-timeout',
    wording: 'tls-mode-implicit',
    // A reply that never came, most often the greeting: a plain client on an implicit-TLS port
    // (465 without mail.smtp.ssl.enable). A tarpit prints the same (ALTERNATIVES names it).
    stacks: ['java', 'spring'],
    pattern: /Exception reading response;?\s{0,20}(?:nested exception is:\s{0,20})?java\.net\.SocketTimeoutException: Read timed out/,
    code: 'ETIMEDOUT',
    reason: 'tls-mode-suspected-implicit',
    step: 'greeting',
    source:
      'Jakarta Mail SMTPTransport.readServerResponse wraps the socket read timeout (mail.smtp.timeout) in "Exception reading response" (https://github.com/eclipse-ee4j/angus-mail/blob/master/providers/angus-mail/src/main/java/org/eclipse/angus/mail/smtp/SMTPTransport.java); seen in test/stacks/matrix.json (scenarios starttls-client-on-tls-port, tarpit)',
    examples: [
      'jakarta.mail.MessagingException: Exception reading response;\n  nested exception ' +
      'is:\n\tjava.net.SocketTimeoutException: Read timed out\nCaused by: java.net.SocketTimeoutException: Read ' +
      'timed out',
      'org.springframework.mail.MailSendException: Mail server connection failed. Failed messages: ' +
      'jakarta.mail.MessagingException: Exception reading response;\n  nested exception ' +
      'is:\n\tjava.net.SocketTimeoutException: Read timed out\nCaused by: jakarta.mail.MessagingException: ' +
      'Exception reading response\nCaused by: java.net.SocketTimeoutException: Read timed out',
    ],
  },
  {
    id: 'symfony-read-timeout',
    wording: 'tls-mode-implicit',
    // SocketStream::readLine: the stream timed out waiting for a reply (not the TCP connect, which
    // says "Connection could not be established with host ...").
    stacks: ['symfony', 'laravel'],
    pattern: /Connection to "[^"\n]{1,300}" timed out/,
    code: 'ETIMEDOUT',
    reason: 'tls-mode-suspected-implicit',
    step: 'greeting',
    source:
      'Symfony Mailer Transport/Smtp/Stream/AbstractStream::readLine throws TransportException(\'Connection to "%s" timed out.\') when stream_get_meta_data() says timed_out (https://github.com/symfony/symfony/blob/7.1/src/Symfony/Component/Mailer/Transport/Smtp/Stream/AbstractStream.php); seen in test/stacks/matrix.json',
    examples: [
      'Symfony\\Component\\Mailer\\Exception\\TransportException: Connection to "127.0.0.1:10465" timed out.',
    ],
  },
  {
    id: 'starttls-not-tls',
    // STARTTLS was answered, then the peer did not speak TLS (a broken server, or a proxy or
    // antivirus scanner in the path). JavaMail says "Could not convert socket to TLS" only there.
    // PHP's stream_socket_enable_crypto() "wrong version number" is the same event, but the labelled
    // real-world case (fixtures/explain/corpus.jsonl, openssl/openssl#13063) is a settings mistake:
    // it stays with wrong-version-number (TLS mode), whose hint names the broken STARTTLS.
    pattern: /Could not convert socket to TLS;?[\s\S]{0,300}?(?:Unsupported or unrecognized|Unrecognized) SSL message/,
    code: 'ERR_SSL_WRONG_VERSION_NUMBER',
    reason: 'starttls-broken',
    step: 'tls',
    source:
      'JavaMail SMTPTransport.startTLS ("Could not convert socket to TLS", https://github.com/eclipse-ee4j/angus-mail/blob/master/providers/angus-mail/src/main/java/org/eclipse/angus/mail/smtp/SMTPTransport.java); seen in test/stacks/matrix.json (scenario starttls-garbage)',
    examples: [
      'jakarta.mail.MessagingException: Could not convert socket to TLS;\n  nested exception ' +
      'is:\n\tjavax.net.ssl.SSLException: Unsupported or unrecognized SSL message\nCaused by: ' +
      'javax.net.ssl.SSLException: Unsupported or unrecognized SSL message',
    ],
  },
  {
    id: 'starttls-handshake-timeout',
    wording: 'tls-handshake-timeout',
    pattern: /Could not convert socket to TLS;?[\s\S]{0,300}?Read timed out|SSL: Handshake timed out/,
    code: 'ETIMEDOUT',
    reason: 'tls-handshake-timeout',
    step: 'tls',
    source:
      'JavaMail SMTPTransport.startTLS with a socket read timeout during the handshake; PHP ext/openssl ' +
      'php_openssl_enable_crypto "SSL: Handshake timed out" ' +
      '(https://github.com/php/php-src/blob/master/ext/openssl/xp_ssl.c); seen in test/stacks/matrix.json (scenario ' +
      'starttls-silent)',
    examples: [
      'jakarta.mail.MessagingException: Could not convert socket to TLS;\n  nested exception ' +
      'is:\n\tjava.net.SocketTimeoutException: Read timed out\nCaused by: java.net.SocketTimeoutException: Read ' +
      'timed out',
      'Symfony\\Component\\Mailer\\Exception\\TransportException: Unable to connect with STARTTLS: ' +
      'stream_socket_enable_crypto(): SSL: Handshake timed out',
      'PHPMailer\\PHPMailer\\Exception: SMTP Error: Could not connect to SMTP host. Connection failed. ' +
      'stream_socket_enable_crypto(): SSL: Handshake timed out',
    ],
  },
  {
    id: 'php-cert-verify-failed',
    // PHP's streams report OpenSSL's "certificate verify failed" without the X509 reason: an
    // untrusted issuer, a self-signed certificate, a missing intermediate and an expired
    // certificate all read the same (ALTERNATIVES on tls.cert-verify-failed names them).
    stacks: ['php', 'phpmailer', 'symfony', 'laravel'],
    pattern:
      /^(?![\s\S]*(?:has expired|is expired|not yet valid|CERT_HAS_EXPIRED))[\s\S]*?stream_socket_(?:client|enable_crypto)\(\): SSL operation failed with code 1\. OpenSSL Error messages:\s{0,20}error:[0-9A-Fa-f]{1,16}:SSL routines:[^\n]{0,100}?certificate verify failed/,
    code: 'CERT_UNTRUSTED',
    step: 'tls',
    source:
      'PHP ext/openssl php_openssl_enable_crypto reports the OpenSSL error queue, not the X509 verify result ' +
      '(https://github.com/php/php-src/blob/master/ext/openssl/xp_ssl.c); seen in test/stacks/matrix.json (Symfony ' +
      'Mailer: the same text for a self-signed, an expired and an incomplete chain)',
    examples: [
      'Symfony\\Component\\Mailer\\Exception\\TransportException: Connection could not be established with host ' +
      '"ssl://127.0.0.1:10465": stream_socket_client(): SSL operation failed with code 1. OpenSSL Error ' +
      'messages:\nerror:0A000086:SSL routines::certificate verify failed',
      'Symfony\\Component\\Mailer\\Exception\\TransportException: Unable to connect with STARTTLS: ' +
      'stream_socket_enable_crypto(): SSL operation failed with code 1. OpenSSL Error messages:\nerror:0A000086:SSL ' +
      'routines::certificate verify failed',
    ],
  },
  {
    id: 'phpmailer-starttls-failed',
    // SMTP::startTLS: the reply to STARTTLS was not 220; PHPMailer appends the reply's words
    // without the code.
    pattern: /STARTTLS command failed/,
    reason: 'starttls-rejected',
    step: 'tls',
    command: 'STARTTLS',
    source:
      'PHPMailer SMTP::startTLS -> sendCommand(\'STARTTLS\', \'STARTTLS\', 220) sets "STARTTLS command failed" ' +
      '(https://github.com/PHPMailer/PHPMailer/blob/master/src/SMTP.php); seen in test/stacks/matrix.json (scenario ' +
      'starttls-454)',
    examples: [
      'PHPMailer\\PHPMailer\\Exception: SMTP Error: Could not connect to SMTP host. STARTTLS command failed TLS not ' +
      'available due to local problem',
    ],
  },
  {
    id: 'phpmailer-connect-failed',
    wording: 'connect-failed-bare',
    // PHPMailer 6's exception for every failure before the session is open, with no detail
    // (the detail is only in the SMTPDebug output): stands for many causes, see ALTERNATIVES.
    stacks: ['phpmailer', 'laravel'],
    pattern:
      /(?<![\s\S])(?![\s\S]*(?:timed out|refused|unreachable|not known|getaddrinfo|certificate|SSL|TLS|EOF|reset|\b[2-5]\d\d[ -]))[\s\S]*?SMTP Error: Could not connect to SMTP host\./,
    step: 'tcp',
    source:
      'PHPMailer language string connect_host "SMTP Error: Could not connect to SMTP host." thrown by ' +
      'PHPMailer::smtpConnect (https://github.com/PHPMailer/PHPMailer/blob/master/src/PHPMailer.php, ' +
      'https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting); seen in test/stacks/matrix.json for 11 ' +
      'scenarios',
    examples: [
      'PHPMailer\\PHPMailer\\Exception: SMTP Error: Could not connect to SMTP host.',
    ],
  },
  {
    id: 'phpmailer-recipients-failed',
    wording: 'recipient-refused-no-code',
    // PHPMailer prints the refused recipient's reply without its code; with the code (SMTPDebug
    // output, "RCPT TO command failed: 550 ..."), the reply decides.
    pattern: withoutReply(/SMTP Error: The following recipients failed: \S/),
    step: 'send',
    command: 'RCPT TO',
    source:
      'PHPMailer language string recipients_failed, followed by "<address>: " and SMTP::getError()[\'detail\'] (the ' +
      'reply with its codes cut off) per refused recipient ' +
      '(https://github.com/PHPMailer/PHPMailer/blob/master/src/PHPMailer.php); seen in test/stacks/matrix.json',
    examples: [
      'PHPMailer\\PHPMailer\\Exception: SMTP Error: The following recipients failed: someone@example.com: ' +
      '<someone@example.com>: Relay access denied',
      'PHPMailer\\PHPMailer\\Exception: SMTP Error: The following recipients failed: nobody@smtp-doctor.test: ' +
      '<nobody@smtp-doctor.test>: Recipient address rejected: User unknown in virtual mailbox table',
      'PHPMailer\\PHPMailer\\Exception: SMTP Error: The following recipients failed: tester@smtp-doctor.test: ' +
      '<unknown[127.0.0.1]>: Client host rejected: Access denied',
    ],
  },
];
