import type { Signature } from '../types.js';
import { NM } from './shared.js';

/**
 * Signatures, part of SIGNATURES (../signatures.ts, which keeps their order): plain wordings for
 * TLS mode, certificates and refused connections, then TLS mode.
 */
export const TLS_MODE_SIGNATURES: Signature[] = [
  {
    id: 'python-disconnected-on-ssl-port',
    wording: 'tls-mode-implicit',
    stacks: ['python', 'django'],
    pattern: /Connection unexpectedly closed[\s\S]{0,2000}(?:\b465\b|SMTP_SSL)|(?:\b465\b|SMTP_SSL)[\s\S]{0,2000}Connection unexpectedly closed/,
    code: 'ECONNECTION',
    reason: 'tls-mode-suspected-implicit',
    step: 'greeting',
    source: "https://github.com/FeeiCN/GSIL/pull/29",
    examples: ["比如使用腾讯企业邮，端口 465 后，会报 ：\n\n> smtplib.SMTPServerDisconnected: Connection unexpectedly closed"],
  },
  {
    id: 'cert-expired-wording',
    wording: 'cert-expired',
    pattern: /certificate (?:has )?expired|SEC_E_CERT_EXPIRED|CertificateExpired|expired certificate|CERT_HAS_EXPIRED|certificate is expired|DST Root CA X3/i,
    code: 'CERT_HAS_EXPIRED',
    step: 'tls',
    source: "https://github.com/emersion/go-smtp/issues/63",
    examples: ["2019/09/14 00:52:08 x509: certificate has expired or is not yet valid"],
  },
  {
    id: 'cert-hostname-wording',
    wording: 'cert-hostname',
    pattern: /hostname mismatch|legacy Common Name field|name in the certificate does not match|certificate is valid for|does not match (?:the )?(?:server )?certificate|doesn't match certificate|No subject alternative (?:DNS )?name|altnames|not valid for|NotValidForName/i,
    code: 'ERR_TLS_CERT_ALTNAME_INVALID',
    step: 'tls',
    source: "https://github.com/cole/aiosmtplib/issues/187",
    examples: ["[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Hostname mismatch, certificate is not valid for"],
  },
  {
    id: 'cert-untrusted-wording',
    wording: 'cert-untrusted',
    pattern: /signed by unknown authority|unable to get local issuer|self[- ]signed certificate|certificate is not trusted|The certificate is NOT trusted|unknown ca|PKIX path(?! validation failed: java\.security\.cert\.CertPathValidatorException: validity check failed)|unable to verify the first certificate|UnknownIssuer|certificate verify failed/i,
    code: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    step: 'tls',
    source: "https://github.com/sabuhish/fastapi-mail/issues/91",
    examples: ["fastapi_mail.errors.ConnectionErrors: Exception raised [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1129), check your credentials or email service configuration"],
  },
  {
    id: 'refused-wording',
    wording: 'connect-refused',
    pattern: /actively refused|active rejection|Connection refused|ECONNREFUSED/i,
    code: 'ECONNREFUSED',
    step: 'tcp',
    source: "https://github.com/qoda/python-mailer/issues/6",
    examples: ["  File \"c:\\python36\\Lib\\smtplib.py\", line 306, in _get_socket\n    self.source_address)\n  File \"c:\\python36\\Lib\\socket.py\", line 722, in create_connection\n    raise err\n  File \"c:\\python36\\Lib\\socket.py\", line 713, in create_connection\n    sock.connect(sa)\nConnectionRefusedError: [WinError 10061] No connection could be made because the target machine actively refused it"],
  },
  {
    id: 'go-read-timeout',
    // Go's net.OpError for a read past the deadline on an open connection: most often the
    // greeting that never comes (a STARTTLS client on an implicit-TLS port), as with Ruby below.
    stacks: ['go'],
    pattern: /\bread tcp \S+->\S+: i\/o timeout/,
    code: 'ETIMEDOUT',
    reason: 'tls-mode-suspected-implicit',
    step: 'greeting',
    source:
      'Go net.OpError "read tcp <local>-><remote>: i/o timeout" (https://pkg.go.dev/net#OpError); net/smtp has no ' +
      'timeout of its own, a connection deadline gives this; seen in test/stacks/matrix.json',
    examples: ['read tcp 127.0.0.1:52814->127.0.0.1:10465: i/o timeout'],
  },
  {
    id: 'ruby-read-timeout',
    wording: 'tls-mode-implicit',
    stacks: ['ruby', 'rails'],
    pattern: /Net::ReadTimeout/,
    code: 'ETIMEDOUT',
    reason: 'tls-mode-suspected-implicit',
    step: 'greeting',
    source: "https://github.com/mastodon/mastodon/issues/23180",
    examples: ["The commands timeout and produces: \"Net::ReadTimeout: \"Net::ReadTimeout with #<TCPSocket:(closed)>\" in script output and syslog"],
  },
  // ---------------------------------------------------------------- TLS mode
  {
    id: 'greeting-never-received',
    wording: 'tls-mode-implicit',
    pattern: /Greeting never received|Timed out while waiting for greeting \(try ssl\)/i,
    code: 'ETIMEDOUT',
    reason: 'tls-mode-suspected-implicit',
    step: 'greeting',
    source: `${NM}; https://github.com/nodemailer/nodemailer/issues/441 (maintainer: the server expects TLS, use secure: true on 465)`,
    examples: [
      // Dart mailer lib/src/smtp/connection.dart: no greeting on a connection without TLS
      'SmtpNoGreetingException: Timed out while waiting for greeting (try ssl).',
      "Error: Greeting never received\n    at SMTPConnection._formatError " +
      "(/app/node_modules/nodemailer/lib/smtp-connection/index.js:790:19) { code: 'ETIMEDOUT', command: 'CONN' }",
      "{ [Error: Greeting never received] code: 'ETIMEDOUT', errno: 'ETIMEDOUT' }",
    ],
  },
  {
    id: 'wrong-version-number',
    wording: 'tls-mode-plain',
    pattern:
      /wrong[ _]version[ _]number|WRONG_VERSION_NUMBER|Unrecognized SSL message,? plaintext connection\?|first record does not look like a TLS handshake|packet length too long|http request|SSL23_GET_SERVER_HELLO:unknown protocol|server hello.{0,12}unknown protocol|port 587 is typically reserved for plain-text connections|unexpected packet format|Error_Packet_Parsing "Failed reading: invalid header type: \d+|Unsupported or unrecognized SSL message|CorruptMessage|received corrupt message|InvalidContentType|unsupported_record_type|UNDEFINED ALERT|Unexpected Message.{0,40}hello|record overflow|An unexpected TLS packet was received|Cannot determine the frame size or a corrupted frame was received/i,
    code: 'ERR_SSL_WRONG_VERSION_NUMBER',
    reason: 'tls-mode-suspected-plain',
    step: 'tls',
    source:
      'OpenSSL (Node, Python, Ruby, PHP), JSSE ("Unrecognized SSL message"), Go crypto/tls, MailKit; ' +
      'https://github.com/nodemailer/nodemailer/issues/1461, https://github.com/sleede/fab-manager/issues/410, ' +
      'https://github.com/alfio-event/alf.io/issues/536, https://github.com/datalust/seq-app-htmlemail/issues/85, ' +
      'https://github.com/jhickner/smtp-mail/issues/35 (Haskell tls: header type 50 is the "2" of a plaintext "220" ' +
      'greeting)',
    examples: [
      // GnuTLS (msmtp src/tls.c) and .NET SslStream: TLS spoken to a plaintext port
      'msmtp: TLS handshake failed: An unexpected TLS packet was received.',
      'Error: 140736:error:1408F10B:SSL routines:ssl3_get_record:wrong version ' +
      'number:../deps/openssl/openssl/ssl/record/ssl3_record.c:332:',
      "[Error: 140632260122560:error:1408F10B:SSL routines:ssl3_get_record:wrong version " +
      "number:../deps/openssl/openssl/ssl/record/ssl3_record.c:332:\n] {\n  library: 'SSL routines',\n  function: " +
      "'ssl3_get_record',\n  reason: 'wrong version number',\n  code: 'ESOCKET',\n  command: 'CONN'\n}",
      'ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1056)',
      'OpenSSL::SSL::SSLError: SSL_connect returned=1 errno=0 state=error: wrong version number',
      'javax.net.ssl.SSLException: Unrecognized SSL message, plaintext connection?. Failed messages: ' +
      'javax.mail.MessagingException: Could not connect to SMTP host: host, port: 587;',
      'tls: first record does not look like a TLS handshake',
      "{ Error: 4412364224:error:140770FC:SSL routines:SSL23_GET_SERVER_HELLO:unknown " +
      "protocol:../deps/openssl/openssl/ssl/s23_clnt.c:827:\n code: 'ESOCKET', command: 'CONN' }",
      'MailKit.Security.SslHandshakeException: An error occurred while attempting to establish an SSL or TLS ' +
      'connection.\n\nWhen connecting to an SMTP service, port 587 is typically reserved for plain-text ' +
      'connections. If you intended to connect to SMTP on the SSL port, try connecting to port 465 instead.',
      '`*** Exception: HandshakeFailed (Error_Packet_Parsing "Failed reading: invalid header type: ' +
      '50\\nFrom:\\theader\\n\\n")`',
    ],
  },
  {
    id: 'python-disconnected-at-connect',
    wording: 'tls-mode-implicit',
    // "Connection unexpectedly closed" is smtplib's own wording: it names the stack by itself.
    pattern: /in connect\b[\s\S]{0,300}?in getreply[\s\S]{0,300}?Connection unexpectedly closed|Connection unexpectedly closed: timed out/,
    code: 'ECONNECTION',
    reason: 'tls-mode-suspected-implicit',
    step: 'greeting',
    source:
      'CPython Lib/smtplib.py (getreply raises SMTPServerDisconnected while connect() waits for the 220 greeting); ' +
      'https://github.com/ccrisan/motionpie/issues/242 (smtplib.SMTP on port 465), ' +
      'https://github.com/FeeiCN/GSIL/pull/29 (465 needs SMTP_SSL)',
    examples: [
      '2015-07-17 13:51:36: ERROR: failed to send mar: Connection unexpectedly closed: timed out\nTraceback (most ' +
      'recent call last):\n  File "/programs/motioneye/sendmail.py", line 57, in send_mail\n    conn = ' +
      'smtplib.SMTP(server, port, timeout=getattr(settings, \'SMTP_TIMEOUT\', 60))\n  File ' +
      '"/usr/lib/python2.7/smtplib.py", line 256, in __init__\n  File "/usr/lib/python2.7/smtplib.py", line 317, in ' +
      'connect\n  File "/usr/lib/python2.7/smtplib.py", line 365, in getreply\nSMTPServerDisconnected: Connection ' +
      'unexpectedly closed: timed out',
      'Traceback (most recent call last):\n  File "/home/sylvestre/dev/mozilla/relman-auto-nag/auto_nag/mail.py", ' +
      'line 61, in sendMail\n    mailserver = smtplib.SMTP(SMTP, PORT)\n  File "/usr/lib/python2.7/smtplib.py", ' +
      'line 256, in __init__\n    (code, msg) = self.connect(host, port)\n  File "/usr/lib/python2.7/smtplib.py", ' +
      'line 318, in connect\n    (code, msg) = self.getreply()\n  File "/usr/lib/python2.7/smtplib.py", line 369, ' +
      'in getreply\n    raise SMTPServerDisconnected("Connection unexpectedly ' +
      'closed")\nsmtplib.SMTPServerDisconnected: Connection unexpectedly closed',
    ],
  },
  {
    id: 'ruby-eof-at-greeting',
    wording: 'tls-mode-implicit',
    stacks: ['ruby', 'rails'],
    pattern: /EOFError[\s\S]{0,1500}?in `?(?:block in )?do_start|do_start[\s\S]{0,1500}?EOFError|(?:^|[\s("'])EOFError(?::|\s+\()\s*end of file reached(?![\s\S]{0,2000}?in `?(?:quit|finish|data|rcptto|mailfrom|auth_\w+))/,
    code: 'ECONNECTION',
    reason: 'tls-mode-suspected-implicit',
    step: 'greeting',
    source:
      'Ruby net/smtp do_start reads the 220 greeting ' +
      '(https://github.com/ruby/net-smtp/blob/master/lib/net/smtp.rb); ' +
      'https://github.com/mastodon/mastodon/issues/14290 (port 465 fixed with ssl: true), ' +
      'https://github.com/huginn/huginn/issues/2782',
    examples: [
      'EOFError: end of file reached\n  File "/app/vendor/ruby-2.5.5/lib/ruby/2.5.0/net/protocol.rb", line 189, in ' +
      'rbuf_fill\n  File "/app/vendor/ruby-2.5.5/lib/ruby/2.5.0/net/protocol.rb", line 157, in readuntil\n  File ' +
      '"/app/vendor/ruby-2.5.5/lib/ruby/2.5.0/net/protocol.rb", line 167, in readline\n  File ' +
      '"/app/vendor/ruby-2.5.5/lib/ruby/2.5.0/net/smtp.rb", line 950, in recv_response\n  File ' +
      '"/app/vendor/ruby-2.5.5/lib/ruby/2.5.0/net/smtp.rb", line 553, in block in do_start\n  File ' +
      '"/app/vendor/ruby-2.5.5/lib/ruby/2.5.0/net/smtp.rb", line 960, in critical\n  File ' +
      '"/app/vendor/ruby-2.5.5/lib/ruby/2.5.0/net/smtp.rb", line 553, in do_start',
      'F, [2018-06-20T21:35:20.518125 #5728] FATAL -- : end of file reached ' +
      '(EOFError)\n/home/deploy/.rbenv/versions/2.2.1/lib/ruby/2.2.0/net/protocol.rb:153:in ' +
      '`read_nonblock\'\n/home/deploy/.rbenv/versions/2.2.1/lib/ruby/2.2.0/net/smtp.rb:945:in ' +
      '`recv_response\'\n/home/deploy/.rbenv/versions/2.2.1/lib/ruby/2.2.0/net/smtp.rb:555:in `block in ' +
      'do_start\'\n/home/deploy/.rbenv/versions/2.2.1/lib/ruby/2.2.0/net/smtp.rb:520:in `start\'',
      '### Actual behaviour\n\n"EOFError: end of file reached"\n\n### Steps to reproduce the problem\n\nUse SMTPs ' +
      'Protocol  (port 465)',
    ],
  },
  {
    id: 'ruby-read-timeout-at-greeting',
    wording: 'tls-mode-implicit',
    stacks: ['ruby', 'rails'],
    pattern: /Net::ReadTimeout[\s\S]{0,1500}?in `?(?:block in )?do_start/,
    code: 'ETIMEDOUT',
    reason: 'tls-mode-suspected-implicit',
    step: 'greeting',
    source:
      'https://github.com/mikel/mail/issues/639 (port 465 without ssl: Net::ReadTimeout while do_start waits for ' +
      'the greeting)',
    examples: [
      "NOTIFICATION ERROR: Net::ReadTimeout\n/usr/local/lib/ruby/2.0.0/net/protocol.rb:158:in `rescue in " +
      "rbuf_fill'\n/usr/local/lib/ruby/2.0.0/net/protocol.rb:152:in " +
      "`rbuf_fill'\n/usr/local/lib/ruby/2.0.0/net/protocol.rb:134:in " +
      "`readuntil'\n/usr/local/lib/ruby/2.0.0/net/protocol.rb:144:in " +
      "`readline'\n/usr/local/lib/ruby/2.0.0/net/smtp.rb:931:in " +
      "`recv_response'\n/usr/local/lib/ruby/2.0.0/net/smtp.rb:554:in `block in do_start'",
    ],
  },
  {
    id: 'dotnet-timeout',
    wording: 'tls-mode-implicit',
    stacks: ['dotnet'],
    pattern: /SmtpException: The operation has timed out|Message:The operation has timed out\.[\s\S]{0,200}?System\.Net\.Mail\.SmtpClient\.Send/,
    code: 'ETIMEDOUT',
    reason: 'tls-mode-suspected-implicit',
    step: 'greeting',
    source:
      'System.Net.Mail.SmtpClient supports STARTTLS only, not implicit TLS on 465 ' +
      '(https://learn.microsoft.com/dotnet/api/system.net.mail.smtpclient.enablessl); ' +
      'https://github.com/dnnsoftware/Dnn.Platform/issues/3768, https://github.com/NuGet/NuGetGallery/issues/3734',
    examples: [
      'Message:The operation has timed out.\nStackTrace:\n   at System.Net.Mail.SmtpClient.Send(MailMessage ' +
      'message)\n   at DotNetNuke.Services.Mail.Mail.SendMailInternal(MailMessage mailMessage, String subject, ' +
      'String body)',
      '2020-03-04 14:42:59.942 -07:00 [ERR] Problem sending e-mail\nSystem.Net.Mail.SmtpException: The operation ' +
      'has timed out.\n   at System.Net.Mail.SmtpClient.Send(MailMessage message)\n   at ' +
      'PKISharp.WACS.Clients.EmailClient.Send(String subject, String content, MailPriority priority)',
    ],
  },
  {
    id: 'javamail-no-greeting',
    wording: 'tls-mode-implicit',
    pattern: /Could not connect to SMTP host: [^\n]*?response: -1|Got bad greeting from SMTP host: [^\n]*?response: \[EOF\]/,
    code: 'ECONNECTION',
    reason: 'tls-mode-suspected-implicit',
    step: 'greeting',
    source:
      'JavaMail SMTPTransport.openServer ("response: -1": connection closed before a greeting); ' +
      'https://github.com/mikeberger/borg_calendar/issues/143, ' +
      'https://github.com/support-project/knowledge/issues/598 (465 without mail.smtp.ssl.enable), ' +
      'https://github.com/eclipse-ee4j/angus-mail/issues/134 ("response: [EOF]" on 465)',
    examples: [
      'javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.com, port: 465, response: -1',
      'Mail Send Error [class javax.mail.MessagingException] - Could not connect to SMTP host: smtp.gmail.com, ' +
      'port: 465, response: -1',
      '[07-09-2023 18:46:26][AP-Web][WARN] Details: Got bad greeting from SMTP host: localhost, port: 465, ' +
      'response: [EOF]\n[07-09-2023 18:46:26][AP-Web][WARN] Type: jakarta.mail.MessagingException',
    ],
  },
  {
    id: 'go-eof-at-dial',
    wording: 'tls-mode-implicit',
    pattern: /(?:dial(?:ing)?(?: smtp server)?|smtp dial|senderRelay\.send|worker\.go:\d+):\s*EOF\b/i,
    code: 'ECONNECTION',
    reason: 'tls-mode-suspected-implicit',
    step: 'greeting',
    source:
      'Go net/smtp waits for a plaintext greeting; on an implicit-TLS port it reads EOF ' +
      '(https://github.com/jpoehls/gophermail/issues/8); https://github.com/gophish/gophish/issues/253, ' +
      'https://github.com/pivotal-cf/email-resource/issues/31, https://github.com/arp242/goatcounter/issues/432',
    examples: [
      'Error during execute - Error Dialing smtp server: EOF',
      'export: ERROR: senderRelay.send: EOF {id=12}',
      '2016/05/19 21:30:03 worker.go:227: Sending Email to ***.***@***.fr\n2016/05/19 21:35:03 worker.go:230: EOF',
    ],
  },
];
