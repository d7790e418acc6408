import type { Signature } from '../types.js';

/**
 * Signatures, part of TLS_SIGNATURES (tls.ts, which keeps their order):
 * certificates.
 */
export const CERT_SIGNATURES: Signature[] = [
  // ---------------------------------------------------------------- certificates
  {
    id: 'cert-self-signed-in-chain',
    wording: 'cert-untrusted',
    pattern: /self[- ]signed certificate in certificate chain|SELF_SIGNED_CERT_IN_CHAIN/i,
    code: 'SELF_SIGNED_CERT_IN_CHAIN',
    step: 'tls',
    source:
      'OpenSSL X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN as worded by Node, Python and Ruby; ' +
      'https://github.com/nodemailer/nodemailer/issues/1040, https://github.com/chatwoot/chatwoot/issues/2207',
    examples: [
      "{ Error: self signed certificate in certificate chain\n    at TLSSocket.onConnectSecure " +
      "(_tls_wrap.js:1055:34)\n    at TLSSocket.emit (events.js:198:13)\n    at TLSSocket._finishInit " +
      "(_tls_wrap.js:633:8) code: 'ESOCKET', command: 'CONN' }",
      'Error: self-signed certificate in certificate chain at TLSSocket.onConnectSecure (node:_tls_wrap:1674:34) at ' +
      'TLSSocket.emit (node:events:518:28) { code: \'ESOCKET\', command: \'CONN\' }',
      '| OpenSSL::SSL::SSLError: SSL_connect returned=1 errno=0 state=error: certificate verify failed (self signed ' +
      'certificate in certificate chain)',
    ],
  },
  {
    id: 'cert-self-signed',
    wording: 'cert-untrusted',
    pattern: /self[- ]signed certificate(?! in certificate chain)(?! which cannot be verified)|DEPTH_ZERO_SELF_SIGNED_CERT/i,
    code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
    step: 'tls',
    source:
      'OpenSSL X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT as worded by Node, Python and Ruby; ' +
      'https://github.com/nodemailer/nodemailer/issues/406, ' +
      'https://github.com/intuitem/ciso-assistant-community/issues/1415, ' +
      'https://github.com/pglombardo/PasswordPusher/issues/385',
    examples: [
      "'{ [Error: self signed certificate] code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }'",
      "error=SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed " +
      "certificate (_ssl.c:1000)') ip=127.0.0.1",
      'OpenSSL::SSL::SSLError (SSL_connect returned=1 errno=0 state=error: certificate verify failed (self signed ' +
      'certificate)):',
    ],
  },
  {
    id: 'cert-unknown-issuer',
    wording: 'cert-untrusted',
    pattern: /unable to get local issuer certificate|UNABLE_TO_GET_ISSUER_CERT_LOCALLY|PKIX path building failed|unable to find valid certification path to requested target|x509: certificate signed by unknown authority|hasn't got a known issuer/i,
    code: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    step: 'tls',
    source:
      'OpenSSL X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY, JSSE PKIX, Go x509.UnknownAuthorityError; ' +
      'https://github.com/nodemailer/nodemailer/issues/705, https://github.com/kiwitcms/Kiwi/issues/3464, ' +
      'https://github.com/OpenPPM/OpenPPM/issues/5, https://github.com/amborle/featmap/issues/66',
    examples: [
      // GnuTLS as msmtp words it (src/tls.c)
      "msmtp: TLS certificate verification failed: the certificate hasn't got a known issuer",
      "[Error: unable to get local issuer certificate] code: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY'",
      'ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get ' +
      'local issuer certificate (_ssl.c:1129)',
      "/usr/local/lib/ruby/3.0.0/net/protocol.rb:46:in `connect_nonblock': SSL_connect returned=1 errno=0 " +
      "state=error: certificate verify failed (unable to get local issuer certificate) (OpenSSL::SSL::SSLError)",
      'javax.mail.MessagingException: Could not convert socket to TLS;\n  nested exception ' +
      'is:\n\tjavax.net.ssl.SSLHandshakeException: sun.security.validator.ValidatorException: PKIX path building ' +
      'failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path ' +
      'to requested target\n\tat com.sun.mail.smtp.SMTPTransport.startTLS(SMTPTransport.java:1907)',
      '2022/06/28 18:28:04 smtp error: x509: certificate signed by unknown authority',
    ],
  },
  {
    id: 'cert-leaf-unverified',
    wording: 'cert-untrusted',
    pattern: /unable to verify the first certificate|UNABLE_TO_VERIFY_LEAF_SIGNATURE/i,
    code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    step: 'tls',
    source:
      'OpenSSL X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE (incomplete chain); ' +
      'https://github.com/dawidd6/action-send-mail/issues/20, https://github.com/authelia/authelia/issues/179',
    examples: [
      'Run dawidd6/action-send-mail@v2.2.1\nError: unable to verify the first certificate',
      " Error: unable to verify the first certificate at: Error: unable to verify the first certificate\n    at " +
      "Error (native)\n    at TLSSocket.<anonymous> (_tls_wrap.js:1092:38)",
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
      'OpenSSL "certificate verify failed" without a detail (PHP stream_socket_client), .NET SslStream; ' +
      'https://github.com/PHPMailer/PHPMailer/issues/1932, https://github.com/symfony/symfony/issues/35403, ' +
      'https://github.com/serilog/serilog-sinks-email/issues/69; MailKit SslHandshakeException.Create ' +
      '(https://github.com/jstedfast/MailKit/blob/master/MailKit/Security/SslHandshakeException.cs), ' +
      'https://github.com/streetwriters/notesnook-sync-server/issues/34',
    examples: [
      '2020-01-01 05:42:41 Connection failed. Error #2: stream_socket_client(): SSL operation failed with code 1. ' +
      'OpenSSL Error messages:error:1416F086:SSL routines:tls_process_server_certificate:certificate verify failed ' +
      '[C:\\wamp64\\www\\project\\mail_test\\vendor\\phpmailer\\phpmailer\\src\\SMTP.php line 349]\n2020-01-01 ' +
      '05:42:41 SMTP ERROR: Failed to connect to server: (0)\nSMTP connect() failed. ' +
      'https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
      'Warning: stream_socket_enable_crypto(): SSL operation failed with code 1. OpenSSL Error messages: ' +
      'error:1416F086:SSL routines:tls_process_server_certificate:certificate verify failed',
      "Failed to send email: MailKit.Security.SslHandshakeException: An error occurred while attempting to " +
      "establish an SSL or TLS connection.\n\nThe SSL certificate presented by the server is not trusted by the " +
      "system for one or more of the following reasons:\n1. The server is using a self-signed certificate which " +
      "cannot be verified.\n2. The local system is missing a Root or Intermediate certificate needed to verify the " +
      "server's certificate.\n3. The certificate presented by the server is expired or invalid.\n\nSee " +
      "https://github.com/jstedfast/MailKit/blob/master/FAQ.md#InvalidSslCertificate for possible solutions. ---> " +
      "System.Security.Authentication.AuthenticationException: The remote certificate is invalid according to the " +
      "validation procedure.",
      // .NET 5+ SslStream: the X509ChainStatusFlags that failed
      'System.Net.Mail.SmtpException: Failure sending mail.\n ---> ' +
      'System.Security.Authentication.AuthenticationException: The remote certificate is invalid because of errors ' +
      'in the certificate chain: UntrustedRoot',
      " MailKit.Security.SslHandshakeException: An error occurred while attempting to establish an SSL or TLS " +
      "connection.\n\n      The server's SSL certificate could not be validated for the following reasons:\n      " +
      "• The server certificate has the following errors:\n        • unable to get certificate CRL\n        • " +
      "unable to get certificate CRL\n\n       ---> System.Security.Authentication.AuthenticationException: The " +
      "remote certificate was rejected by the provided RemoteCertificateValidationCallback.",
    ],
  },
  {
    id: 'cert-expired',
    pattern: /certificate has expired|CERT_HAS_EXPIRED|CertificateExpiredException|x509: certificate has expired or is not yet valid|certificate is not yet valid|CERT_NOT_YET_VALID|not within its validity period when verifying against the current system clock|CertPathValidatorException: validity check failed|errors in the certificate chain: NotTimeValid|invalid peer certificate: (?:Expired|NotValidYet)/i,
    code: 'CERT_HAS_EXPIRED',
    step: 'tls',
    source:
      'OpenSSL X509_V_ERR_CERT_HAS_EXPIRED, JSSE CertificateExpiredException, Go x509.CertificateInvalidError; ' +
      'https://github.com/nodemailer/nodemailer/issues/530, ' +
      'https://github.com/vert-x3/vertx-mail-client/issues/147, https://github.com/authelia/authelia/issues/3700',
    examples: [
      "     Erorr: { [Error: certificate has expired] code: 'CERT_HAS_EXPIRED' }",
      "{ Error: certificate has expired\n    at TLSSocket.onConnectSecure (_tls_wrap.js:1046:34)\n    at " +
      "TLSSocket.emit (events.js:180:13)\n    at TLSSocket._finishInit (_tls_wrap.js:633:8) code: 'ESOCKET', " +
      "command: 'CONN' }",
      'The root cause is: `java.security.cert.CertificateExpiredException: NotAfter: Thu May 21 17:55:09 CST 2020`',
      'Notifier SMTP client encountered error during cleanup: x509: certificate has expired or is not yet valid',
      // JSSE PKIXValidator (validity check), .NET SslStream X509ChainStatusFlags, rustls CertificateError
      'javax.net.ssl.SSLHandshakeException: PKIX path validation failed: ' +
      'java.security.cert.CertPathValidatorException: validity check failed',
      'System.Security.Authentication.AuthenticationException: The remote certificate is invalid because of errors ' +
      'in the certificate chain: NotTimeValid',
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
      'Node tls.checkServerIdentity, CPython ssl match_hostname, JSSE HostnameChecker, Ruby OpenSSL ' +
      'post_connection_check, Go x509.HostnameError, PHP peer_name, JavaMail SocketFetcher.checkServerIdentity ' +
      '(mail.smtp.ssl.checkserveridentity); test/stacks/matrix.json; ' +
      'https://github.com/nodemailer/nodemailer/issues/1391, https://github.com/home-assistant/core/issues/174821, ' +
      'https://github.com/eclipse-ee4j/angus-mail/issues/187, https://github.com/adamcooke/staytus/issues/38, ' +
      'https://github.com/keel-hq/keel/issues/526, https://github.com/jstedfast/MailKit/issues/1207',
    examples: [
      // curl lib/vtls/openssl.c, msmtp src/tls.c, OTP ssl {bad_cert,hostname_check_failed}
      "curl: (60) SSL: no alternative certificate subject name matches target host name 'smtp.example.com'",
      "Error [ERR_TLS_CERT_ALTNAME_INVALID]: Hostname/IP does not match certificate's altnames: Host: " +
      "mail.axolites.com. is not in the cert's altnames: DNS:s483.bom7.mysecurecloudhost.com",
      "Hostname/IP does not match certificate's altnames: Host: mail.botden.cf. is not in the cert's altnames: " +
      "DNS:botden.cf, DNS:www.botden.cf",
      "ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Hostname mismatch, " +
      "certificate is not valid for 'smtp.mailgun.com'. (_ssl.c:1081)",
      'Caused by: java.security.cert.CertificateException: No subject alternative DNS name matching mailtest.local ' +
      'found.\n\tat java.base/sun.security.util.HostnameChecker.matchDNS(HostnameChecker.java:207)',
      '[Worker(host:v-status-001-prod.prod.symcpe.net pid:8323)] Job Issue#send_notifications (id=2) FAILED (3 ' +
      'prior attempts) with OpenSSL::SSL::SSLError: hostname "smtp.<hostname>.net" does not match the server ' +
      'certificate',
      'time="2020-07-22T15:02:20Z" level=error msg="extension.notification.mail: failed to send notification" ' +
      'error="x509: certificate is valid for *, not xx.xx.com"',
      '_"Something went wrong while sending Mail. An error occurred while attempting to establish an SSL or TLS ' +
      'connection.\nThe host name did not match the name given in the server\'s SSL certificate."_',
      "jakarta.mail.MessagingException: Could not connect to SMTP host: 127.0.0.1, port: 10465;\n  nested exception " +
      "is:\n\tjava.io.IOException: Can't verify identity of server: 127.0.0.1",
      'Symfony\\Component\\Mailer\\Exception\\TransportException: Connection could not be established with host ' +
      '"ssl://127.0.0.1:10465": stream_socket_client(): Peer certificate subjectAltName did not match expected name ' +
      '`127.0.0.1\'',
    ],
  },
];
