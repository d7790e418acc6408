import type { Signature, StackDetector } from './types.js';

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
      /nodemailer|smtp-connection|\bcode: '(EAUTH|ESOCKET|ECONNECTION|ETIMEDOUT|EENVELOPE|EMESSAGE|ETLS|EDNS|EPROTOCOL)'|\bcommand: '(?:CONN|API)'|Greeting never received|Invalid login: \d{3}|Missing credentials for "|Unexpected socket close|Can't send mail - all recipients were rejected/i,
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
      /smtplib|aiosmtplib|(?<!Net::)SMTP(?:Authentication|ServerDisconnected|NotSupported|Recipients|Sender|Data|Connect|Response)(?:Error|Refused)|ssl\.SSL(?:Error|CertVerificationError)|\[SSL: [A-Z_]+\]|Traceback \(most recent call last\)|socket\.gaierror|ConnectionRefusedError|ConnectionResetError|TimeoutError: \[(?:Win)?Errno|File "[^"\n]+\.py", line \d+/,
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
    pattern: /Net::(?:SMTP\w*|ReadTimeout|OpenTimeout)|OpenSSL::SSL::SSLError|SSL_connect returned=\d|Errno::E[A-Z]+|EOFError|end of file reached|\.rb:\d+:in /,
    specificity: 2,
  },
  {
    id: 'phpmailer',
    name: 'PHPMailer',
    pattern: /PHPMailer|phpmailer|SMTP connect\(\) failed|SMTP Error: (?:Could not authenticate|data not accepted|The following recipients failed|Could not connect to SMTP host)|SMTP ERROR: |Could not instantiate mail function/,
    specificity: 3,
  },
  {
    id: 'symfony',
    name: 'Symfony Mailer / SwiftMailer',
    pattern: /Symfony\\+Component\\+Mailer|symfony\/mailer|Swift_\w*Exception|swiftmailer|Expected response code "?\d{3}(?:\/\d{3})*"? but got|Failed to authenticate on SMTP server with username|Connection could not be established with host/,
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
    pattern: /net\/smtp|gomail|go-mail|smtp\.PlainAuth|plainAuth failed|\bdial tcp\b|tls: first record does not look like a TLS handshake|x509: |unencrypted connection|\.go:\d+/,
    specificity: 2,
  },
];

/**
 * A reply the text already carries ("535 5.7.8 ...", "(535, b'...')", 'got code "550"',
 * "responseCode: 535", ".NET: The server response was: ..."). Library wordings that only say
 * "login failed" or "end of file" mean something only when the server's own reply is absent:
 * when it is there, the reply decides (extract.ts + the rules).
 */
const REPLY_IN_TEXT = String.raw`(?:^|[\s:'"(\[=>,])[2-5]\d\d[ -](?:[245]\.\d{1,3}\.\d|[A-Z][a-z])|\(\d{3},\s*b?['"]|got (?:an? )?code|responseCode|server response was:\s*\S|\b[2-5]\d\d:\s+[245]\.\d`;

/** `re`, but only when the text has no server reply of its own. `re` must not use the i flag. */
function withoutReply(re: RegExp): RegExp {
  return new RegExp(`^(?![\\s\\S]*(?:${REPLY_IN_TEXT}))[\\s\\S]*?(?:${re.source})`);
}

const NM = 'nodemailer lib/smtp-connection (https://github.com/nodemailer/nodemailer/blob/master/lib/smtp-connection/index.js)';

/**
 * Wordings that carry a meaning a rule can match on structurally. Reply codes are read
 * separately (extract.ts); these are for errors that have no reply code of their own, or that
 * tell which command or step a reply belongs to.
 */
export const SIGNATURES: Signature[] = [
  {
    id: 'python-disconnected-on-ssl-port',
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
    pattern: /certificate (?:has )?expired|SEC_E_CERT_EXPIRED|CertificateExpired|expired certificate|CERT_HAS_EXPIRED|certificate is expired|DST Root CA X3/i,
    code: 'CERT_HAS_EXPIRED',
    step: 'tls',
    source: "https://github.com/emersion/go-smtp/issues/63",
    examples: ["2019/09/14 00:52:08 x509: certificate has expired or is not yet valid"],
  },
  {
    id: 'cert-hostname-wording',
    pattern: /hostname mismatch|legacy Common Name field|name in the certificate does not match|certificate is valid for|does not match (?:the )?(?:server )?certificate|doesn't match certificate|No subject alternative (?:DNS )?name|altnames|not valid for|CertificateInvalid.*NotValidForName|NotValidForName/i,
    code: 'ERR_TLS_CERT_ALTNAME_INVALID',
    step: 'tls',
    source: "https://github.com/cole/aiosmtplib/issues/187",
    examples: ["[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Hostname mismatch, certificate is not valid for"],
  },
  {
    id: 'cert-untrusted-wording',
    pattern: /signed by unknown authority|unable to get local issuer|self[- ]signed certificate|certificate is not trusted|The certificate is NOT trusted|unknown ca|PKIX path|unable to verify the first certificate|UnknownIssuer|certificate verify failed/i,
    code: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    step: 'tls',
    source: "https://github.com/sabuhish/fastapi-mail/issues/91",
    examples: ["fastapi_mail.errors.ConnectionErrors: Exception raised [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1129), check your credentials or email service configuration"],
  },
  {
    id: 'refused-wording',
    pattern: /actively refused|active rejection|Connection refused|ECONNREFUSED/i,
    code: 'ECONNREFUSED',
    step: 'tcp',
    source: "https://github.com/qoda/python-mailer/issues/6",
    examples: ["  File \"c:\\python36\\Lib\\smtplib.py\", line 306, in _get_socket\n    self.source_address)\n  File \"c:\\python36\\Lib\\socket.py\", line 722, in create_connection\n    raise err\n  File \"c:\\python36\\Lib\\socket.py\", line 713, in create_connection\n    sock.connect(sa)\nConnectionRefusedError: [WinError 10061] No connection could be made because the target machine actively refused it"],
  },
  {
    id: 'ruby-read-timeout',
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
    pattern: /Greeting never received/i,
    code: 'ETIMEDOUT',
    reason: 'tls-mode-suspected-implicit',
    step: 'greeting',
    source: `${NM}; https://github.com/nodemailer/nodemailer/issues/441 (maintainer: the server expects TLS, use secure: true on 465)`,
    examples: [
      "Error: Greeting never received\n    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:790:19) { code: 'ETIMEDOUT', command: 'CONN' }",
      "{ [Error: Greeting never received] code: 'ETIMEDOUT', errno: 'ETIMEDOUT' }",
    ],
  },
  {
    id: 'wrong-version-number',
    pattern:
      /wrong[ _]version[ _]number|WRONG_VERSION_NUMBER|Unrecognized SSL message,? plaintext connection\?|first record does not look like a TLS handshake|packet length too long|http request|SSL23_GET_SERVER_HELLO:unknown protocol|server hello.{0,12}unknown protocol|port 587 is typically reserved for plain-text connections|unexpected packet format|Error_Packet_Parsing "Failed reading: invalid header type: \d+|Unsupported or unrecognized SSL message|CorruptMessage|received corrupt message|InvalidContentType|unsupported_record_type|UNDEFINED ALERT|Unexpected Message.{0,40}hello|record overflow/i,
    code: 'ERR_SSL_WRONG_VERSION_NUMBER',
    reason: 'tls-mode-suspected-plain',
    step: 'tls',
    source:
      'OpenSSL (Node, Python, Ruby, PHP), JSSE ("Unrecognized SSL message"), Go crypto/tls, MailKit; https://github.com/nodemailer/nodemailer/issues/1461, https://github.com/sleede/fab-manager/issues/410, https://github.com/alfio-event/alf.io/issues/536, https://github.com/datalust/seq-app-htmlemail/issues/85, https://github.com/jhickner/smtp-mail/issues/35 (Haskell tls: header type 50 is the "2" of a plaintext "220" greeting)',
    examples: [
      'Error: 140736:error:1408F10B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/openssl/ssl/record/ssl3_record.c:332:',
      "[Error: 140632260122560:error:1408F10B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/openssl/ssl/record/ssl3_record.c:332:\n] {\n  library: 'SSL routines',\n  function: 'ssl3_get_record',\n  reason: 'wrong version number',\n  code: 'ESOCKET',\n  command: 'CONN'\n}",
      'ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1056)',
      'OpenSSL::SSL::SSLError: SSL_connect returned=1 errno=0 state=error: wrong version number',
      'javax.net.ssl.SSLException: Unrecognized SSL message, plaintext connection?. Failed messages: javax.mail.MessagingException: Could not connect to SMTP host: host, port: 587;',
      'tls: first record does not look like a TLS handshake',
      "{ Error: 4412364224:error:140770FC:SSL routines:SSL23_GET_SERVER_HELLO:unknown protocol:../deps/openssl/openssl/ssl/s23_clnt.c:827:\n code: 'ESOCKET', command: 'CONN' }",
      'MailKit.Security.SslHandshakeException: An error occurred while attempting to establish an SSL or TLS connection.\n\nWhen connecting to an SMTP service, port 587 is typically reserved for plain-text connections. If you intended to connect to SMTP on the SSL port, try connecting to port 465 instead.',
      '`*** Exception: HandshakeFailed (Error_Packet_Parsing "Failed reading: invalid header type: 50\\nFrom:\\theader\\n\\n")`',
    ],
  },
  {
    id: 'python-disconnected-at-connect',
    // "Connection unexpectedly closed" is smtplib's own wording: it names the stack by itself.
    pattern: /in connect\b[\s\S]{0,300}?in getreply[\s\S]{0,300}?Connection unexpectedly closed|Connection unexpectedly closed: timed out/,
    code: 'ECONNECTION',
    reason: 'tls-mode-suspected-implicit',
    step: 'greeting',
    source:
      'CPython Lib/smtplib.py (getreply raises SMTPServerDisconnected while connect() waits for the 220 greeting); https://github.com/ccrisan/motionpie/issues/242 (smtplib.SMTP on port 465), https://github.com/FeeiCN/GSIL/pull/29 (465 needs SMTP_SSL)',
    examples: [
      '2015-07-17 13:51:36: ERROR: failed to send mar: Connection unexpectedly closed: timed out\nTraceback (most recent call last):\n  File "/programs/motioneye/sendmail.py", line 57, in send_mail\n    conn = smtplib.SMTP(server, port, timeout=getattr(settings, \'SMTP_TIMEOUT\', 60))\n  File "/usr/lib/python2.7/smtplib.py", line 256, in __init__\n  File "/usr/lib/python2.7/smtplib.py", line 317, in connect\n  File "/usr/lib/python2.7/smtplib.py", line 365, in getreply\nSMTPServerDisconnected: Connection unexpectedly closed: timed out',
      'Traceback (most recent call last):\n  File "/home/sylvestre/dev/mozilla/relman-auto-nag/auto_nag/mail.py", line 61, in sendMail\n    mailserver = smtplib.SMTP(SMTP, PORT)\n  File "/usr/lib/python2.7/smtplib.py", line 256, in __init__\n    (code, msg) = self.connect(host, port)\n  File "/usr/lib/python2.7/smtplib.py", line 318, in connect\n    (code, msg) = self.getreply()\n  File "/usr/lib/python2.7/smtplib.py", line 369, in getreply\n    raise SMTPServerDisconnected("Connection unexpectedly closed")\nsmtplib.SMTPServerDisconnected: Connection unexpectedly closed',
    ],
  },
  {
    id: 'ruby-eof-at-greeting',
    stacks: ['ruby', 'rails'],
    pattern: /EOFError[\s\S]{0,1500}?in `?(?:block in )?do_start|do_start[\s\S]{0,1500}?EOFError|(?:^|[\s("'])EOFError(?::|\s+\()\s*end of file reached(?![\s\S]{0,2000}?in `?(?:quit|finish|data|rcptto|mailfrom|auth_\w+))/,
    code: 'ECONNECTION',
    reason: 'tls-mode-suspected-implicit',
    step: 'greeting',
    source:
      'Ruby net/smtp do_start reads the 220 greeting (https://github.com/ruby/net-smtp/blob/master/lib/net/smtp.rb); https://github.com/mastodon/mastodon/issues/14290 (port 465 fixed with ssl: true), https://github.com/huginn/huginn/issues/2782',
    examples: [
      'EOFError: end of file reached\n  File "/app/vendor/ruby-2.5.5/lib/ruby/2.5.0/net/protocol.rb", line 189, in rbuf_fill\n  File "/app/vendor/ruby-2.5.5/lib/ruby/2.5.0/net/protocol.rb", line 157, in readuntil\n  File "/app/vendor/ruby-2.5.5/lib/ruby/2.5.0/net/protocol.rb", line 167, in readline\n  File "/app/vendor/ruby-2.5.5/lib/ruby/2.5.0/net/smtp.rb", line 950, in recv_response\n  File "/app/vendor/ruby-2.5.5/lib/ruby/2.5.0/net/smtp.rb", line 553, in block in do_start\n  File "/app/vendor/ruby-2.5.5/lib/ruby/2.5.0/net/smtp.rb", line 960, in critical\n  File "/app/vendor/ruby-2.5.5/lib/ruby/2.5.0/net/smtp.rb", line 553, in do_start',
      'F, [2018-06-20T21:35:20.518125 #5728] FATAL -- : end of file reached (EOFError)\n/home/deploy/.rbenv/versions/2.2.1/lib/ruby/2.2.0/net/protocol.rb:153:in `read_nonblock\'\n/home/deploy/.rbenv/versions/2.2.1/lib/ruby/2.2.0/net/smtp.rb:945:in `recv_response\'\n/home/deploy/.rbenv/versions/2.2.1/lib/ruby/2.2.0/net/smtp.rb:555:in `block in do_start\'\n/home/deploy/.rbenv/versions/2.2.1/lib/ruby/2.2.0/net/smtp.rb:520:in `start\'',
      '### Actual behaviour\n\n"EOFError: end of file reached"\n\n### Steps to reproduce the problem\n\nUse SMTPs Protocol  (port 465)',
    ],
  },
  {
    id: 'ruby-read-timeout-at-greeting',
    stacks: ['ruby', 'rails'],
    pattern: /Net::ReadTimeout[\s\S]{0,1500}?in `?(?:block in )?do_start/,
    code: 'ETIMEDOUT',
    reason: 'tls-mode-suspected-implicit',
    step: 'greeting',
    source: 'https://github.com/mikel/mail/issues/639 (port 465 without ssl: Net::ReadTimeout while do_start waits for the greeting)',
    examples: [
      "NOTIFICATION ERROR: Net::ReadTimeout\n/usr/local/lib/ruby/2.0.0/net/protocol.rb:158:in `rescue in rbuf_fill'\n/usr/local/lib/ruby/2.0.0/net/protocol.rb:152:in `rbuf_fill'\n/usr/local/lib/ruby/2.0.0/net/protocol.rb:134:in `readuntil'\n/usr/local/lib/ruby/2.0.0/net/protocol.rb:144:in `readline'\n/usr/local/lib/ruby/2.0.0/net/smtp.rb:931:in `recv_response'\n/usr/local/lib/ruby/2.0.0/net/smtp.rb:554:in `block in do_start'",
    ],
  },
  {
    id: 'dotnet-timeout',
    stacks: ['dotnet'],
    pattern: /SmtpException: The operation has timed out|Message:The operation has timed out\.[\s\S]{0,200}?System\.Net\.Mail\.SmtpClient\.Send/,
    code: 'ETIMEDOUT',
    reason: 'tls-mode-suspected-implicit',
    step: 'greeting',
    source:
      'System.Net.Mail.SmtpClient supports STARTTLS only, not implicit TLS on 465 (https://learn.microsoft.com/dotnet/api/system.net.mail.smtpclient.enablessl); https://github.com/dnnsoftware/Dnn.Platform/issues/3768, https://github.com/NuGet/NuGetGallery/issues/3734',
    examples: [
      'Message:The operation has timed out.\nStackTrace:\n   at System.Net.Mail.SmtpClient.Send(MailMessage message)\n   at DotNetNuke.Services.Mail.Mail.SendMailInternal(MailMessage mailMessage, String subject, String body)',
      '2020-03-04 14:42:59.942 -07:00 [ERR] Problem sending e-mail\nSystem.Net.Mail.SmtpException: The operation has timed out.\n   at System.Net.Mail.SmtpClient.Send(MailMessage message)\n   at PKISharp.WACS.Clients.EmailClient.Send(String subject, String content, MailPriority priority)',
    ],
  },
  {
    id: 'javamail-no-greeting',
    pattern: /Could not connect to SMTP host: [^\n]*?response: -1|Got bad greeting from SMTP host: [^\n]*?response: \[EOF\]/,
    code: 'ECONNECTION',
    reason: 'tls-mode-suspected-implicit',
    step: 'greeting',
    source:
      'JavaMail SMTPTransport.openServer ("response: -1": connection closed before a greeting); https://github.com/mikeberger/borg_calendar/issues/143, https://github.com/support-project/knowledge/issues/598 (465 without mail.smtp.ssl.enable), https://github.com/eclipse-ee4j/angus-mail/issues/134 ("response: [EOF]" on 465)',
    examples: [
      'javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.com, port: 465, response: -1',
      'Mail Send Error [class javax.mail.MessagingException] - Could not connect to SMTP host: smtp.gmail.com, port: 465, response: -1',
      '[07-09-2023 18:46:26][AP-Web][WARN] Details: Got bad greeting from SMTP host: localhost, port: 465, response: [EOF]\n[07-09-2023 18:46:26][AP-Web][WARN] Type: jakarta.mail.MessagingException',
    ],
  },
  {
    id: 'go-eof-at-dial',
    pattern: /(?:dial(?:ing)?(?: smtp server)?|smtp dial|senderRelay\.send|worker\.go:\d+):\s*EOF\b/i,
    code: 'ECONNECTION',
    reason: 'tls-mode-suspected-implicit',
    step: 'greeting',
    source:
      'Go net/smtp waits for a plaintext greeting; on an implicit-TLS port it reads EOF (https://github.com/jpoehls/gophermail/issues/8); https://github.com/gophish/gophish/issues/253, https://github.com/pivotal-cf/email-resource/issues/31, https://github.com/arp242/goatcounter/issues/432',
    examples: [
      'Error during execute - Error Dialing smtp server: EOF',
      'export: ERROR: senderRelay.send: EOF {id=12}',
      '2016/05/19 21:30:03 worker.go:227: Sending Email to ***.***@***.fr\n2016/05/19 21:35:03 worker.go:230: EOF',
    ],
  },
  // ---------------------------------------------------------------- STARTTLS / plaintext AUTH
  {
    id: 'python-auth-not-offered',
    pattern: /SMTP AUTH extension not supported by server|SMTPException: No suitable authentication method found/,
    reason: 'auth-after-starttls-only',
    step: 'auth',
    source:
      'CPython Lib/smtplib.py login(); https://github.com/pst-group/pysystemtrade/issues/202 and https://github.com/rr-/szurubooru/issues/365 (fixed by starttls() before login()), https://github.com/cole/aiosmtplib/issues/122, https://github.com/mmarodin/icinga2-plugins/issues/11 ("No suitable authentication method found": the usable mechanisms appear only after starttls())',
    examples: [
      '  File "/Users/batman/opt/anaconda3/envs/pysystemtrade/lib/python3.8/smtplib.py", line 700, in login\n    raise SMTPNotSupportedError(\nsmtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server',
      "'    raise SMTPException(\"SMTP AUTH extension not supported by server.\")\\n'\n'aiosmtplib.errors.SMTPException: SMTP AUTH extension not supported by server.\\n'",
      '`smtplib.SMTPException: No suitable authentication method found`',
    ],
  },
  {
    id: 'starttls-not-offered',
    pattern: /STARTTLS extension not supported by server|STARTTLS is required but host does not support STARTTLS|Server does not support secure connections/,
    reason: 'starttls-not-offered-by-server',
    step: 'tls',
    source:
      'CPython smtplib starttls(), JavaMail mail.smtp.starttls.required, .NET SmtpClient EnableSsl; https://github.com/google/grr/issues/1053, https://github.com/jakartaee/mail-api/issues/392, https://github.com/harlam357/hfm-net/issues/152, https://github.com/saucepleez/taskt/issues/230 (EnableSsl hard-coded against a plaintext-only server)',
    examples: [
      '  File "/usr/lib/python3.10/smtplib.py", line 771, in starttls\n    raise SMTPNotSupportedError(\nsmtplib.SMTPNotSupportedError: STARTTLS extension not supported by server.',
      'javax.mail.MessagingException: STARTTLS is required but host does not support STARTTLS\n        at com.sun.mail.smtp.SMTPTransport.protocolConnect(SMTPTransport.java:734)',
      '[04/01/2010-20:17:40] ! HFM.Helpers.NetworkOps.SendEmail Threw Exception:\nServer does not support secure connections.',
      '2020-08-06 09:51:51.101 -05:00 [INF] Error: System.Net.Mail.SmtpException: Server does not support secure connections.\n   at taskt.Core.Automation.Engine.AutomationEngineInstance.ExecuteCommand(ScriptAction command)',
    ],
  },
  {
    id: 'go-unencrypted-auth',
    pattern: /unencrypted connect(?:ion|ed)\b/,
    reason: 'client-refused-plaintext-auth',
    step: 'auth',
    source:
      'Go net/smtp PlainAuth only sends credentials over TLS or to localhost (https://pkg.go.dev/net/smtp#PlainAuth); https://github.com/prometheus/alertmanager/issues/1358, https://github.com/go-mail/mail/issues/52, https://github.com/ccfos/nightingale/issues/2100',
    examples: [
      'level=error ts=2018-05-03T03:18:35.632974975Z caller=dispatch.go:266 component=dispatcher msg="Notify for alerts failed" num_alerts=2 err="*smtp.plainAuth failed: unencrypted connection"',
      '{"level":"warn","component":"pulse-config","error":"SMTP auth failed: unencrypted connection","attempt":0,"provider":"","time":"2026-02-04T12:11:00Z","message":"Email send attempt failed"}',
      'email_send:failed to send: unencrypted connected',
    ],
  },
  {
    id: 'nodemailer-starttls-failed',
    pattern: /Error upgrading connection with STARTTLS/,
    reason: 'starttls-rejected',
    step: 'tls',
    command: 'STARTTLS',
    source: `${NM} (_actionSTARTTLS: 'Error upgrading connection with STARTTLS', code ETLS)`,
    examples: ["Error: Error upgrading connection with STARTTLS: 454 4.7.0 TLS not available due to local problem\n  code: 'ETLS',\n  response: '454 4.7.0 TLS not available due to local problem',\n  responseCode: 454,\n  command: 'STARTTLS'"],
  },
  // ---------------------------------------------------------------- certificates
  {
    id: 'cert-self-signed-in-chain',
    pattern: /self[- ]signed certificate in certificate chain|SELF_SIGNED_CERT_IN_CHAIN/i,
    code: 'SELF_SIGNED_CERT_IN_CHAIN',
    step: 'tls',
    source: 'OpenSSL X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN as worded by Node, Python and Ruby; https://github.com/nodemailer/nodemailer/issues/1040, https://github.com/chatwoot/chatwoot/issues/2207',
    examples: [
      "{ Error: self signed certificate in certificate chain\n    at TLSSocket.onConnectSecure (_tls_wrap.js:1055:34)\n    at TLSSocket.emit (events.js:198:13)\n    at TLSSocket._finishInit (_tls_wrap.js:633:8) code: 'ESOCKET', command: 'CONN' }",
      'Error: self-signed certificate in certificate chain at TLSSocket.onConnectSecure (node:_tls_wrap:1674:34) at TLSSocket.emit (node:events:518:28) { code: \'ESOCKET\', command: \'CONN\' }',
      '| OpenSSL::SSL::SSLError: SSL_connect returned=1 errno=0 state=error: certificate verify failed (self signed certificate in certificate chain)',
    ],
  },
  {
    id: 'cert-self-signed',
    pattern: /self[- ]signed certificate(?! in certificate chain)(?! which cannot be verified)|DEPTH_ZERO_SELF_SIGNED_CERT/i,
    code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
    step: 'tls',
    source: 'OpenSSL X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT as worded by Node, Python and Ruby; https://github.com/nodemailer/nodemailer/issues/406, https://github.com/intuitem/ciso-assistant-community/issues/1415, https://github.com/pglombardo/PasswordPusher/issues/385',
    examples: [
      "'{ [Error: self signed certificate] code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }'",
      "error=SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate (_ssl.c:1000)') ip=127.0.0.1",
      'OpenSSL::SSL::SSLError (SSL_connect returned=1 errno=0 state=error: certificate verify failed (self signed certificate)):',
    ],
  },
  {
    id: 'cert-unknown-issuer',
    pattern: /unable to get local issuer certificate|UNABLE_TO_GET_ISSUER_CERT_LOCALLY|PKIX path building failed|unable to find valid certification path to requested target|x509: certificate signed by unknown authority/i,
    code: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    step: 'tls',
    source:
      'OpenSSL X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY, JSSE PKIX, Go x509.UnknownAuthorityError; https://github.com/nodemailer/nodemailer/issues/705, https://github.com/kiwitcms/Kiwi/issues/3464, https://github.com/OpenPPM/OpenPPM/issues/5, https://github.com/amborle/featmap/issues/66',
    examples: [
      "[Error: unable to get local issuer certificate] code: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY'",
      'ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1129)',
      "/usr/local/lib/ruby/3.0.0/net/protocol.rb:46:in `connect_nonblock': SSL_connect returned=1 errno=0 state=error: certificate verify failed (unable to get local issuer certificate) (OpenSSL::SSL::SSLError)",
      'javax.mail.MessagingException: Could not convert socket to TLS;\n  nested exception is:\n\tjavax.net.ssl.SSLHandshakeException: sun.security.validator.ValidatorException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target\n\tat com.sun.mail.smtp.SMTPTransport.startTLS(SMTPTransport.java:1907)',
      '2022/06/28 18:28:04 smtp error: x509: certificate signed by unknown authority',
    ],
  },
  {
    id: 'cert-leaf-unverified',
    pattern: /unable to verify the first certificate|UNABLE_TO_VERIFY_LEAF_SIGNATURE/i,
    code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    step: 'tls',
    source: 'OpenSSL X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE (incomplete chain); https://github.com/dawidd6/action-send-mail/issues/20, https://github.com/authelia/authelia/issues/179',
    examples: [
      'Run dawidd6/action-send-mail@v2.2.1\nError: unable to verify the first certificate',
      " Error: unable to verify the first certificate at: Error: unable to verify the first certificate\n    at Error (native)\n    at TLSSocket.<anonymous> (_tls_wrap.js:1092:38)",
    ],
  },
  {
    id: 'cert-verify-failed',
    pattern:
      /certificate verify failed(?![:\s(]*(?:self[- ]signed|certificate has expired|unable to get local issuer|unable to verify the first|Hostname mismatch|IP address mismatch|certificate is not yet valid))|The remote certificate is invalid according to the validation procedure(?![.:]?\s*RemoteCertificateNameMismatch)|^(?![\s\S]*not within its validity period)[\s\S]*?(?:The server's SSL certificate could not be validated for the following reasons|The remote certificate was rejected by the provided RemoteCertificateValidationCallback)/,
    code: 'CERT_UNTRUSTED',
    step: 'tls',
    source:
      'OpenSSL "certificate verify failed" without a detail (PHP stream_socket_client), .NET SslStream; https://github.com/PHPMailer/PHPMailer/issues/1932, https://github.com/symfony/symfony/issues/35403, https://github.com/serilog/serilog-sinks-email/issues/69; MailKit SslHandshakeException.Create (https://github.com/jstedfast/MailKit/blob/master/MailKit/Security/SslHandshakeException.cs), https://github.com/streetwriters/notesnook-sync-server/issues/34',
    examples: [
      '2020-01-01 05:42:41 Connection failed. Error #2: stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages:error:1416F086:SSL routines:tls_process_server_certificate:certificate verify failed [C:\\wamp64\\www\\project\\mail_test\\vendor\\phpmailer\\phpmailer\\src\\SMTP.php line 349]\n2020-01-01 05:42:41 SMTP ERROR: Failed to connect to server: (0)\nSMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
      'Warning: stream_socket_enable_crypto(): SSL operation failed with code 1. OpenSSL Error messages: error:1416F086:SSL routines:tls_process_server_certificate:certificate verify failed',
      "Failed to send email: MailKit.Security.SslHandshakeException: An error occurred while attempting to establish an SSL or TLS connection.\n\nThe SSL certificate presented by the server is not trusted by the system for one or more of the following reasons:\n1. The server is using a self-signed certificate which cannot be verified.\n2. The local system is missing a Root or Intermediate certificate needed to verify the server's certificate.\n3. The certificate presented by the server is expired or invalid.\n\nSee https://github.com/jstedfast/MailKit/blob/master/FAQ.md#InvalidSslCertificate for possible solutions. ---> System.Security.Authentication.AuthenticationException: The remote certificate is invalid according to the validation procedure.",
      " MailKit.Security.SslHandshakeException: An error occurred while attempting to establish an SSL or TLS connection.\n\n      The server's SSL certificate could not be validated for the following reasons:\n      • The server certificate has the following errors:\n        • unable to get certificate CRL\n        • unable to get certificate CRL\n\n       ---> System.Security.Authentication.AuthenticationException: The remote certificate was rejected by the provided RemoteCertificateValidationCallback.",
    ],
  },
  {
    id: 'cert-expired',
    pattern: /certificate has expired|CERT_HAS_EXPIRED|CertificateExpiredException|x509: certificate has expired or is not yet valid|certificate is not yet valid|CERT_NOT_YET_VALID|not within its validity period when verifying against the current system clock/i,
    code: 'CERT_HAS_EXPIRED',
    step: 'tls',
    source:
      'OpenSSL X509_V_ERR_CERT_HAS_EXPIRED, JSSE CertificateExpiredException, Go x509.CertificateInvalidError; https://github.com/nodemailer/nodemailer/issues/530, https://github.com/vert-x3/vertx-mail-client/issues/147, https://github.com/authelia/authelia/issues/3700',
    examples: [
      "     Erorr: { [Error: certificate has expired] code: 'CERT_HAS_EXPIRED' }",
      "{ Error: certificate has expired\n    at TLSSocket.onConnectSecure (_tls_wrap.js:1046:34)\n    at TLSSocket.emit (events.js:180:13)\n    at TLSSocket._finishInit (_tls_wrap.js:633:8) code: 'ESOCKET', command: 'CONN' }",
      'The root cause is: `java.security.cert.CertificateExpiredException: NotAfter: Thu May 21 17:55:09 CST 2020`',
      'Notifier SMTP client encountered error during cleanup: x509: certificate has expired or is not yet valid',
    ],
  },
  {
    id: 'cert-hostname',
    pattern:
      /Hostname\/IP (?:does not|doesn't) match certificate's altnames|ERR_TLS_CERT_ALTNAME_INVALID|Hostname mismatch, certificate is not valid for|IP address mismatch, certificate is not valid for|No subject alternative (?:DNS )?names? (?:matching|present)|No name matching \S+ found|hostname "?[^"\s]*"? does not match the server certificate|x509: certificate is valid for [^\n]*, not |x509: cannot validate certificate for \S+ because it doesn't contain any IP SANs|Peer certificate CN=`[^']*' did not match expected CN|RemoteCertificateNameMismatch|The host name did not match the name given in the server's SSL certificate/i,
    code: 'ERR_TLS_CERT_ALTNAME_INVALID',
    step: 'tls',
    source:
      'Node tls.checkServerIdentity, CPython ssl match_hostname, JSSE HostnameChecker, Ruby OpenSSL post_connection_check, Go x509.HostnameError, PHP peer_name; https://github.com/nodemailer/nodemailer/issues/1391, https://github.com/home-assistant/core/issues/174821, https://github.com/eclipse-ee4j/angus-mail/issues/187, https://github.com/adamcooke/staytus/issues/38, https://github.com/keel-hq/keel/issues/526, https://github.com/jstedfast/MailKit/issues/1207',
    examples: [
      "Error [ERR_TLS_CERT_ALTNAME_INVALID]: Hostname/IP does not match certificate's altnames: Host: mail.axolites.com. is not in the cert's altnames: DNS:s483.bom7.mysecurecloudhost.com",
      "Hostname/IP does not match certificate's altnames: Host: mail.botden.cf. is not in the cert's altnames: DNS:botden.cf, DNS:www.botden.cf",
      "ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Hostname mismatch, certificate is not valid for 'smtp.mailgun.com'. (_ssl.c:1081)",
      'Caused by: java.security.cert.CertificateException: No subject alternative DNS name matching mailtest.local found.\n\tat java.base/sun.security.util.HostnameChecker.matchDNS(HostnameChecker.java:207)',
      '[Worker(host:v-status-001-prod.prod.symcpe.net pid:8323)] Job Issue#send_notifications (id=2) FAILED (3 prior attempts) with OpenSSL::SSL::SSLError: hostname "smtp.<hostname>.net" does not match the server certificate',
      'time="2020-07-22T15:02:20Z" level=error msg="extension.notification.mail: failed to send notification" error="x509: certificate is valid for *, not xx.xx.com"',
      '_"Something went wrong while sending Mail. An error occurred while attempting to establish an SSL or TLS connection.\nThe host name did not match the name given in the server\'s SSL certificate."_',
    ],
  },
  // ---------------------------------------------------------------- TLS versions and failed handshakes
  {
    id: 'tls-version',
    pattern:
      /unsupported protocol|UNSUPPORTED_PROTOCOL|No appropriate protocol \(protocol is disabled or cipher suites are inappropriate\)|Received fatal alert: (?:handshake_failure|protocol_version)|(?:SSLV3|TLSV1)_ALERT_(?:HANDSHAKE_FAILURE|PROTOCOL_VERSION)|sslv3 alert handshake failure|tls: server selected unsupported protocol version|tls: no supported versions satisfy MinVersion and MaxVersion|remote error: tls: (?:handshake failure|protocol version not supported)|do not possess a common algorithm|no protocols available/i,
    code: 'ERR_SSL_UNSUPPORTED_PROTOCOL',
    reason: 'tls-version-mismatch',
    step: 'tls',
    source:
      'OpenSSL, JSSE, Go crypto/tls and SChannel wordings for "no shared protocol or cipher"; https://github.com/byzer-org/byzer-lang/issues/1659, https://github.com/convertigo/convertigo/issues/514, https://github.com/crossvertise/ActionMailerNext/issues/35',
    examples: [
      'Could not convert socket to TLS\njavax.mail.MessagingException: Could not convert socket to TLS;\nnested exception is:\njavax.net.ssl.SSLHandshakeException: No appropriate protocol (protocol is disabled or cipher suites are inappropriate)',
      'javax.mail.MessagingException: Could not connect to SMTP host: smtp.gmail.com, port: 465;\n  nested exception is:\n\tjavax.net.ssl.SSLHandshakeException: No appropriate protocol (protocol is disabled or cipher suites are inappropriate)\n\tat com.sun.mail.smtp.SMTPTransport.openServer(SMTPTransport.java:1961)',
      '> Exception Details: System.ComponentModel.Win32Exception: The client and server cannot communicate, because they do not possess a common algorithm',
      'error:0A000102:SSL routines::unsupported protocol',
    ],
  },
  {
    id: 'tls-dh-key-too-small',
    pattern: /dh key too small|DH_KEY_TOO_SMALL/i,
    code: 'ERR_SSL_DH_KEY_TOO_SMALL',
    reason: 'tls-version-mismatch',
    step: 'tls',
    source: 'OpenSSL SSL_R_DH_KEY_TOO_SMALL (server offers a weak DH group); https://github.com/greenmail-mail-test/greenmail/issues/203',
    examples: ['11168:error:14082174:SSL routines:ssl3_check_cert_and_algorithm:dh key too small:.\\ssl\\s3_clnt.c:3635:'],
  },
  {
    id: 'tls-handshake-failed',
    pattern:
      /Remote host terminated the handshake|Remote host closed connection during handshake|SSL peer shut down incorrectly|Client network socket disconnected before secure TLS connection was established|Authentication failed because the remote party has closed the transport stream|\bwrite EPROTO\b/,
    code: 'ECONNRESET',
    reason: 'tls-handshake-failed',
    step: 'tls',
    source:
      'JSSE, Node, SChannel and MailKit wordings for a handshake the server cut short; https://github.com/mguessan/davmail/issues/50, https://github.com/nodemailer/nodemailer/issues/1240, https://github.com/jstedfast/MailKit/issues/1657',
    examples: [
      'javax.net.ssl.SSLHandshakeException: Remote host terminated the handshake\n  \tat java.base/sun.security.ssl.SSLSocketImpl.handleEOF(SSLSocketImpl.java:1349)',
      'Error: Client network socket disconnected before secure TLS connection was established',
    ],
  },
  {
    id: 'javamail-starttls-failed',
    // "Could not convert socket to TLS" alone: the nested cause is cut off. When it is printed
    // (PKIX, No appropriate protocol, Unrecognized SSL message ...) that signature decides.
    pattern:
      /^(?![\s\S]*(?:PKIX|[Cc]ertificate|Unrecognized SSL message|No appropriate protocol|handshake_failure|protocol_version|timed out|[Rr]eset|refused|Remote host))[\s\S]*?Could not convert socket to TLS/,
    code: 'ERR_SSL_UNSUPPORTED_PROTOCOL',
    reason: 'tls-version-mismatch',
    step: 'tls',
    source:
      'JavaMail SMTPTransport.startTLS wraps any handshake failure; the usual cause is a TLS version the JDK disabled (mail.smtp.ssl.protocols=TLSv1.2 fixes it): https://github.com/clearflask/clearflask/issues/60, https://github.com/javaee/javamail/issues/308',
    examples: [
      'org.simplejavamail.mailer.internal.MailerException: Third party error\n\tat org.simplejavamail.mailer.internal.SendMailClosure.executeClosure(SendMailClosure.java:91)\nCaused by: javax.mail.MessagingException: Could not convert socket to TLS\n\tat com.sun.mail.smtp.SMTPTransport.startTLS(SMTPTransport.java:1907)\n\tat com.sun.mail.smtp.SMTPTransport.protocolConnect(SMTPTransport.java:666)',
    ],
  },
  {
    id: 'mailkit-handshake-port',
    // MailKit prints this generic text when certificate validation never ran: the handshake
    // itself failed. On a connect with SSL from the first byte, the usual cause is a STARTTLS port.
    pattern:
      /^(?![\s\S]*(?:certificate is invalid|could not be validated|host name did not match|RemoteCertificate|common algorithm|unexpected packet format))[\s\S]*?(?:One|Another) possibility is that you are trying to connect to a port which does not support SSL\/TLS/,
    code: 'ERR_SSL_WRONG_VERSION_NUMBER',
    reason: 'tls-mode-suspected-plain',
    step: 'tls',
    source:
      'MailKit SslHandshakeException.Create (https://github.com/jstedfast/MailKit/blob/master/MailKit/Security/SslHandshakeException.cs: this text when no certificate was validated); https://github.com/bitwarden/server/issues/451, https://github.com/cloudscribe/cloudscribe/issues/755 (SSL on connect to port 587)',
    examples: [
      'MailKit.Security.SslHandshakeException: An error occurred while attempting to establish an SSL or TLS connection.\n\nOne possibility is that you are trying to connect to a port which does not support SSL/TLS.\n\nThe other possibility is that the SSL certificate presented by the server is not trusted by the system for one or more of the following reasons:\n1. The server is using a self-signed certificate which cannot be verified.',
      'An error occurred while attempting to establish an SSL or TLS connection.&#xD;&#xA;&#xD;&#xA;One possibility is that you are trying to connect to a port which does not support SSL/TLS.&#xD;&#xA;&#xD;&#xA;The other possibility is that the SSL certificate presented by the server is not trusted by the system',
    ],
  },
  {
    id: 'mailkit-handshake-generic',
    pattern:
      /^(?![\s\S]*(?:certificate is invalid|could not be validated|host name did not match|RemoteCertificate|common algorithm|unexpected packet format|port which does not support SSL|port 587 is typically reserved|validity period))[\s\S]*?An error occurred while attempting to establish an SSL or TLS connection/,
    code: 'ERR_SSL_UNSUPPORTED_PROTOCOL',
    reason: 'tls-version-mismatch',
    step: 'tls',
    source:
      'MailKit SslHandshakeException.Create without certificate details (the certificate was never validated, so the handshake failed on protocol or cipher); https://github.com/jstedfast/MailKit/issues/957, https://github.com/jstedfast/MailKit/issues/1012, https://github.com/jstedfast/MailKit/issues/1657',
    examples: [
      "MailKit.Security.SslHandshakeException\n  HResult=0x80131500\n  Message=An error occurred while attempting to establish an SSL or TLS connection.\n\nThis usually means that the SSL certificate presented by the server is not trusted by the system for one or more of\nthe following reasons:\n\n1. The server is using a self-signed certificate which cannot be verified.\n2. The local system is missing a Root or Intermediate certificate needed to verify the server's certificate.\n3. A Certificate Authority CRL server for one or more of the certificates in the chain is temporarily unavailable.\n4. The certificate presented by the server is expired or invalid.\n5. The set of SSL/TLS protocols supported by the client and server do not match.",
    ],
  },
  // ---------------------------------------------------------------- DNS
  {
    id: 'dns-not-found',
    pattern:
      /getaddrinfo ENOTFOUND|\bENOTFOUND\b|Name or service not known|nodename nor servname provided, or not known|\[Errno 11001\] getaddrinfo failed|java\.net\.UnknownHostException|Unknown SMTP host|getaddrinfo(?: for \S+)? failed: Name|no such host|No such host is known|php_network_getaddresses: getaddrinfo failed|["']?code["']?\s*:\s*["']EDNS["']/,
    code: 'ENOTFOUND',
    step: 'dns',
    source:
      'getaddrinfo EAI_NONAME as worded by Node, Python, Java, Ruby, Go, PHP and .NET; https://github.com/nodemailer/nodemailer/issues/409, https://github.com/FeeiCN/GSIL/issues/36, https://github.com/uniplug/youtrack-docker/issues/4, https://github.com/gophish/gophish/issues/570; nodemailer code EDNS (https://github.com/nodemailer/nodemailer/issues/1153)',
    examples: [
      "{ [Error: getaddrinfo ENOTFOUND smtp.gmail.com]\n  code: 'ENOTFOUND',\n  errno: 'ENOTFOUND',\n  syscall: 'getaddrinfo',\n  hostname: 'smtp.gmail.com' }",
      "Error: getaddrinfo ENOTFOUND \"smtp.gmail.com\";\n    at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:79:26) {\n  errno: -3008,\n  code: 'EDNS',\n  syscall: 'getaddrinfo',",
      '  File "/usr/local/lib/python3.6/smtplib.py", line 335, in connect\n    self.sock = self._get_socket(host, port, self.timeout)\n  File "/usr/local/lib/python3.6/socket.py", line 743, in getaddrinfo\n    for res in _socket.getaddrinfo(host, port, family, type, proto, flags):\nsocket.gaierror: [Errno -2] Name or service not known',
      'Mail server connection failed; nested exception is com.sun.mail.util.MailConnectException: Couldn\'t connect to host, port: smtp.1und1.de, 587; timeout 30000; nested exception is: java.net.UnknownHostException: smtp.1und1.de.',
      'I am getting " dial tcp: lookup smtp.gmail.com: getaddrinfow: No such host is known." error',
      '"error": {\n    "errno":-3008,\n    "code":"EDNS",\n    "syscall":"getaddrinfo",\n    "hostname":"smtp.mail.ru,",\n    "command":"CONN"\n}',
    ],
  },
  {
    id: 'dns-temporary',
    pattern: /getaddrinfo EAI_AGAIN|\bEAI_AGAIN\b|Temporary failure in name resolution|queryA E(?:REFUSED|CONNREFUSED|TIMEOUT|SERVFAIL)|server misbehaving/,
    code: 'EAI_AGAIN',
    step: 'dns',
    source: 'getaddrinfo EAI_AGAIN / c-ares EREFUSED (resolver did not answer); https://github.com/nodemailer/nodemailer/issues/679, https://github.com/nodemailer/nodemailer/issues/1371',
    examples: [
      "{ [Error: getaddrinfo EAI_AGAIN west.exch032.serverdata.net:587]\n  code: 'EAI_AGAIN',\n  errno: 'EAI_AGAIN',\n  syscall: 'getaddrinfo',\n  hostname: 'west.exch032.serverdata.net',",
      "Error: queryA EREFUSED smtp.office365.com\nat QueryReqWrap.onresolve [as oncomplete] (dns.js:203:19) { \nerrno: 'EREFUSED', \ncode: 'EDNS',\nsyscall: 'queryA',\n hostname: 'smtp.office365.com',\ncommand: 'CONN'\n}",
      'Failed to send email. Reason: getaddrinfo EAI_AGAIN smtp.mailgun.org:587',
    ],
  },
  // ---------------------------------------------------------------- TCP
  {
    id: 'econnrefused',
    pattern: /ECONNREFUSED|Connection refused|ConnectionRefusedError|\[Errno 111\]|No connection could be made because the target machine actively refused it/i,
    code: 'ECONNREFUSED',
    step: 'tcp',
    source:
      'POSIX ECONNREFUSED as printed by each runtime; https://github.com/nodemailer/nodemailer/issues/889, https://github.com/wildfly-extras/wildfly-camel/issues/402, https://github.com/mikel/mail/issues/726, https://github.com/goharbor/harbor/issues/1356',
    examples: [
      'Error: connect ECONNREFUSED 127.0.0.1:587',
      'ConnectionRefusedError: [Errno 111] Connection refused',
      "Caused by: com.sun.mail.util.MailConnectException: Couldn't connect to host, port: localhost, 10025; timeout 30000;\n  nested exception is:\n\tjava.net.ConnectException: Connection refused",
      "/usr/local/lib/ruby/2.0.0/net/smtp.rb:541:in `initialize': Connection refused - connect(2) (Errno::ECONNREFUSED)",
      '2016-02-10 SMTP ERROR: Failed to connect to server: Connection refused (111)\nSMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
      'Send email failed: dial tcp 172.18.0.25:587: getsockopt: connection refused',
      'Mail Error on dialing with encryption type STARTTLS: dial tcp 127.0.0.1:587: connectex: No connection could be made because the target machine actively refused it.',
    ],
  },
  {
    id: 'connect-timeout',
    pattern:
      /connect ETIMEDOUT|Error: Connection timeout|\[Error: Connection timeout\]|errno: '?ETIMEDOUT'?,\s*code: '?E(?:SOCKET|CONNECTION)'?,\s*syscall: '?connect|(?<![245]\.\d{1,3}\.\d{1,3} )Connection timed out|connect timed out|Operation timed out|\[WinError 10060\]|\[Errno 110\]|Net::OpenTimeout|(?<!Unable to read data from the transport connection: )A connection attempt failed because the connected party did not properly respond|dial tcp [^\n]*i\/o timeout|dial tcp: i\/o timeout/i,
    code: 'ETIMEDOUT',
    reason: 'connect-timeout',
    step: 'tcp',
    source:
      'connect() timeouts as printed by each runtime; https://github.com/nodemailer/nodemailer/issues/915 (maintainer: firewall), https://github.com/nodemailer/nodemailer/issues/1365, https://github.com/jhipster/generator-jhipster/issues/4329, https://github.com/exercism/website/issues/2365, https://github.com/gophish/gophish/issues/1360',
    examples: [
      "{ Error: Connection timeout\nat SMTPConnection._formatError (/var/www/html/project/node_modules/nodemailer/lib/smtp-connection/index.js:606:19)\nat SMTPConnection._onError (/var/www/html/project/node_modules/nodemailer/lib/smtp-connection/index.js:579:20)\nat Timeout._connectionTimeout.setTimeout at ontimeout (timers.js:482:11) code: 'ETIMEDOUT', command: 'CONN' }",
      "{\n  errno: 'ETIMEDOUT',\n  code: 'ESOCKET',\n  syscall: 'connect',\n  address: '151.106.116.107',\n  port: 465,\n  command: 'CONN'\n}",
      "{ Error: connect ETIMEDOUT 74.125.24.108:465\n    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1198:14)\n  code: 'ECONNECTION',\n  errno: 'ETIMEDOUT',\n  syscall: 'connect',",
      "org.springframework.mail.MailSendException: Mail server connection failed; nested exception is com.sun.mail.util.MailConnectException: Couldn't connect to host, port: smtp.mail.yahoo.com, 587; timeout -1;\n  nested exception is:\n\tjava.net.ConnectException: Connection timed out: connect.",
      "org.keycloak.email.EmailException: com.sun.mail.util.MailConnectException: Couldn't connect to host, port: smtp.strato.de, 465; timeout 10000;\n  nested exception is:\n        java.net.SocketTimeoutException: Connect timed out",
      'TimeoutError: [WinError 10060] A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond',
      '**Net::OpenTimeout** in **ActionMailer::MailDeliveryJob@mailers**\nexecution expired\n    /usr/local/lib/ruby/2.6.0/net/smtp.rb:539 - initialize',
      '2018-01-15 15:58:23\tConnection: Failed to connect to server. Error number 2. "Error notice: stream_socket_client(): unable to connect to ssl://smtp.hosts.co.uk:465 (Connection timed out)\n2018-01-15 15:58:23\tSMTP ERROR: Failed to connect to server: Connection timed out (110)',
      '"dial tcp 74.125.133.108:587: i/o timeout"',
    ],
  },
  {
    id: 'nodemailer-timeout-object',
    // nodemailer error object whose message line was cut off: ETIMEDOUT during CONN is the
    // connection timeout ("Greeting never received" has its own signature).
    pattern: /^(?![\s\S]*Greeting never received)[\s\S]*?\bcode: ['"]ETIMEDOUT['"],\s*command: ['"]CONN['"]/,
    code: 'ETIMEDOUT',
    reason: 'connect-timeout',
    step: 'tcp',
    source: `${NM} (connectionTimeout: code ETIMEDOUT, command CONN); https://github.com/nodemailer/nodemailer/issues/1522`,
    examples: [
      " at SMTPConnection._formatError (/www/wwwroot/v2.yourdomain.com/api/node_modules/nodemailer/lib/smtp-connection/index.js:790:19)\n    at SMTPConnection._onError (/www/wwwroot/v2.yourdomain.com/api/node_modules/nodemailer/lib/smtp-connection/index.js:776:20)\n    at Timeout.<anonymous> (/www/wwwroot/v2.yourdomain.com/api/node_modules/nodemailer/lib/smtp-connection/index.js:235:22)\n    at listOnTimeout (node:internal/timers:573:17)\n    at process.processTimers (node:internal/timers:514:7) {\n  code: 'ETIMEDOUT',\n  command: 'CONN'\n}",
    ],
  },
  {
    id: 'unreachable',
    pattern: /ENETUNREACH|EHOSTUNREACH|Network is unreachable|No route to host|\[Errno 101\]|\[Errno 113\]|A socket operation was attempted to an unreachable (?:network|host)/,
    code: 'ENETUNREACH',
    step: 'tcp',
    source: 'POSIX ENETUNREACH / EHOSTUNREACH; https://github.com/kootenpv/yagmail/issues/104, https://github.com/langgenius/dify/issues/10601, https://github.com/brandonjenniges/JavaMail-API-Android/issues/3',
    examples: [
      '  File "/usr/lib/python2.7/smtplib.py", line 806, in _get_socket\n    new_socket = socket.create_connection((host, port), timeout)\n  File "/usr/lib/python2.7/socket.py", line 575, in create_connection\n    raise err\nsocket.error: [Errno 101] Network is unreachable',
      "W/System.err: com.sun.mail.util.MailConnectException: Couldn't connect to host, port: smtp.gmail.com, 465; timeout -1;\nW/System.err:   nested exception is:\nW/System.err: \tjava.net.ConnectException: failed to connect to smtp.gmail.com/2404:6800:4003:c02::6c (port 465) after 90000ms: isConnected failed: ENETUNREACH (Network is unreachable)",
    ],
  },
  {
    id: 'connect-reset',
    pattern: /connect ECONNRESET/,
    code: 'ECONNRESET',
    reason: 'connect-reset',
    step: 'tcp',
    source: 'https://nodejs.org/api/errors.html#common-system-errors (ECONNRESET during connect: the peer or a middlebox reset the TCP connection as it opened)',
    examples: ['Error: connect ECONNRESET\n    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1141:16)'],
  },
  {
    id: 'connection-reset',
    pattern: /read ECONNRESET|ECONNRESET|Connection reset by peer|\[Errno 104\]|An existing connection was forcibly closed by the remote host|Errno::ECONNRESET/,
    code: 'ECONNRESET',
    source: 'POSIX ECONNRESET as printed by each runtime; https://github.com/nodemailer/nodemailer/issues/824, https://github.com/symfony/symfony/issues/48691, https://github.com/jstedfast/MailKit/issues/1414',
    examples: [
      "Error: read ECONNRESET\n    at TLSWrap.onStreamRead (node:internal/stream_base_commons:217:20) {\n  errno: -4077,\n  code: 'ESOCKET',\n  syscall: 'read',\n  command: 'CONN'",
      'Mailer: fgets(): SSL: Connection reset by peer',
      'System.IO.IOException: An existing connection was forcibly closed by the remote host ---> System.Net.Sockets.SocketException: An existing connection was forcibly closed by the remote host',
    ],
  },
  {
    id: 'connection-closed',
    pattern:
      /Unexpected socket close|Connection closed unexpectedly|SMTPServerDisconnected:? Connection unexpectedly closed|net_io_connectionclosed|Syntax error, command unrecognized\. The server response was:\s*$|The SMTP server has unexpectedly disconnected/m,
    code: 'ECONNECTION',
    source:
      `${NM}; nodemailer lib/smtp-transport ('Unexpected socket close'); CPython smtplib getreply; .NET SmtpException (empty reply maps to "Syntax error, command unrecognized"); https://github.com/nodemailer/nodemailer/issues/1385, https://github.com/NeloF4/brutegmail/issues/5, https://github.com/OctopusDeploy/Issues/issues/1609, https://github.com/btcpayserver/btcpayserver/issues/2049`,
    examples: [
      'Error: Unexpected socket close\n    at Timeout._onTimeout (E:\\app\\node_modules\\nodemailer\\lib\\smtp-transport\\index.js:189:31)\n    at listOnTimeout (internal/timers.js:557:17)\n    at processTimers (internal/timers.js:500:7)',
      '  File "C:\\Users\\victo\\AppData\\Local\\Programs\\Python\\Python311\\Lib\\smtplib.py", line 739, in login\n    (code, resp) = self.auth(\n  File "C:\\Users\\victo\\AppData\\Local\\Programs\\Python\\Python311\\Lib\\smtplib.py", line 432, in docmd\n    return self.getreply()\n  File "C:\\Users\\victo\\AppData\\Local\\Programs\\Python\\Python311\\Lib\\smtplib.py", line 405, in getreply\n    raise SMTPServerDisconnected("Connection unexpectedly closed")\nsmtplib.SMTPServerDisconnected: Connection unexpectedly closed',
      'System.Net.Mail.SmtpException: Failure sending mail. ---> System.IO.IOException: Unable to read data from the transport connection: net_io_connectionclosed.\nat System.Net.Mail.SmtpReplyReaderFactory.ProcessRead(Byte[] buffer, Int32 offset, Int32 read, Boolean readLine)',
      'Email server: Syntax error, command unrecognized. The server response was:',
    ],
  },
  {
    id: 'read-timeout',
    pattern: /Net::ReadTimeout|SocketTimeoutException: Read timed out|Unable to read data from the transport connection: A connection attempt failed|socket\.timeout: timed out/,
    code: 'ETIMEDOUT',
    source: 'read timeouts after the connection opened; https://github.com/pivorakmeetup/pivorak-web-app/issues/781, https://github.com/SaiUpadhyayula/spring-reddit-clone/issues/24, https://github.com/i4004/Simplify/issues/53',
    examples: [
      'Net::ReadTimeout: Net::ReadTimeout\n  File "/home/pivorak/.rvm/rubies/ruby-2.3.1/lib/ruby/2.3.0/net/protocol.rb", line 158, in rbuf_fill\n  File "/home/pivorak/.rvm/rubies/ruby-2.3.1/lib/ruby/2.3.0/net/smtp.rb", line 946, in recv_response\n  File "/home/pivorak/.rvm/rubies/ruby-2.3.1/lib/ruby/2.3.0/net/smtp.rb", line 917, in block in data',
      'org.springframework.mail.MailSendException: Mail server connection failed; nested exception is javax.mail.MessagingException: Exception reading response;\n  nested exception is:\n\tjava.net.SocketTimeoutException: Read timed out.',
    ],
  },
  // ---------------------------------------------------------------- credentials
  {
    id: 'missing-credentials',
    pattern: /Missing credentials for "[A-Z0-9-]+"/,
    code: 'EAUTH',
    reason: 'missing-credentials',
    step: 'auth',
    source: `${NM} (login(): 'Missing credentials for "PLAIN"' when auth.user or auth.pass is empty); https://github.com/nodemailer/nodemailer/issues/1641 (maintainer: there are no credentials set)`,
    examples: [
      "Error sending email Error: Missing credentials for \"PLAIN\"\n    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:790:19)\n    at SMTPConnection.login (/app/node_modules/nodemailer/lib/smtp-connection/index.js:444:38) {\n  code: 'EAUTH',\n  command: 'API'\n}",
      ' "message": "Missing credentials for \\"PLAIN\\""',
    ],
  },
  {
    id: 'credentials-not-sent',
    pattern: /failed to connect, no password specified\?|SMTP-AUTH requested but missing (?:secret phrase|user name)/,
    reason: 'credentials-not-sent',
    step: 'auth',
    source:
      'JavaMail Service.connect ("failed to connect, no password specified?" when the password is null), Ruby net/smtp check_auth_args; https://github.com/spring-projects/spring-integration-samples/issues/209, https://github.com/huytmb/mail-receiver/issues/2',
    examples: [
      'GRAVE: org.springframework.messaging.MessagingException: failure occurred while polling for mail; nested exception is javax.mail.AuthenticationFailedException: failed to connect, no password specified?',
      'Caused by: jakarta.mail.AuthenticationFailedException: failed to connect, no password specified?',
    ],
  },
  {
    id: 'auth-no-common-mechanism',
    pattern: /No authentication mechan(?:is|si)ms supported by both server and client|No compatible authentication mechanisms found/,
    reason: 'no-supported-mechanism',
    step: 'auth',
    source:
      'JavaMail SMTPTransport.authenticate ("No authentication mechansims supported by both server and client", sic), MailKit SmtpClient.Authenticate (NotSupportedException); https://github.com/jakartaee/mail-api/issues/84, https://github.com/jstedfast/MailKit/issues/531, https://github.com/jstedfast/MailKit/issues/1953',
    examples: [
      'javax.mail.AuthenticationFailedException: No authentication mechansims supported by both server and client',
      'I keep getting "System.NotSupportedException: No compatible authentication mechanisms found" when trying to send e-mail out.',
      'Error details:Enterprise.MailManager.ExternalMailInterface.FailedToAuthenticateException: No compatible authentication mechanisms found. ---> System.NotSupportedException: No compatible authentication mechanisms found.\n   at MailKit.Net.Smtp.SmtpClient.Authenticate(Encoding encoding, ICredentials credentials, CancellationToken cancellationToken)',
    ],
  },
  {
    id: 'auth-not-enabled',
    pattern: /\bauthentication not enabled\b/i,
    reason: 'auth-not-offered',
    step: 'auth',
    command: 'AUTH',
    source:
      'Postfix smtpd answers AUTH with "503 5.5.1 Error: authentication not enabled" when smtpd_sasl_auth_enable is off (https://www.postfix.org/SASL_README.html); https://github.com/padloc/padloc/issues/304',
    examples: ['Error: Invalid login: 503 5.5.1 Error: authentication not enabled'],
  },
  {
    id: 'auth-rejected',
    pattern: withoutReply(
      /SMTP Error: Could not authenticate|MailAuthenticationException: Authentication failed|AuthenticationFailedException(?!: (?:failed to connect, no password|No authentication mechan))|Net::SMTPAuthenticationError|SMTPAuthenticationError|Failed to authenticate on SMTP server|\bInvalid login\b|MailKit\.Security\.AuthenticationException/,
    ),
    reason: 'auth-rejected',
    step: 'auth',
    source:
      'Library wordings for a rejected login when the server reply is not printed: PHPMailer, Spring, JavaMail, Ruby net/smtp, Symfony, nodemailer, MailKit; https://github.com/PHPMailer/PHPMailer/issues/3335, https://github.com/Talent-Catalog/talentcatalog/issues/3162, https://github.com/kristijandraca/BackgroundMailLibrary/issues/7',
    examples: [
      'Message could not be sent. Mailer Error: SMTP Error: Could not authenticate.',
      'org.springframework.mail.MailAuthenticationException: Authentication failed\n\tat org.springframework.mail.javamail.JavaMailSenderImpl.doSend(JavaMailSenderImpl.java:402) ~[spring-context-support-6.1.14.jar:6.1.14]',
      '01-08 21:35:46.425: W/System.err(23534): javax.mail.AuthenticationFailedException\n01-08 21:35:46.425: W/System.err(23534): \tat javax.mail.Service.connect(Service.java:319)',
    ],
  },
  {
    id: 'dotnet-not-authenticated',
    stacks: ['dotnet'],
    pattern:
      /requires\s+a\s+secure\s+connection\s+or\s+the\s+client\s+(?:was|is)\s+not\s+authenticated\.\s+The\s+server\s+response\s+(?:was|is):\s*(?:[245]\.\d\.\d{1,3}\s+)?(?:SMTP;\s*)?(?:Authentication\s+required|Client\s+(?:was\s+)?not\s+authenticated(?![^\n]*Error: 5\d\d))/i,
    reason: 'dotnet-not-authenticated',
    step: 'send',
    command: 'MAIL FROM',
    source:
      '.NET SmtpClient: a rejected or missing login is not reported at AUTH; MAIL FROM then fails with 530 (SmtpStatusCode.MustIssueStartTlsFirst). https://github.com/dotnet/dotnet-api-docs/issues/11287, https://github.com/janhebnes/startlist.club/issues/204, https://github.com/HTBox/crisischeckin/issues/286, https://github.com/alanrenouf/vCheck-vSphere/issues/284, https://github.com/renevanosnabrugge/SendEmail-BuildTask/issues/49',
    examples: [
      'System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.0 Authentication Required. For more information, go to at Registration.frmRegistration.SendEmail(String recipient, String subject, String body)',
      'Exception Details: System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.0 Authentication required',
      'System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.5.1 Authentication Required. Learn more at',
      'Exception calling "Send" with "1" argument(s): "The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.1 Client was not authenticated" At C:\\scripts\\vCheck3\\vCheck.ps1:615 char:4 +    $smtpClient.Send($msg)',
      '##[error]The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM',
    ],
  },
  // ---------------------------------------------------------------- other client-side wordings
  {
    id: 'python-not-connected',
    pattern: /please run connect\(\) first/,
    reason: 'not-connected',
    source: 'CPython Lib/smtplib.py send(): raised when no socket is open; https://github.com/pixelated/pixelated-user-agent/issues/88, https://github.com/odoo/odoo/issues/51747',
    examples: [
      '  File "/usr/lib/python2.7/smtplib.py", line 336, in putcmd\n    self.send(str)\n  File "/usr/lib/python2.7/smtplib.py", line 328, in send\n    raise SMTPServerDisconnected(\'please run connect() first\')\nSMTPServerDisconnected: please run connect() first',
      'smtplib.SMTPServerDisconnected: please run connect() first',
    ],
  },
  {
    id: 'connect-failed-unspecified',
    pattern:
      /^(?![\s\S]*(?:timed out|[Tt]imeout\b(?! -?\d)|refused|unreachable|[Uu]nknown ?[Hh]ost|not known|certificate|SSL|TLS|EOF|reset|response: -?\d))[\s\S]*?(?:SMTP connect\(\) failed|Couldn't connect to host, port: [^;\n]+; timeout [-\d]+;?\s*$|Mail server connection failed|Connection could not be established with host)/m,
    reason: 'connect-failed-unspecified',
    step: 'tcp',
    source:
      'PHPMailer ("SMTP connect() failed"), JavaMail MailConnectException, Spring MailSendException, Symfony TransportException: the library says only that the session did not open; https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting, https://github.com/grails-plugins/grails-mail/issues/42',
    examples: [
      'SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
      "org.springframework.mail.MailSendException: Mail server connection failed; nested exception is com.sun.mail.util.MailConnectException: Couldn't connect to host, port: localhost, 25; timeout -1;",
    ],
  },
  // ---------------------------------------------------------------- which command a reply belongs to
  {
    id: 'command-rcpt',
    pattern:
      /Can't send mail - all recipients were rejected|Recipient command failed|command: ['"]RCPT TO['"]|SMTPAddressFailedException|SMTP ERROR: RCPT TO command failed|The following recipients failed|Expected response code "?250\/251\/252"?|in `?rcptto\b|SmtpFailedRecipient/,
    command: 'RCPT TO',
    step: 'send',
    source: `${NM} (_actionRCPT); JavaMail SMTPAddressFailedException; PHPMailer recipient(); Symfony SmtpTransport (RCPT TO expects 250/251/252); Ruby net/smtp rcptto; .NET SmtpFailedRecipientException`,
    examples: [
      "{\n [Error: Can't send mail - all recipients were rejected]\n  code: 'EENVELOPE',\n  response: '550 5.7.1 Unable to relay for paris.team@parisoptimalplanning.com',\n  responseCode: 550\n }",
      ' javax.mail.SendFailedException: Invalid Addresses;\n   nested exception is:\n\t com.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <Ungültige EMail-Adresse>: Recipient address rejected: \n User unknown in virtual mailbox table',
      '2014-07-09 12:52:22 SMTP ERROR: RCPT TO command failed: 451 Temporary local problem - please try later\n2014-07-09 12:52:22 CLIENT -> SERVER: QUIT\nSMTP Error: The following recipients failed: support@pineisland48.com',
      'Symfony\\Component\\Mailer\\Exception\\UnexpectedResponseException \n\n  Expected response code "250/251/252" but got code "556", with message "556 5.1.10 <your@example.com>: Recipient address rejected: Domain example.com does not accept mail (nullMX)".',
      "Net::SMTPSyntaxError: 501 Syntax error in parameters\n\n  net/smtp.rb:969:in `check_response'\n    raise res.exception_class, res.message\n  net/smtp.rb:937:in `getok'\n  net/smtp.rb:865:in `rcptto'",
      'System.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: unroutable domain: gmail',
    ],
  },
  {
    id: 'command-mail-from',
    pattern: /Mail command failed|command: ['"]MAIL FROM['"]|SMTPSenderRefused|SMTPSenderFailedException|SMTP ERROR: MAIL FROM command failed|SMTPTransport\.mailFrom|MailCommand\.Send|in `?mailfrom\b/,
    command: 'MAIL FROM',
    step: 'send',
    source: `${NM} (_actionMAIL: 'Mail command failed'); CPython SMTPSenderRefused; JavaMail SMTPTransport.mailFrom; .NET MailCommand; Ruby net/smtp mailfrom`,
    examples: [
      'Error: Mail command failed: 501 mail from address must be same as authorization user',
      "SMTPSenderRefused: (553, '5.7.1 Sender address rejected: not owned by auth user.', u'Notifications <admin@example.com>')",
      'com.sun.mail.smtp.SMTPSendFailedException: 530 5.7.0 Must issue a STARTTLS command first. pe5sm5768337wjb.15 - gsmtp\n2016-10-05 19:29:34,191 ERROR [stderr] (EJB default - 2) \tat com.sun.mail.smtp.SMTPTransport.issueSendCommand(SMTPTransport.java:2249)\n2016-10-05 19:29:34,191 ERROR [stderr] (EJB default - 2) \tat com.sun.mail.smtp.SMTPTransport.mailFrom(SMTPTransport.java:1740)',
    ],
  },
  {
    id: 'command-data',
    pattern: /SMTPDataError|SMTP Error: data not accepted|SMTP ERROR: DATA(?: END)? command failed|Data command failed|Message failed: \d{3}|Expected response code "?354"?|in `?(?:block in )?data\b(?!base)/,
    command: 'DATA',
    step: 'send',
    source: `${NM} (_actionDATA / _actionSMTPStream); CPython SMTPDataError; PHPMailer data(); Symfony DATA expects 354; Ruby net/smtp data`,
    examples: [
      "  File \"/usr/lib/python3.5/smtplib.py\", line 883, in sendmail\n    raise SMTPDataError(code, resp)\nsmtplib.SMTPDataError: (550, b'5.7.1 Unconfigured Sending Domain <asu.edu>')",
      'SMTP ERROR: DATA command failed: 550 5.4.5 Daily user sending quota exceeded.\nMessage could not be sent. Mailer Error: SMTP Error: data not accepted.',
      'Net::SMTPUnknownError: could not get 3xx (421: 421 4.7.0 Temporary System Problem.  Try again later (WS). z88sm1025705wrb.26 - gsmtp\n)\n  File "/home/pivorak/.rvm/rubies/ruby-2.3.1/lib/ruby/2.3.0/net/smtp.rb", line 971, in check_continue\n  File "/home/pivorak/.rvm/rubies/ruby-2.3.1/lib/ruby/2.3.0/net/smtp.rb", line 904, in block in data',
    ],
  },
  {
    id: 'command-auth',
    pattern: /command: ['"]AUTH [A-Z0-9-]+['"]|SMTP ERROR: (?:Password|Username) command failed|Expected response code "?235"?|in `?(?:auth_(?:plain|login|cram_md5)|authenticate|check_auth_response)\b|MailKit\.Security\.AuthenticationException/,
    command: 'AUTH',
    step: 'auth',
    source: `${NM} (_actionAUTHComplete); PHPMailer authenticate(); Symfony AUTH expects 235; Ruby net/smtp auth_*; MailKit AuthenticationException`,
    examples: [
      "  code: 'EAUTH',\n  response: '535-5.7.8 Username and Password not accepted. Learn more at\\n' +\n    '535 5.7.8  https://support.google.com/mail/?p=BadCredentials i5sm8565805wrv.34 - gsmtp',\n  responseCode: 535,\n  command: 'AUTH PLAIN'",
      '2018-03-13 12:21:18 SERVER -> CLIENT: 535 Incorrect authentication data\n2018-03-13 12:21:18 SMTP ERROR: Username command failed: 535 Incorrect authentication data\nSMTP Error: Could not authenticate.',
      'Error: MailKit.Security.AuthenticationException: 535: 5.7.3 Authentication unsuccessful [AM0PR06CA0126.eurprd06.prod.outlook.com 2024-02-14T14:50:26.590Z 08DC2D372B4C3DED]',
      'MailKit.Security.AuthenticationException: 421: 4.3.2 Service not active [TYAPR01CA0229.jpnprd01.prod.outlook.com] ---> MailKit.Net.Smtp.SmtpCommandException: 4.3.2 Service not active [TYAPR01CA0229.jpnprd01.prod.outlook.com]',
    ],
  },
  {
    id: 'reply-out-of-step',
    // A success reply where another one was due: the client read the answer to an earlier
    // command (pipelining, a reused connection, a proxy in between).
    pattern: /Invalid greeting from server:\s*2\d\d\b|Expected response code "?\d{3}(?:\/\d{3})*"? but got (?:an? )?code "?2\d\d\b/,
    code: 'EPROTOCOL',
    step: 'greeting',
    source: `${NM} (_actionGreeting: a greeting that is not 220, code EPROTOCOL); SwiftMailer/Symfony assertResponseCode; https://github.com/maildev/maildev/issues/88 (a 250 read as the greeting: the reply stream is out of step), https://github.com/swiftmailer/swiftmailer/issues/669, https://github.com/swiftmailer/swiftmailer/issues/1300`,
    examples: [
      'Swift_TransportException: "Expected response code 250 but got code "235", with message "235 2.0.0 OK ""\nfrom:\n/vendor/swiftmailer/swiftmailer/lib/classes/Swift/Transport/AbstractSmtpTransport.php line 383',
      '[2020-10-13 23:18:41] local.ERROR: Expected response code 354 but got code "250", with message "250 Accepted\n" {"exception":"[object] (Swift_TransportException(code: 250): Expected response code 354 but got code \\"250\\", with message \\"250 Accepted',
      'Error: Invalid greeting from server:\n250 2.0.0 Ok: queued as B4C8112124D\n    at SMTPConnection._actionGreeting (/usr/lib/node_modules/maildev/node_modules/smtp-connection/src/smtp-connection.js:611:23)',
    ],
  },
  {
    id: 'greeting-reply',
    pattern: /SMTPConnectError|Could not connect to SMTP host: [^\n]*response: [2-5]\d\d/,
    step: 'greeting',
    source: 'CPython smtplib connect() raises SMTPConnectError on a non-220 greeting; JavaMail "Could not connect to SMTP host ... response: NNN"; https://github.com/kootenpv/yagmail/pull/117, https://github.com/spring-projects/spring-boot/issues/14006',
    examples: [
      "ErrorMessage: SMTPConnectError: (421, b'Too many connections').",
      'org.springframework.mail.MailSendException: Mail server connection failed; nested exception is javax.mail.MessagingException: Could not connect to SMTP host: xxx.xxxx.xxx.com.tr, port: 25, response: 554. Failed messages: javax.mail.MessagingException: Could not connect to SMTP host: xxx.xxxx.xxx.com.tr, port: 25, response: 554',
    ],
  },
];
