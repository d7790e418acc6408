import { describe, expect, it } from 'vitest';
import type { CategoryId } from '../src/core/types.js';
import { detectStack, explain } from '../src/explain/explain.js';
import { extractReplies } from '../src/explain/extract.js';
import { normalize } from '../src/explain/normalize.js';
import { SIGNATURES, STACKS } from '../src/explain/signatures.js';
import { TOPIC_OF } from '../src/explain/stack-hints.js';
import { STACK_IDS, type StackId } from '../src/explain/types.js';
import { en, ko, tm } from '../src/i18n/index.js';

/**
 * For every signature, its real examples in order: [how the example starts, the category
 * `explain` must give for the whole text]. The full texts live next to the pattern in
 * src/explain/signatures.ts, with the URL they were taken from.
 */
const EXPECTED: Record<string, Array<[string, CategoryId]>> = {
  // src/explain/signatures/proxy.ts
  'proxy-unreachable': [
    ['socks.ProxyConnectionError: Error connecting to SOCKS5 proxy', 'PROXY_FAILURE'],
    ["java.net.SocketException: Can't connect to SOCKS proxy:", 'PROXY_FAILURE'],
  ],
  'proxy-auth-failed': [
    ['curl: (97) User was rejected by the SOCKS5 server', 'PROXY_FAILURE'],
    ['socks.GeneralProxyError: Socket error: SOCKS5 authentication failed', 'PROXY_FAILURE'],
    ['socks.SOCKS5AuthError: All offered SOCKS5 authentication methods', 'PROXY_FAILURE'],
    ['java.net.SocketException: SOCKS : authentication failed', 'PROXY_FAILURE'],
    ['SocksClientError: Socks5 Authentication failed', 'PROXY_FAILURE'],
  ],
  'proxy-target-refused': [
    ["curl: (97) Can't complete SOCKS5 connection to", 'CONNECTION_REFUSED'],
    ['socks.GeneralProxyError: Socket error: 0x05', 'CONNECTION_REFUSED'],
    ['java.net.SocketException: SOCKS: Connection refused', 'CONNECTION_REFUSED'],
    ['SocksClientError: Socks5 proxy rejected connection - ConnectionRefused', 'CONNECTION_REFUSED'],
  ],
  'proxy-target-unreachable': [
    ["curl: (97) Can't complete SOCKS5 connection to", 'CONNECTION_TIMEOUT'],
    ['socks.GeneralProxyError: Socket error: 0x04', 'CONNECTION_TIMEOUT'],
    ['java.net.SocketException: SOCKS: Host unreachable', 'CONNECTION_TIMEOUT'],
    ['SocksClientError: Socks5 proxy rejected connection - HostUnreachable', 'CONNECTION_TIMEOUT'],
  ],
  'proxy-refused': [
    ["curl: (97) Can't complete SOCKS5 connection to", 'PROXY_FAILURE'],
    ['socks.GeneralProxyError: Socket error: 0x02', 'PROXY_FAILURE'],
    ['java.net.SocketException: SOCKS: Connection not allowed', 'PROXY_FAILURE'],
    ['SocksClientError: Socks5 proxy rejected connection - NotAllowed', 'PROXY_FAILURE'],
  ],
  'proxy-protocol-error': [
    ['java.net.SocketException: Malformed reply from SOCKS server', 'PROXY_FAILURE'],
    ['socks.GeneralProxyError: Socket error: SOCKS5 proxy server sent invalid data', 'PROXY_FAILURE'],
    ['curl: (97) Received invalid version in initial SOCKS5 response.', 'PROXY_FAILURE'],
    ['SocksClientError: Received invalid Socks5 initial handshake', 'PROXY_FAILURE'],
  ],
  // src/explain/signatures/wrappers.ts
  'javamail-read-timeout': [
    ['jakarta.mail.MessagingException: Exception reading response;', 'TLS_MODE_MISMATCH'],
    ['org.springframework.mail.MailSendException: Mail server connection failed. Failed', 'TLS_MODE_MISMATCH'],
  ],
  'symfony-read-timeout': [['Symfony\\Component\\Mailer\\Exception\\TransportException: Connection to', 'TLS_MODE_MISMATCH']],
  'starttls-not-tls': [['jakarta.mail.MessagingException: Could not convert socket to TLS;', 'PROTOCOL_ERROR']],
  'starttls-handshake-timeout': [
    ['jakarta.mail.MessagingException: Could not convert socket to TLS;', 'PROTOCOL_ERROR'],
    ['Symfony\\Component\\Mailer\\Exception\\TransportException: Unable to connect', 'PROTOCOL_ERROR'],
    ['PHPMailer\\PHPMailer\\Exception: SMTP Error: Could not connect to SMTP host. Connection', 'PROTOCOL_ERROR'],
  ],
  'php-cert-verify-failed': [
    ['Symfony\\Component\\Mailer\\Exception\\TransportException: Connection could not', 'CERT_UNTRUSTED'],
    ['Symfony\\Component\\Mailer\\Exception\\TransportException: Unable to connect', 'CERT_UNTRUSTED'],
  ],
  'phpmailer-starttls-failed': [['PHPMailer\\PHPMailer\\Exception: SMTP Error: Could not connect to SMTP host. STARTTLS', 'TLS_VERSION_OR_CIPHER']],
  'phpmailer-connect-failed': [['PHPMailer\\PHPMailer\\Exception: SMTP Error: Could not connect to SMTP host.', 'TLS_MODE_MISMATCH']],
  'phpmailer-recipients-failed': [
    ['PHPMailer\\PHPMailer\\Exception: SMTP Error: The following recipients failed: someone', 'RELAY_DENIED'],
    ['PHPMailer\\PHPMailer\\Exception: SMTP Error: The following recipients failed: nobody', 'RECIPIENT_REJECTED'],
    ['PHPMailer\\PHPMailer\\Exception: SMTP Error: The following recipients failed: tester', 'MISSING_CREDENTIALS'],
  ],
  'python-disconnected-on-ssl-port': [["比如使用腾讯企业邮，端口 465 后，会报 ：\n\n> smtplib.SMTPS", 'TLS_MODE_MISMATCH']],
  'cert-expired-wording': [["2019/09/14 00:52:08 x509: certificate ha", 'CERT_EXPIRED']],
  'cert-hostname-wording': [["[SSL: CERTIFICATE_VERIFY_FAILED] certifi", 'CERT_HOSTNAME_MISMATCH']],
  'cert-untrusted-wording': [["fastapi_mail.errors.ConnectionErrors: Ex", 'CERT_UNTRUSTED']],
  'refused-wording': [["  File \"c:\\python36\\Lib\\smtplib.py\", lin", 'CONNECTION_REFUSED']],
  'ruby-read-timeout': [["The commands timeout and produces: \"Net:", 'TLS_MODE_MISMATCH']],
  'greeting-never-received': [
    ['SmtpNoGreetingException: Timed out while waiting for greetin', 'TLS_MODE_MISMATCH'],
    ["Error: Greeting never received", 'TLS_MODE_MISMATCH'],
    ["{ [Error: Greeting never received] code: 'ETIMEDOUT', errno:", 'TLS_MODE_MISMATCH'],
  ],
  'wrong-version-number': [
    ['msmtp: TLS handshake failed: An unexpected TLS packet was re', 'TLS_MODE_MISMATCH'],
    ["Error: 140736:error:1408F10B:SSL routines:ssl3_get_record:wr", 'TLS_MODE_MISMATCH'],
    ["[Error: 140632260122560:error:1408F10B:SSL routines:ssl3_get", 'TLS_MODE_MISMATCH'],
    ["ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version numb", 'TLS_MODE_MISMATCH'],
    ["OpenSSL::SSL::SSLError: SSL_connect returned=1 errno=0 state", 'TLS_MODE_MISMATCH'],
    ["javax.net.ssl.SSLException: Unrecognized SSL message, plaint", 'TLS_MODE_MISMATCH'],
    ["tls: first record does not look like a TLS handshake", 'TLS_MODE_MISMATCH'],
    ["{ Error: 4412364224:error:140770FC:SSL routines:SSL23_GET_SE", 'TLS_MODE_MISMATCH'],
    ["MailKit.Security.SslHandshakeException: An error occurred wh", 'TLS_MODE_MISMATCH'],
    ["`*** Exception: HandshakeFailed (Error_Packet_Parsing \"Faile", 'TLS_MODE_MISMATCH'],
  ],
  'python-disconnected-at-connect': [
    ["2015-07-17 13:51:36: ERROR: failed to send mar: Connection u", 'TLS_MODE_MISMATCH'],
    ["Traceback (most recent call last):", 'TLS_MODE_MISMATCH'],
  ],
  'ruby-eof-at-greeting': [
    ["EOFError: end of file reached", 'TLS_MODE_MISMATCH'],
    ["F, [2018-06-20T21:35:20.518125 #5728] FATAL -- : end of file", 'TLS_MODE_MISMATCH'],
    ["### Actual behaviour", 'TLS_MODE_MISMATCH'],
  ],
  'ruby-read-timeout-at-greeting': [
    ["NOTIFICATION ERROR: Net::ReadTimeout", 'TLS_MODE_MISMATCH'],
  ],
  'dotnet-timeout': [
    ["Message:The operation has timed out.", 'TLS_MODE_MISMATCH'],
    ["2020-03-04 14:42:59.942 -07:00 [ERR] Problem sending e-mail", 'TLS_MODE_MISMATCH'],
  ],
  'javamail-no-greeting': [
    ["javax.mail.MessagingException: Could not connect to SMTP hos", 'TLS_MODE_MISMATCH'],
    ["Mail Send Error [class javax.mail.MessagingException] - Coul", 'TLS_MODE_MISMATCH'],
    ["[07-09-2023 18:46:26][AP-Web][WARN] Details: Got bad greetin", 'TLS_MODE_MISMATCH'],
  ],
  'go-eof-at-dial': [
    ["Error during execute - Error Dialing smtp server: EOF", 'TLS_MODE_MISMATCH'],
    ["export: ERROR: senderRelay.send: EOF {id=12}", 'TLS_MODE_MISMATCH'],
    ["2016/05/19 21:30:03 worker.go:227: Sending Email to ***.***@", 'TLS_MODE_MISMATCH'],
  ],
  'python-auth-not-offered': [
    ["  File \"/Users/batman/opt/anaconda3/envs/pysystemtrade/lib/p", 'STARTTLS_REQUIRED'],
    ["'    raise SMTPException(\"SMTP AUTH extension not supported", 'STARTTLS_REQUIRED'],
    ["`smtplib.SMTPException: No suitable authentication method fo", 'STARTTLS_REQUIRED'],
    ['aiosmtplib.errors.SMTPException: The SMTP AUTH extension is', 'STARTTLS_REQUIRED'],
  ],
  'starttls-not-offered': [
    ["  File \"/usr/lib/python3.10/smtplib.py\", line 771, in startt", 'TLS_MODE_MISMATCH'],
    ["javax.mail.MessagingException: STARTTLS is required but host", 'TLS_MODE_MISMATCH'],
    ["[04/01/2010-20:17:40] ! HFM.Helpers.NetworkOps.SendEmail Thr", 'TLS_MODE_MISMATCH'],
    ["2020-08-06 09:51:51.101 -05:00 [INF] Error: System.Net.Mail.", 'TLS_MODE_MISMATCH'],
  ],
  'go-unencrypted-auth': [
    ["level=error ts=2018-05-03T03:18:35.632974975Z caller=dispatc", 'STARTTLS_REQUIRED'],
    ["{\"level\":\"warn\",\"component\":\"pulse-config\",\"error\":\"SMTP aut", 'STARTTLS_REQUIRED'],
    ["email_send:failed to send: unencrypted connected", 'STARTTLS_REQUIRED'],
  ],
  'nodemailer-starttls-failed': [
    ["Error: Error upgrading connection with STARTTLS: 454 4.7.0 T", 'TLS_VERSION_OR_CIPHER'],
  ],
  'cert-self-signed-in-chain': [
    ["{ Error: self signed certificate in certificate chain", 'CERT_UNTRUSTED'],
    ["Error: self-signed certificate in certificate chain at TLSSo", 'CERT_UNTRUSTED'],
    ["| OpenSSL::SSL::SSLError: SSL_connect returned=1 errno=0 sta", 'CERT_UNTRUSTED'],
  ],
  'cert-self-signed': [
    ["'{ [Error: self signed certificate] code: 'DEPTH_ZERO_SELF_S", 'CERT_UNTRUSTED'],
    ["error=SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_", 'CERT_UNTRUSTED'],
    ["OpenSSL::SSL::SSLError (SSL_connect returned=1 errno=0 state", 'CERT_UNTRUSTED'],
  ],
  'cert-unknown-issuer': [
    ['msmtp: TLS certificate verification failed: the certificate ', 'CERT_UNTRUSTED'],
    ["[Error: unable to get local issuer certificate] code: 'UNABL", 'CERT_UNTRUSTED'],
    ["ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILE", 'CERT_UNTRUSTED'],
    ["/usr/local/lib/ruby/3.0.0/net/protocol.rb:46:in `connect_non", 'CERT_UNTRUSTED'],
    ["javax.mail.MessagingException: Could not convert socket to T", 'CERT_UNTRUSTED'],
    ["2022/06/28 18:28:04 smtp error: x509: certificate signed by", 'CERT_UNTRUSTED'],
  ],
  'cert-leaf-unverified': [
    ["Run dawidd6/action-send-mail@v2.2.1", 'CERT_UNTRUSTED'],
    [" Error: unable to verify the first certificate at: Error: un", 'CERT_UNTRUSTED'],
  ],
  'cert-verify-failed': [
    ["2020-01-01 05:42:41 Connection failed. Error #2: stream_sock", 'CERT_UNTRUSTED'],
    ["Warning: stream_socket_enable_crypto(): SSL operation failed", 'CERT_UNTRUSTED'],
    ["Failed to send email: MailKit.Security.SslHandshakeException", 'CERT_UNTRUSTED'],
    ['System.Net.Mail.SmtpException: Failure sending mail.', 'CERT_UNTRUSTED'],
    [" MailKit.Security.SslHandshakeException: An error occurred w", 'CERT_UNTRUSTED'],
  ],
  'cert-expired': [
    ["     Erorr: { [Error: certificate has expired] code: 'CERT_H", 'CERT_EXPIRED'],
    ["{ Error: certificate has expired", 'CERT_EXPIRED'],
    ["The root cause is: `java.security.cert.CertificateExpiredExc", 'CERT_EXPIRED'],
    ["Notifier SMTP client encountered error during cleanup: x509:", 'CERT_EXPIRED'],
    ['javax.net.ssl.SSLHandshakeException: PKIX path validation fa', 'CERT_EXPIRED'],
    ['System.Security.Authentication.AuthenticationException: The', 'CERT_EXPIRED'],
    ['tls error: invalid peer certificate: Expired', 'CERT_EXPIRED'],
  ],
  'cert-hostname': [
    ['curl: (60) SSL: no alternative certificate subject name matc', 'CERT_HOSTNAME_MISMATCH'],
    ["Error [ERR_TLS_CERT_ALTNAME_INVALID]: Hostname/IP does not m", 'CERT_HOSTNAME_MISMATCH'],
    ["Hostname/IP does not match certificate's altnames: Host: mai", 'CERT_HOSTNAME_MISMATCH'],
    ["ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILE", 'CERT_HOSTNAME_MISMATCH'],
    ["Caused by: java.security.cert.CertificateException: No subje", 'CERT_HOSTNAME_MISMATCH'],
    ["[Worker(host:v-status-001-prod.prod.symcpe.net pid:8323)] Jo", 'CERT_HOSTNAME_MISMATCH'],
    ["time=\"2020-07-22T15:02:20Z\" level=error msg=\"extension.notif", 'CERT_HOSTNAME_MISMATCH'],
    ["_\"Something went wrong while sending Mail. An error occurred", 'CERT_HOSTNAME_MISMATCH'],
    ["jakarta.mail.MessagingException: Could not connect to SMTP host: 127.0.0.1, port: 10465;", 'CERT_HOSTNAME_MISMATCH'],
    ['Symfony\\Component\\Mailer\\Exception\\TransportException: Connection could not', 'CERT_HOSTNAME_MISMATCH'],
  ],
  'tls-version': [
    ["Could not convert socket to TLS", 'TLS_VERSION_OR_CIPHER'],
    ["javax.mail.MessagingException: Could not connect to SMTP hos", 'TLS_VERSION_OR_CIPHER'],
    ["> Exception Details: System.ComponentModel.Win32Exception: T", 'TLS_VERSION_OR_CIPHER'],
    ["error:0A000102:SSL routines::unsupported protocol", 'TLS_VERSION_OR_CIPHER'],
    ['System.Security.Authentication.AuthenticationException: Auth', 'TLS_VERSION_OR_CIPHER'],
  ],
  'tls-dh-key-too-small': [
    ["11168:error:14082174:SSL routines:ssl3_check_cert_and_algori", 'TLS_VERSION_OR_CIPHER'],
  ],
  'tls-handshake-failed': [
    ["javax.net.ssl.SSLHandshakeException: Remote host terminated", 'PROTOCOL_ERROR'],
    ["Error: Client network socket disconnected before secure TLS", 'PROTOCOL_ERROR'],
  ],
  'javamail-starttls-failed': [
    ["org.simplejavamail.mailer.internal.MailerException: Third pa", 'TLS_VERSION_OR_CIPHER'],
  ],
  'mailkit-handshake-port': [
    ["MailKit.Security.SslHandshakeException: An error occurred wh", 'TLS_MODE_MISMATCH'],
    ["An error occurred while attempting to establish an SSL or TL", 'TLS_MODE_MISMATCH'],
  ],
  'mailkit-handshake-generic': [
    ["MailKit.Security.SslHandshakeException", 'TLS_VERSION_OR_CIPHER'],
  ],
  'dns-not-found': [
    ['msmtp: cannot locate host smtp.example.com: host not found (', 'DNS_FAILURE'],
    ["{ [Error: getaddrinfo ENOTFOUND smtp.gmail.com]", 'DNS_FAILURE'],
    ["Error: getaddrinfo ENOTFOUND \"smtp.gmail.com\";", 'DNS_FAILURE'],
    ["  File \"/usr/local/lib/python3.6/smtplib.py\", line 335, in c", 'DNS_FAILURE'],
    ["Mail server connection failed; nested exception is com.sun.m", 'DNS_FAILURE'],
    ["I am getting \" dial tcp: lookup smtp.gmail.com: getaddrinfow", 'DNS_FAILURE'],
    ['socket.gaierror: [Errno -5] No address associated with host', 'DNS_FAILURE'],
    ["\"error\": {", 'DNS_FAILURE'],
    ['System.Net.Sockets.SocketException (11001): 알려진 호스트가 없습니다.', 'DNS_FAILURE'],
  ],
  'dns-temporary': [
    ['dial tcp: lookup smtp.example.com on 127.0.0.11:53: read udp', 'DNS_FAILURE'],
    ["{ [Error: getaddrinfo EAI_AGAIN west.exch032.serverdata.net:", 'DNS_FAILURE'],
    ["Error: queryA EREFUSED smtp.office365.com", 'DNS_FAILURE'],
    ["Failed to send email. Reason: getaddrinfo EAI_AGAIN smtp.mai", 'DNS_FAILURE'],
  ],
  'econnrefused': [
    ["Error: connect ECONNREFUSED 127.0.0.1:587", 'CONNECTION_REFUSED'],
    ["ConnectionRefusedError: [Errno 111] Connection refused", 'CONNECTION_REFUSED'],
    ["Caused by: com.sun.mail.util.MailConnectException: Couldn't", 'CONNECTION_REFUSED'],
    ["/usr/local/lib/ruby/2.0.0/net/smtp.rb:541:in `initialize': C", 'CONNECTION_REFUSED'],
    ["2016-02-10 SMTP ERROR: Failed to connect to server: Connecti", 'CONNECTION_REFUSED'],
    ["Send email failed: dial tcp 172.18.0.25:587: getsockopt: con", 'CONNECTION_REFUSED'],
    ["Mail Error on dialing with encryption type STARTTLS: dial tc", 'CONNECTION_REFUSED'],
    ['System.Net.Sockets.SocketException (10061): 대상 컴퓨터에서 연결을', 'CONNECTION_REFUSED'],
  ],
  'connect-timeout': [
    ["{:error, :retries_exceeded, {:network_failure, 'smtp.example", 'CONNECTION_TIMEOUT'],
    ['  File "/usr/lib/python3.11/socket.py", line 836, in create_', 'CONNECTION_TIMEOUT'],
    ["{ Error: Connection timeout", 'CONNECTION_TIMEOUT'],
    ["{\n  errno: 'ETIMEDOUT", 'CONNECTION_TIMEOUT'],
    ["{ Error: connect ETIMEDOUT 74.125.24.108:465", 'CONNECTION_TIMEOUT'],
    ["org.springframework.mail.MailSendException: Mail server conn", 'CONNECTION_TIMEOUT'],
    ["org.keycloak.email.EmailException: com.sun.mail.util.MailCon", 'CONNECTION_TIMEOUT'],
    ["TimeoutError: [WinError 10060] A connection attempt failed b", 'CONNECTION_TIMEOUT'],
    ["**Net::OpenTimeout** in **ActionMailer::MailDeliveryJob@mail", 'CONNECTION_TIMEOUT'],
    ["2018-01-15 15:58:23\tConnection: Failed to connect to server.", 'CONNECTION_TIMEOUT'],
    ["\"dial tcp 74.125.133.108:587: i/o timeout\"", 'CONNECTION_TIMEOUT'],
    ['System.Net.Sockets.SocketException (10060): 연결된 구성원으로부터', 'CONNECTION_TIMEOUT'],
  ],
  'nodemailer-timeout-object': [
    [" at SMTPConnection._formatError (/www/wwwroot/v2.yourdomain.", 'CONNECTION_TIMEOUT'],
  ],
  'unreachable': [
    ["  File \"/usr/lib/python2.7/smtplib.py\", line 806, in _get_so", 'CONNECTION_TIMEOUT'],
    ["W/System.err: com.sun.mail.util.MailConnectException: Couldn", 'CONNECTION_TIMEOUT'],
  ],
  'connect-reset': [
    ["Error: connect ECONNRESET", 'CONNECTION_REFUSED'],
  ],
  'connection-reset': [
    ["Error: read ECONNRESET", 'PROTOCOL_ERROR'],
    ["Mailer: fgets(): SSL: Connection reset by peer", 'PROTOCOL_ERROR'],
    ["System.IO.IOException: An existing connection was forcibly c", 'PROTOCOL_ERROR'],
    ['System.IO.IOException: 전송 연결에서 데이터를 읽을 수 없습니다', 'PROTOCOL_ERROR'],
    ['System.Net.Sockets.SocketException (10053): 현재 연결은 사용자의', 'PROTOCOL_ERROR'],
  ],
  'connection-closed': [
    ["Error: Unexpected socket close", 'PROTOCOL_ERROR'],
    ["  File \"C:\\Users\\victo\\AppData\\Local\\Programs\\Python\\Python3", 'PROTOCOL_ERROR'],
    ["System.Net.Mail.SmtpException: Failure sending mail. ---> Sy", 'PROTOCOL_ERROR'],
    ["Email server: Syntax error, command unrecognized. The server", 'PROTOCOL_ERROR'],
  ],
  'read-timeout': [
    ["Net::ReadTimeout: Net::ReadTimeout", 'TLS_MODE_MISMATCH'],
    // Jakarta's "Exception reading response" + read timeout: the reply never came (javamail-read-timeout)
    ["org.springframework.mail.MailSendException: Mail server conn", 'TLS_MODE_MISMATCH'],
  ],
  'missing-credentials': [
    ['msmtp: authentication method PLAIN needs a password', 'MISSING_CREDENTIALS'],
    ["Error sending email Error: Missing credentials for \"PLAIN\"", 'MISSING_CREDENTIALS'],
    [" \"message\": \"Missing credentials for \\\"PLAIN\\\"\"", 'MISSING_CREDENTIALS'],
  ],
  'credentials-not-sent': [
    ["GRAVE: org.springframework.messaging.MessagingException: fai", 'MISSING_CREDENTIALS'],
    ["Caused by: jakarta.mail.AuthenticationFailedException: faile", 'MISSING_CREDENTIALS'],
  ],
  'auth-no-common-mechanism': [
    ["javax.mail.AuthenticationFailedException: No authentication", 'AUTH_MECHANISM_UNSUPPORTED'],
    ["I keep getting \"System.NotSupportedException: No compatible", 'AUTH_MECHANISM_UNSUPPORTED'],
    ['Symfony\\Component\\Mailer\\Exception\\TransportException: Fail', 'AUTH_MECHANISM_UNSUPPORTED'],
    ['The requested authentication method "CRAM-MD5" is not suppor', 'AUTH_MECHANISM_UNSUPPORTED'],
    ["Error details:Enterprise.MailManager.ExternalMailInterface.F", 'AUTH_MECHANISM_UNSUPPORTED'],
  ],
  'go-auth-not-offered': [
    ["2024/05/01 10:00:00 smtp: server doesn't support AUTH", 'AUTH_MECHANISM_UNSUPPORTED'],
  ],
  'auth-not-enabled': [
    ["Error: Invalid login: 503 5.5.1 Error: authentication not en", 'AUTH_MECHANISM_UNSUPPORTED'],
  ],
  'auth-rejected': [
    ['curl: (67) Login denied', 'WRONG_CREDENTIALS'],
    ["{:error, :no_more_hosts, {:permanent_failure, 'smtp.example.", 'WRONG_CREDENTIALS'],
    ["Message could not be sent. Mailer Error: SMTP Error: Could n", 'WRONG_CREDENTIALS'],
    ["org.springframework.mail.MailAuthenticationException: Authen", 'WRONG_CREDENTIALS'],
    ["01-08 21:35:46.425: W/System.err(23534): javax.mail.Authenti", 'WRONG_CREDENTIALS'],
  ],
  'dotnet-not-authenticated': [
    ["System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.0 Authentication R", 'MISSING_CREDENTIALS'],
    ["Exception Details: System.Net.Mail.SmtpException: The SMTP s", 'MISSING_CREDENTIALS'],
    ["System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.5.1 Authentication R", 'MISSING_CREDENTIALS'],
    ["Exception calling \"Send\" with \"1\" argument(s): \"The SMTP ser", 'MISSING_CREDENTIALS'],
    ["##[error]The SMTP server requires a secure connection or the", 'MISSING_CREDENTIALS'],
  ],
  'python-not-connected': [
    ["  File \"/usr/lib/python2.7/smtplib.py\", line 336, in putcmd", 'PROTOCOL_ERROR'],
    ["smtplib.SMTPServerDisconnected: please run connect() first", 'PROTOCOL_ERROR'],
  ],
  'connect-failed-unspecified': [
    ["SMTP connect() failed. https://github.com/PHPMailer/PHPMaile", 'PROTOCOL_ERROR'],
    ["org.springframework.mail.MailSendException: Mail server conn", 'PROTOCOL_ERROR'],
  ],
  'command-rcpt': [
    ["{", 'RELAY_DENIED'],
    [" javax.mail.SendFailedException: Invalid Addresses;", 'RECIPIENT_REJECTED'],
    ["2014-07-09 12:52:22 SMTP ERROR: RCPT TO command failed: 451", 'SERVER_TEMPORARY_FAILURE'],
    ["Symfony\\Component\\Mailer\\Exception\\UnexpectedResponseExcepti", 'RECIPIENT_REJECTED'],
    ["Net::SMTPSyntaxError: 501 Syntax error in parameters", 'RECIPIENT_REJECTED'],
    ["System.Net.Mail.SmtpFailedRecipientException: Mailbox unavai", 'RECIPIENT_REJECTED'],
  ],
  'command-mail-from': [
    ["Error: Mail command failed: 501 mail from address must be sa", 'SENDER_NOT_AUTHORIZED'],
    ["SMTPSenderRefused: (553, '5.7.1 Sender address rejected: not", 'SENDER_NOT_AUTHORIZED'],
    ["com.sun.mail.smtp.SMTPSendFailedException: 530 5.7.0 Must is", 'STARTTLS_REQUIRED'],
  ],
  'command-data': [
    ["  File \"/usr/lib/python3.5/smtplib.py\", line 883, in sendmai", 'SENDER_NOT_AUTHORIZED'],
    ["SMTP ERROR: DATA command failed: 550 5.4.5 Daily user sendin", 'RATE_LIMITED'],
    ["Net::SMTPUnknownError: could not get 3xx (421: 421 4.7.0 Tem", 'SERVER_TEMPORARY_FAILURE'],
  ],
  'command-auth': [
    ["  code: 'EAUTH',", 'WRONG_CREDENTIALS'],
    ["2018-03-13 12:21:18 SERVER -> CLIENT: 535 Incorrect authenti", 'WRONG_CREDENTIALS'],
    ["Error: MailKit.Security.AuthenticationException: 535: 5.7.3", 'WRONG_CREDENTIALS'],
    ["MailKit.Security.AuthenticationException: 421: 4.3.2 Service", 'SERVER_TEMPORARY_FAILURE'],
  ],
  'reply-out-of-step': [
    ["Swift_TransportException: \"Expected response code 250 but go", 'PROTOCOL_ERROR'],
    ["[2020-10-13 23:18:41] local.ERROR: Expected response code 35", 'PROTOCOL_ERROR'],
    ["Error: Invalid greeting from server:", 'PROTOCOL_ERROR'],
  ],
  'greeting-reply': [
    ["ErrorMessage: SMTPConnectError: (421, b'Too many connections", 'RATE_LIMITED'],
    // A bare "response: 554" at the greeting names no client, blocklist or ban: the server refuses
    // service on that port (greeting.refused), not a blocked IP (spring-boot#14006 never said which).
    ["org.springframework.mail.MailSendException: Mail server conn", 'CONNECTION_REFUSED'],
    ['Error: Invalid greeting. response=421 4.3.2 mx.example.net Se', 'SERVER_TEMPORARY_FAILURE'],
  ],
  'greeting-refusal-wording': [
    ['554 5.7.1 mx.smtp-doctor.test ESMTP not accepting connection', 'CONNECTION_REFUSED'],
    ['Net::SMTPFatalError: 554 No SMTP service here', 'CONNECTION_REFUSED'],
  ],
  'http-status-as-greeting': [
    ['short response: HTTP/1.1 408 Request Timeout', 'PROTOCOL_ERROR'],
    ['Net::SMTPUnknownError: HTTP/1.1 400 Bad Request', 'PROTOCOL_ERROR'],
    ["smtplib.SMTPConnectError: (-1, b'/1.1 408 Request Timeout')", 'PROTOCOL_ERROR'],
    ['Symfony\\Component\\Mailer\\Exception\\TransportException: Expected response code', 'PROTOCOL_ERROR'],
  ],
  'go-read-timeout': [['read tcp 127.0.0.1:52814->127.0.0.1:10465: i/o timeout', 'TLS_MODE_MISMATCH']],
  'mta-dns-not-found': [
    ['Dec  6 05:40:00 mail postfix/smtp[2345]: 4Q1abc2XyZz: to=<user', 'DNS_FAILURE'],
    ['2026-12-06 05:40:00 1rAbCd-000123-AB ** user@example.org: all', 'DNS_FAILURE'],
  ],
  'mta-cert-untrusted': [
    ['Dec  6 05:40:00 mail postfix/smtp[2345]: certificate verifica', 'CERT_UNTRUSTED'],
    ['Dec  6 05:40:00 mail postfix/smtp[2345]: 4Q1abc2XyZz: to=<user', 'CERT_UNTRUSTED'],
  ],
  'mta-sasl-no-mechanism': [['Dec  6 05:40:00 mail postfix/smtp[2345]: warning: SASL auth', 'AUTH_MECHANISM_UNSUPPORTED']],
  'mta-auth-needs-encryption': [['504 5.5.4 Encryption required for requested authentication', 'STARTTLS_REQUIRED']],
  'starttls-refused-454': [
    ["smtplib.SMTPResponseException: (454, b'4.7.0 TLS not availab", 'TLS_VERSION_OR_CIPHER'],
    ['Net::SMTPServerBusy: 454 4.7.0 TLS not available due to loca', 'TLS_VERSION_OR_CIPHER'],
  ],
  'tls-handshake-timeout': [
    ['TimeoutError: _ssl.c:975: The handshake operation timed out', 'PROTOCOL_ERROR'],
    ['Error: TLS handshake timed out', 'PROTOCOL_ERROR'],
    ['Net::OpenTimeout: Net::OpenTimeout', 'PROTOCOL_ERROR'],
  ],
  // OAuth 2.0 (src/explain/signatures/oauth.ts)
  'oauth-error-challenge': [
    ['S: 334 eyJzdGF0dXMiOiI0MDAi', 'WRONG_CREDENTIALS'],
    ['<~  334 eyJzdGF0dXMiOiJpbnZhbGlkX3Rva2VuIn0=', 'WRONG_CREDENTIALS'],
  ],
  'oauth-server-rejected': [
    ['Error: SASL(-13): authentication failure: server rejected XOAUTH2', 'WRONG_CREDENTIALS'],
    ['smtp: SASL XOAUTH2 authentication failed', 'WRONG_CREDENTIALS'],
  ],
  'oauth-client-sent': [
    ['CLIENT -> SERVER: AUTH XOAUTH2 ', 'WRONG_CREDENTIALS'],
    ['R:535 5.7.3 Authentication unsuccessful', 'WRONG_CREDENTIALS'],
  ],
  'oauth-stack-config': [
    ['var oauth2 = new SaslMechanismOAuth2(', 'WRONG_CREDENTIALS'],
    ['props.put("mail.smtp.auth.mechanisms", "XOAUTH2");', 'WRONG_CREDENTIALS'],
    ["server.auth('XOAUTH2', lambda: auth_string)", 'WRONG_CREDENTIALS'],
    ["$mail->AuthType = 'XOAUTH2';", 'WRONG_CREDENTIALS'],
  ],
  'oauth-no-access-token': [
    ["Error: Can't create new access token for user", 'SERVER_TEMPORARY_FAILURE'],
    ['[2018-10-27 06:35:31] ERROR Failed generating new Access Token', 'SERVER_TEMPORARY_FAILURE'],
  ],
  'oauth-invalid-grant': [
    ['XOAUTH2 Error: Error: invalid_grant', 'WRONG_CREDENTIALS'],
    ["google.auth.exceptions.RefreshError: ('invalid_grant", 'WRONG_CREDENTIALS'],
  ],
  'oauth-invalid-client': [['{"error":"invalid_client"', 'WRONG_CREDENTIALS']],
};

describe('stack signatures', () => {
  it('every signature has a source, real examples and an expectation for each example', () => {
    const ids = SIGNATURES.map((s) => s.id);
    expect(new Set(ids).size, 'unique ids').toBe(ids.length);
    expect(Object.keys(EXPECTED).sort()).toEqual([...ids].sort());
    for (const sig of SIGNATURES) {
      expect(sig.source, sig.id).toMatch(/https:\/\//);
      expect(sig.examples.length, sig.id).toBeGreaterThan(0);
      expect(EXPECTED[sig.id]!.length, sig.id).toBe(sig.examples.length);
      if (sig.stacks) for (const st of sig.stacks) expect(STACK_IDS, sig.id).toContain(st);
    }
  });

  const cases = SIGNATURES.flatMap((sig) => sig.examples.map((text, i) => ({ sig, text, i, want: EXPECTED[sig.id]?.[i] })));

  it.each(cases.map((c) => [`${c.sig.id} #${c.i + 1}`, c] as const))('%s', (_name, { sig, text, want }) => {
    expect(want, 'expectation').toBeDefined();
    const [start, category] = want!;
    expect(text.startsWith(start), `example starts with ${JSON.stringify(start)}`).toBe(true);
    const norm = normalize(text);
    expect(sig.pattern.test(norm), 'own pattern matches the normalised text').toBe(true);
    if (sig.stacks) expect(sig.stacks).toContain(detectStack(norm));
    const r = explain(text);
    expect(r.category).toBe(category);
    expect(r.match).not.toBe('none');
    expect(tm('en', r.cause)).not.toMatch(/\{\w+\}/);
    expect(tm('ko', r.fix)).not.toMatch(/\{\w+\}/);
    for (const h of r.hints) expect(tm('en', h)).not.toMatch(/\{\w+\}/);
  });
});

describe('stack detection', () => {
  const SAMPLES: Array<[string, StackId]> = [
    ["Error: Invalid login: 535-5.7.8 Username and Password not accepted.\n    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:790:19) {\n  code: 'EAUTH',\n  responseCode: 535,\n  command: 'AUTH PLAIN'\n}", 'nodemailer'],
    ['Error: connect ECONNREFUSED 127.0.0.1:587\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1494:16)', 'node'],
    ["smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted.')", 'python'],
    ['  File "/usr/local/lib/python3.11/site-packages/django/core/mail/backends/smtp.py", line 72, in open\n    self.connection.login(self.username, self.password)\nsmtplib.SMTPAuthenticationError: (535, b\'5.7.3 Authentication unsuccessful\')', 'django'],
    ['javax.mail.AuthenticationFailedException: 535-5.7.8 Username and Password not accepted.', 'java'],
    ['org.springframework.mail.MailAuthenticationException: Authentication failed; nested exception is javax.mail.AuthenticationFailedException: 535 5.7.3 Authentication unsuccessful', 'spring'],
    ['Net::SMTPAuthenticationError: 535-5.7.8 Username and Password not accepted.', 'ruby'],
    ['Net::OpenTimeout in ActionMailer::MailDeliveryJob@mailers: execution expired', 'rails'],
    ['Warning: stream_socket_client(): unable to connect to ssl://smtp.example.com:465 (Connection timed out) in /var/www/html/mail.php on line 12', 'php'],
    ['SMTP Error: Could not authenticate.', 'phpmailer'],
    ['Symfony\\Component\\Mailer\\Exception\\TransportException: Connection could not be established with host "smtp.example.com:587": stream_socket_client(): unable to connect to smtp.example.com:587 (Connection refused)', 'symfony'],
    ['Illuminate\\Mail\\Mailer->send() Swift_TransportException: Connection could not be established with host smtp.mailtrap.io [Connection refused #111] laravel', 'laravel'],
    ['System.Net.Mail.SmtpException: Failure sending mail. ---> System.IO.IOException: Unable to read data from the transport connection: net_io_connectionclosed.', 'dotnet'],
    ['dial tcp 10.0.0.5:587: connect: connection refused', 'go'],
    // The libraries' own templates, with nothing else around them (fixtures/explain/templates.jsonl)
    ['Error: Mail command failed: 530 5.7.0 Authentication required', 'nodemailer'],
    ['Error: Message failed: 552 5.3.4 Message size exceeds fixed limit', 'nodemailer'],
    ['Error: Invalid HELO. response=501 5.5.2 <my_host>: Helo command rejected: Invalid name', 'nodemailer'],
    ['TimeoutError: [WinError 10060] A connection attempt failed because the connected party did not properly respond', 'python'],
    ['SMTP server error: MAIL FROM command failed Detail: Authentication required SMTP code: 530', 'phpmailer'],
    ["Unable to connect with STARTTLS: stream_socket_enable_crypto(): Peer certificate CN=`mail.example.net' did not match expected CN=`smtp.example.com'", 'symfony'],
    ['ArgumentError: SMTP-AUTH requested but missing secret phrase', 'ruby'],
    ['SocketError: Failed to open TCP connection to smtp.example.com:587 (getaddrinfo: Name or service not known)', 'ruby'],
    ['remote error: tls: handshake failure', 'go'],
    ['tls: server selected unsupported protocol version 301', 'go'],
  ];

  it.each(SAMPLES)('%s', (text, stack) => {
    expect(detectStack(normalize(text))).toBe(stack);
    expect(explain(text).stack).toBe(stack);
  });

  it('covers every stack id, and every stack id has a detector', () => {
    expect(new Set(SAMPLES.map(([, s]) => s))).toEqual(new Set(STACK_IDS));
    expect(new Set(STACKS.map((s) => s.id))).toEqual(new Set(STACK_IDS));
  });

  it('does not take plain text for a stack', () => {
    expect(detectStack('535 5.7.8 Username and Password not accepted')).toBeUndefined();
    expect(detectStack('something went wrong, please try again')).toBeUndefined();
  });
});

describe('stack setting hints', () => {
  const topics = [...new Set(Object.values(TOPIC_OF))];

  it('exist in both catalogs for every stack and topic', () => {
    expect(topics.length).toBeGreaterThan(0);
    for (const stack of STACK_IDS) {
      for (const topic of topics) {
        const key = `stack.${stack}.${topic}`;
        expect((en as Record<string, string>)[key], `en ${key}`).toBeTruthy();
        expect((ko as Record<string, string>)[key], `ko ${key}`).toBeTruthy();
      }
    }
  });

  it('are attached to the explanation for the stack the text came from', () => {
    const r = explain("smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted.')");
    expect(r.hints.map((h) => h.key)).toContain('stack.python.credentials');
    const s = explain('org.springframework.mail.MailSendException: Mail server connection failed; nested exception is javax.mail.MessagingException: Could not connect to SMTP host: smtp.gmail.com, port: 465, response: -1');
    expect(s.category).toBe('TLS_MODE_MISMATCH');
    expect(s.hints.map((h) => h.key)).toContain('stack.spring.tls-mode');
  });
});

describe('reply wordings of the stacks', () => {
  it('reads MailKit "535: 5.7.3 ..." as a reply', () => {
    expect(extractReplies('MailKit.Security.AuthenticationException: 535: 5.7.3 Authentication unsuccessful')[0]).toMatchObject({ code: 535, enhanced: '5.7.3' });
  });
  it('gives .NET status phrases their reply code', () => {
    expect(extractReplies('System.Net.Mail.SmtpException: Mailbox unavailable. The server response was: 5.7.1 Unable to relay')[0]).toMatchObject({ code: 550, enhanced: '5.7.1' });
    expect(extractReplies('The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.0 Authentication Required.')[0]).toMatchObject({ code: 530, enhanced: '5.7.0' });
  });
  it('does not take "host: port" or a package version for a reply', () => {
    expect(extractReplies("Couldn't connect to host, port: smtp.office365.com, 587; timeout -1")).toEqual([]);
    expect(extractReplies('unable to connect to ssl://smtp.example.com:465 (Connection timed out)')).toEqual([]);
    expect(extractReplies('at SMTPConnection._formatError (/root/app/node_modules/_nodemailer@4.7.0@nodemailer/lib/smtp-connection/index.js:605:19)')).toEqual([]);
  });
  it('reads a reply glued to a log prefix ("message:530", "FROM SERVER:421")', () => {
    expect(extractReplies('Failed to send email message:530 5.7.0 Must issue a STARTTLS command first')[0]).toMatchObject({ code: 530, enhanced: '5.7.0' });
    expect(extractReplies('SMTP -> FROM SERVER:421 Too many concurrent SMTP connections; please try again later.')[0]).toMatchObject({ code: 421 });
  });
  it('reads Roundcube and deno-smtp wordings', () => {
    expect(extractReplies('SMTP Error (535): Authentication failed')[0]).toMatchObject({ code: 535 });
    expect(extractReplies('PHP message: ERROR: Invalid response code received from server (535)')[0]).toMatchObject({ code: 535 });
    expect(extractReplies('Uncaught (in promise) Error: 550: Message was not accepted -- invalid mailbox.')[0]).toMatchObject({ code: 550 });
  });
  it('reads a .NET status phrase wrapped over lines or translated', () => {
    const wrapped = 'Exception: The SMTP server requires a secure connection or the client was\nnot authenticated. The server response was: 5.7.0 Must issue a STARTTLS\ncommand first.';
    expect(extractReplies(wrapped)[0]).toMatchObject({ code: 530, enhanced: '5.7.0' });
    expect(explain(wrapped).category).toBe('STARTTLS_REQUIRED');
    const is = 'System.Net.Mail.SmtpException: "The SMTP server requires a secure connection or the client is not authenticated. The server response is: 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM"';
    expect(extractReplies(is)[0]).toMatchObject({ code: 530, enhanced: '5.7.57' });
    expect(explain(is).category).toBe('MISSING_CREDENTIALS');
  });
  it('joins Python byte-string and JSON-escaped multi-line replies', () => {
    const py = extractReplies(normalize("smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted. Learn more at\\n5.7.8  https://support.google.com/mail/?p=BadCredentials - gsmtp')"));
    expect(py[0]).toMatchObject({ code: 535, enhanced: '5.7.8' });
    const js = explain('{"code":"EAUTH","response":"535-5.7.8 Username and Password not accepted. Learn more at\\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials - gsmtp","responseCode":535,"command":"AUTH PLAIN"}');
    expect(js.category).toBe('WRONG_CREDENTIALS');
    expect(js.reply).toMatchObject({ code: 535, enhanced: '5.7.8' });
  });
});
