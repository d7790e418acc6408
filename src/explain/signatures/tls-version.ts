import type { Signature } from '../types.js';

/**
 * Signatures, part of TLS_SIGNATURES (tls.ts, which keeps their order):
 * TLS versions and failed handshakes.
 */
export const TLS_VERSION_SIGNATURES: Signature[] = [
  // ---------------------------------------------------------------- TLS versions and failed handshakes
  {
    id: 'tls-version',
    pattern:
      /unsupported protocol|UNSUPPORTED_PROTOCOL|No appropriate protocol \(protocol is disabled or cipher suites are inappropriate\)|Received fatal alert: (?:handshake_failure|protocol_version)|(?:SSLV3|TLSV1)_ALERT_(?:HANDSHAKE_FAILURE|PROTOCOL_VERSION)|sslv3 alert handshake failure|tls: server selected unsupported protocol version|tls: no supported versions satisfy MinVersion and MaxVersion|remote error: tls: (?:handshake failure|protocol version not supported)|do not possess a common algorithm|no protocols available|remote party sent a TLS alert: '(?:HandshakeFailure|ProtocolVersion|InsufficientSecurity)'/i,
    code: 'ERR_SSL_UNSUPPORTED_PROTOCOL',
    reason: 'tls-version-mismatch',
    step: 'tls',
    source:
      'OpenSSL, JSSE, Go crypto/tls and SChannel wordings for "no shared protocol or cipher"; ' +
      'https://github.com/byzer-org/byzer-lang/issues/1659, https://github.com/convertigo/convertigo/issues/514, ' +
      'https://github.com/crossvertise/ActionMailerNext/issues/35',
    examples: [
      'Could not convert socket to TLS\njavax.mail.MessagingException: Could not convert socket to TLS;\nnested ' +
      'exception is:\njavax.net.ssl.SSLHandshakeException: No appropriate protocol (protocol is disabled or cipher ' +
      'suites are inappropriate)',
      'javax.mail.MessagingException: Could not connect to SMTP host: smtp.gmail.com, port: 465;\n  nested ' +
      'exception is:\n\tjavax.net.ssl.SSLHandshakeException: No appropriate protocol (protocol is disabled or ' +
      'cipher suites are inappropriate)\n\tat com.sun.mail.smtp.SMTPTransport.openServer(SMTPTransport.java:1961)',
      '> Exception Details: System.ComponentModel.Win32Exception: The client and server cannot communicate, because ' +
      'they do not possess a common algorithm',
      'error:0A000102:SSL routines::unsupported protocol',
      // .NET SslStream (System.Net.Security SR net_auth_tls_alert) with the TlsAlertMessage name
      "System.Security.Authentication.AuthenticationException: Authentication failed because the remote party sent " +
      "a TLS alert: 'ProtocolVersion'.",
    ],
  },
  {
    id: 'tls-dh-key-too-small',
    wording: 'tls-version',
    pattern: /dh key too small|DH_KEY_TOO_SMALL/i,
    code: 'ERR_SSL_DH_KEY_TOO_SMALL',
    reason: 'tls-version-mismatch',
    step: 'tls',
    source:
      'OpenSSL SSL_R_DH_KEY_TOO_SMALL (server offers a weak DH group); ' +
      'https://github.com/greenmail-mail-test/greenmail/issues/203',
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
      'JSSE, Node, SChannel and MailKit wordings for a handshake the server cut short; ' +
      'https://github.com/mguessan/davmail/issues/50, https://github.com/nodemailer/nodemailer/issues/1240, ' +
      'https://github.com/jstedfast/MailKit/issues/1657',
    examples: [
      'javax.net.ssl.SSLHandshakeException: Remote host terminated the handshake\n  \tat ' +
      'java.base/sun.security.ssl.SSLSocketImpl.handleEOF(SSLSocketImpl.java:1349)',
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
      'JavaMail SMTPTransport.startTLS wraps any handshake failure; the usual cause is a TLS version the JDK ' +
      'disabled (mail.smtp.ssl.protocols=TLSv1.2 fixes it): https://github.com/clearflask/clearflask/issues/60, ' +
      'https://github.com/javaee/javamail/issues/308',
    examples: [
      'org.simplejavamail.mailer.internal.MailerException: Third party error\n\tat ' +
      'org.simplejavamail.mailer.internal.SendMailClosure.executeClosure(SendMailClosure.java:91)\nCaused by: ' +
      'javax.mail.MessagingException: Could not convert socket to TLS\n\tat ' +
      'com.sun.mail.smtp.SMTPTransport.startTLS(SMTPTransport.java:1907)\n\tat ' +
      'com.sun.mail.smtp.SMTPTransport.protocolConnect(SMTPTransport.java:666)',
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
      'MailKit SslHandshakeException.Create ' +
      '(https://github.com/jstedfast/MailKit/blob/master/MailKit/Security/SslHandshakeException.cs: this text when ' +
      'no certificate was validated); https://github.com/bitwarden/server/issues/451, ' +
      'https://github.com/cloudscribe/cloudscribe/issues/755 (SSL on connect to port 587)',
    examples: [
      'MailKit.Security.SslHandshakeException: An error occurred while attempting to establish an SSL or TLS ' +
      'connection.\n\nOne possibility is that you are trying to connect to a port which does not support ' +
      'SSL/TLS.\n\nThe other possibility is that the SSL certificate presented by the server is not trusted by the ' +
      'system for one or more of the following reasons:\n1. The server is using a self-signed certificate which ' +
      'cannot be verified.',
      'An error occurred while attempting to establish an SSL or TLS connection.&#xD;&#xA;&#xD;&#xA;One possibility ' +
      'is that you are trying to connect to a port which does not support SSL/TLS.&#xD;&#xA;&#xD;&#xA;The other ' +
      'possibility is that the SSL certificate presented by the server is not trusted by the system',
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
      'MailKit SslHandshakeException.Create without certificate details (the certificate was never validated, so ' +
      'the handshake failed on protocol or cipher); https://github.com/jstedfast/MailKit/issues/957, ' +
      'https://github.com/jstedfast/MailKit/issues/1012, https://github.com/jstedfast/MailKit/issues/1657',
    examples: [
      "MailKit.Security.SslHandshakeException\n  HResult=0x80131500\n  Message=An error occurred while attempting " +
      "to establish an SSL or TLS connection.\n\nThis usually means that the SSL certificate presented by the " +
      "server is not trusted by the system for one or more of\nthe following reasons:\n\n1. The server is using a " +
      "self-signed certificate which cannot be verified.\n2. The local system is missing a Root or Intermediate " +
      "certificate needed to verify the server's certificate.\n3. A Certificate Authority CRL server for one or " +
      "more of the certificates in the chain is temporarily unavailable.\n4. The certificate presented by the " +
      "server is expired or invalid.\n5. The set of SSL/TLS protocols supported by the client and server do not " +
      "match.",
    ],
  },
];
