import type { Signature } from '../types.js';
import { NM } from './shared.js';

/**
 * Signatures, part of SIGNATURES (../signatures.ts, which keeps their order): STARTTLS / plaintext
 * AUTH, certificates, TLS versions and failed handshakes.
 */
export const TLS_SIGNATURES: Signature[] = [
  // ---------------------------------------------------------------- STARTTLS / plaintext AUTH
  {
    id: 'python-auth-not-offered',
    pattern:
      /SMTP AUTH extension not supported by server|SMTPException: No suitable authentication method found|The SMTP AUTH extension is not supported by this server\. Try connecting via TLS/,
    reason: 'auth-after-starttls-only',
    step: 'auth',
    source:
      'CPython Lib/smtplib.py login(); https://github.com/pst-group/pysystemtrade/issues/202 and https://github.com/rr-/szurubooru/issues/365 (fixed by starttls() before login()), https://github.com/cole/aiosmtplib/issues/122, https://github.com/mmarodin/icinga2-plugins/issues/11 ("No suitable authentication method found": the usable mechanisms appear only after starttls())',
    examples: [
      '  File "/Users/batman/opt/anaconda3/envs/pysystemtrade/lib/python3.8/smtplib.py", line 700, in login\n    raise SMTPNotSupportedError(\nsmtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server',
      "'    raise SMTPException(\"SMTP AUTH extension not supported by server.\")\\n'\n'aiosmtplib.errors.SMTPException: SMTP AUTH extension not supported by server.\\n'",
      '`smtplib.SMTPException: No suitable authentication method found`',
      // aiosmtplib src/aiosmtplib/smtp.py login(), raised when the connection is not encrypted yet
      'aiosmtplib.errors.SMTPException: The SMTP AUTH extension is not supported by this server. Try connecting via TLS (or STARTTLS).',
    ],
  },
  {
    id: 'starttls-not-offered',
    pattern: /STARTTLS extension not supported by server|STARTTLS is required but host does not support STARTTLS|Server does not support secure connections/,
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
  {
    id: 'starttls-refused-454',
    // The server offered STARTTLS, then refused it: Postfix's wording when its certificate or key
    // cannot be loaded. Every stack just passes the reply on (smtplib SMTPResponseException,
    // Net::SMTPServerBusy, Go's bare reply).
    pattern: /\b454[ -](?:4\.\d{1,3}\.\d{1,3} )?TLS not available|\(454, b'4\.\d{1,3}\.\d{1,3} TLS not available/i,
    reason: 'starttls-rejected',
    step: 'tls',
    command: 'STARTTLS',
    source:
      'Postfix smtpd tls_reset/STARTTLS: "454 4.7.0 TLS not available due to local problem" (https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd.c); seen with Python, Ruby and Go in test/stacks/matrix.json',
    examples: [
      "smtplib.SMTPResponseException: (454, b'4.7.0 TLS not available due to local problem')",
      'Net::SMTPServerBusy: 454 4.7.0 TLS not available due to local problem',
    ],
  },
  {
    id: 'tls-handshake-timeout',
    // The TCP connection and STARTTLS went through; then the TLS handshake never finished.
    // Ruby raises a bare Net::OpenTimeout only there (a TCP connect timeout says
    // "Timeout to open TCP connection to ...").
    pattern: /The handshake operation timed out|TLS handshake timed out|timeoutType: 'UPGRADE_TIMEOUT'|Net::OpenTimeout: Net::OpenTimeout\b/,
    code: 'ETIMEDOUT',
    reason: 'tls-handshake-timeout',
    step: 'tls',
    source: `CPython Modules/_ssl.c ("The handshake operation timed out", https://github.com/python/cpython/blob/3.11/Modules/_ssl.c); ${NM} (UPGRADE_TIMEOUT, "TLS handshake timed out"); net-protocol ssl_socket_connect raises Net::OpenTimeout without a message (https://github.com/ruby/net-protocol/blob/master/lib/net/protocol.rb)`,
    examples: [
      'TimeoutError: _ssl.c:975: The handshake operation timed out',
      "Error: TLS handshake timed out\n    at timeoutError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:1031:17) {\n  timeoutType: 'UPGRADE_TIMEOUT',\n  code: 'ETIMEDOUT',\n  command: 'CONN'\n}",
      'Net::OpenTimeout: Net::OpenTimeout',
    ],
  },
  // ---------------------------------------------------------------- certificates
  {
    id: 'cert-self-signed-in-chain',
    wording: 'cert-untrusted',
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
    wording: 'cert-untrusted',
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
    wording: 'cert-untrusted',
    pattern: /unable to get local issuer certificate|UNABLE_TO_GET_ISSUER_CERT_LOCALLY|PKIX path building failed|unable to find valid certification path to requested target|x509: certificate signed by unknown authority|hasn't got a known issuer/i,
    code: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    step: 'tls',
    source:
      'OpenSSL X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY, JSSE PKIX, Go x509.UnknownAuthorityError; https://github.com/nodemailer/nodemailer/issues/705, https://github.com/kiwitcms/Kiwi/issues/3464, https://github.com/OpenPPM/OpenPPM/issues/5, https://github.com/amborle/featmap/issues/66',
    examples: [
      // GnuTLS as msmtp words it (src/tls.c)
      "msmtp: TLS certificate verification failed: the certificate hasn't got a known issuer",
      "[Error: unable to get local issuer certificate] code: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY'",
      'ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1129)',
      "/usr/local/lib/ruby/3.0.0/net/protocol.rb:46:in `connect_nonblock': SSL_connect returned=1 errno=0 state=error: certificate verify failed (unable to get local issuer certificate) (OpenSSL::SSL::SSLError)",
      'javax.mail.MessagingException: Could not convert socket to TLS;\n  nested exception is:\n\tjavax.net.ssl.SSLHandshakeException: sun.security.validator.ValidatorException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target\n\tat com.sun.mail.smtp.SMTPTransport.startTLS(SMTPTransport.java:1907)',
      '2022/06/28 18:28:04 smtp error: x509: certificate signed by unknown authority',
    ],
  },
  {
    id: 'cert-leaf-unverified',
    wording: 'cert-untrusted',
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
    wording: 'cert-untrusted',
    pattern:
      /certificate verify failed(?![:\s(]*(?:self[- ]signed|certificate has expired|unable to get local issuer|unable to verify the first|[Hh]ostname mismatch|IP address mismatch|certificate is not yet valid))|The remote certificate is invalid according to the validation procedure(?![.:]?\s*RemoteCertificateNameMismatch)|errors in the certificate chain: (?:UntrustedRoot|PartialChain)|^(?![\s\S]*not within its validity period)[\s\S]*?(?:The server's SSL certificate could not be validated for the following reasons|The remote certificate was rejected by the provided RemoteCertificateValidationCallback)/,
    code: 'CERT_UNTRUSTED',
    step: 'tls',
    source:
      'OpenSSL "certificate verify failed" without a detail (PHP stream_socket_client), .NET SslStream; https://github.com/PHPMailer/PHPMailer/issues/1932, https://github.com/symfony/symfony/issues/35403, https://github.com/serilog/serilog-sinks-email/issues/69; MailKit SslHandshakeException.Create (https://github.com/jstedfast/MailKit/blob/master/MailKit/Security/SslHandshakeException.cs), https://github.com/streetwriters/notesnook-sync-server/issues/34',
    examples: [
      '2020-01-01 05:42:41 Connection failed. Error #2: stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages:error:1416F086:SSL routines:tls_process_server_certificate:certificate verify failed [C:\\wamp64\\www\\project\\mail_test\\vendor\\phpmailer\\phpmailer\\src\\SMTP.php line 349]\n2020-01-01 05:42:41 SMTP ERROR: Failed to connect to server: (0)\nSMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
      'Warning: stream_socket_enable_crypto(): SSL operation failed with code 1. OpenSSL Error messages: error:1416F086:SSL routines:tls_process_server_certificate:certificate verify failed',
      "Failed to send email: MailKit.Security.SslHandshakeException: An error occurred while attempting to establish an SSL or TLS connection.\n\nThe SSL certificate presented by the server is not trusted by the system for one or more of the following reasons:\n1. The server is using a self-signed certificate which cannot be verified.\n2. The local system is missing a Root or Intermediate certificate needed to verify the server's certificate.\n3. The certificate presented by the server is expired or invalid.\n\nSee https://github.com/jstedfast/MailKit/blob/master/FAQ.md#InvalidSslCertificate for possible solutions. ---> System.Security.Authentication.AuthenticationException: The remote certificate is invalid according to the validation procedure.",
      // .NET 5+ SslStream: the X509ChainStatusFlags that failed
      'System.Net.Mail.SmtpException: Failure sending mail.\n ---> System.Security.Authentication.AuthenticationException: The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot',
      " MailKit.Security.SslHandshakeException: An error occurred while attempting to establish an SSL or TLS connection.\n\n      The server's SSL certificate could not be validated for the following reasons:\n      • The server certificate has the following errors:\n        • unable to get certificate CRL\n        • unable to get certificate CRL\n\n       ---> System.Security.Authentication.AuthenticationException: The remote certificate was rejected by the provided RemoteCertificateValidationCallback.",
    ],
  },
  {
    id: 'cert-expired',
    pattern: /certificate has expired|CERT_HAS_EXPIRED|CertificateExpiredException|x509: certificate has expired or is not yet valid|certificate is not yet valid|CERT_NOT_YET_VALID|not within its validity period when verifying against the current system clock|CertPathValidatorException: validity check failed|errors in the certificate chain: NotTimeValid|invalid peer certificate: (?:Expired|NotValidYet)/i,
    code: 'CERT_HAS_EXPIRED',
    step: 'tls',
    source:
      'OpenSSL X509_V_ERR_CERT_HAS_EXPIRED, JSSE CertificateExpiredException, Go x509.CertificateInvalidError; https://github.com/nodemailer/nodemailer/issues/530, https://github.com/vert-x3/vertx-mail-client/issues/147, https://github.com/authelia/authelia/issues/3700',
    examples: [
      "     Erorr: { [Error: certificate has expired] code: 'CERT_HAS_EXPIRED' }",
      "{ Error: certificate has expired\n    at TLSSocket.onConnectSecure (_tls_wrap.js:1046:34)\n    at TLSSocket.emit (events.js:180:13)\n    at TLSSocket._finishInit (_tls_wrap.js:633:8) code: 'ESOCKET', command: 'CONN' }",
      'The root cause is: `java.security.cert.CertificateExpiredException: NotAfter: Thu May 21 17:55:09 CST 2020`',
      'Notifier SMTP client encountered error during cleanup: x509: certificate has expired or is not yet valid',
      // JSSE PKIXValidator (validity check), .NET SslStream X509ChainStatusFlags, rustls CertificateError
      'javax.net.ssl.SSLHandshakeException: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed',
      'System.Security.Authentication.AuthenticationException: The remote certificate is invalid because of errors in the certificate chain: NotTimeValid',
      'tls error: invalid peer certificate: Expired',
    ],
  },
  {
    id: 'cert-hostname',
    pattern:
      /Hostname\/IP (?:does not|doesn't) match certificate's altnames|ERR_TLS_CERT_ALTNAME_INVALID|Hostname mismatch, certificate is not valid for|IP address mismatch, certificate is not valid for|No subject alternative (?:DNS )?names? (?:matching|present)|No name matching \S+ found|hostname "?[^"\s]*"? does not match the server certificate|x509: certificate is valid for [^\n]*, not |x509: cannot validate certificate for \S+ because it doesn't contain any IP SANs|Peer certificate (?:CN=`[^']*'|subjectAltName) did not match expected (?:CN|name)|Can't verify identity of server|RemoteCertificateNameMismatch|no alternative certificate subject name matches target host name|the certificate owner does not match hostname|hostname_check_failed|The host name did not match the name given in the server's SSL certificate/i,
    code: 'ERR_TLS_CERT_ALTNAME_INVALID',
    step: 'tls',
    source:
      'Node tls.checkServerIdentity, CPython ssl match_hostname, JSSE HostnameChecker, Ruby OpenSSL post_connection_check, Go x509.HostnameError, PHP peer_name, JavaMail SocketFetcher.checkServerIdentity (mail.smtp.ssl.checkserveridentity); test/stacks/matrix.json; https://github.com/nodemailer/nodemailer/issues/1391, https://github.com/home-assistant/core/issues/174821, https://github.com/eclipse-ee4j/angus-mail/issues/187, https://github.com/adamcooke/staytus/issues/38, https://github.com/keel-hq/keel/issues/526, https://github.com/jstedfast/MailKit/issues/1207',
    examples: [
      // curl lib/vtls/openssl.c, msmtp src/tls.c, OTP ssl {bad_cert,hostname_check_failed}
      "curl: (60) SSL: no alternative certificate subject name matches target host name 'smtp.example.com'",
      "Error [ERR_TLS_CERT_ALTNAME_INVALID]: Hostname/IP does not match certificate's altnames: Host: mail.axolites.com. is not in the cert's altnames: DNS:s483.bom7.mysecurecloudhost.com",
      "Hostname/IP does not match certificate's altnames: Host: mail.botden.cf. is not in the cert's altnames: DNS:botden.cf, DNS:www.botden.cf",
      "ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Hostname mismatch, certificate is not valid for 'smtp.mailgun.com'. (_ssl.c:1081)",
      'Caused by: java.security.cert.CertificateException: No subject alternative DNS name matching mailtest.local found.\n\tat java.base/sun.security.util.HostnameChecker.matchDNS(HostnameChecker.java:207)',
      '[Worker(host:v-status-001-prod.prod.symcpe.net pid:8323)] Job Issue#send_notifications (id=2) FAILED (3 prior attempts) with OpenSSL::SSL::SSLError: hostname "smtp.<hostname>.net" does not match the server certificate',
      'time="2020-07-22T15:02:20Z" level=error msg="extension.notification.mail: failed to send notification" error="x509: certificate is valid for *, not xx.xx.com"',
      '_"Something went wrong while sending Mail. An error occurred while attempting to establish an SSL or TLS connection.\nThe host name did not match the name given in the server\'s SSL certificate."_',
      "jakarta.mail.MessagingException: Could not connect to SMTP host: 127.0.0.1, port: 10465;\n  nested exception is:\n\tjava.io.IOException: Can't verify identity of server: 127.0.0.1",
      'Symfony\\Component\\Mailer\\Exception\\TransportException: Connection could not be established with host "ssl://127.0.0.1:10465": stream_socket_client(): Peer certificate subjectAltName did not match expected name `127.0.0.1\'',
    ],
  },
  // ---------------------------------------------------------------- TLS versions and failed handshakes
  {
    id: 'tls-version',
    pattern:
      /unsupported protocol|UNSUPPORTED_PROTOCOL|No appropriate protocol \(protocol is disabled or cipher suites are inappropriate\)|Received fatal alert: (?:handshake_failure|protocol_version)|(?:SSLV3|TLSV1)_ALERT_(?:HANDSHAKE_FAILURE|PROTOCOL_VERSION)|sslv3 alert handshake failure|tls: server selected unsupported protocol version|tls: no supported versions satisfy MinVersion and MaxVersion|remote error: tls: (?:handshake failure|protocol version not supported)|do not possess a common algorithm|no protocols available|remote party sent a TLS alert: '(?:HandshakeFailure|ProtocolVersion|InsufficientSecurity)'/i,
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
      // .NET SslStream (System.Net.Security SR net_auth_tls_alert) with the TlsAlertMessage name
      "System.Security.Authentication.AuthenticationException: Authentication failed because the remote party sent a TLS alert: 'ProtocolVersion'.",
    ],
  },
  {
    id: 'tls-dh-key-too-small',
    wording: 'tls-version',
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
    wording: 'tls-version',
    // "Could not convert socket to TLS" alone: the nested cause is cut off. When it is printed
    // (PKIX, No appropriate protocol, Unrecognized SSL message ...) that signature decides.
    pattern:
      /^(?![\s\S]*(?:PKIX|[Cc]ertificate|[Uu]nrecognized SSL message|No appropriate protocol|handshake_failure|protocol_version|timed out|[Rr]eset|refused|Remote host|subject alternative|identity of server))[\s\S]*?Could not convert socket to TLS/,
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
    wording: 'tls-mode-plain',
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
    wording: 'tls-version',
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
];
