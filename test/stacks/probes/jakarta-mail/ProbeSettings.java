package smtpdoctor.probes;

import java.io.FileInputStream;
import java.io.InputStream;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** The probe interface's environment variables, turned into the mail.smtp.* properties applications set. */
public final class ProbeSettings {
  final String host = env("SMTP_HOST", "127.0.0.1");
  final int port = Integer.parseInt(env("SMTP_PORT", "25"));
  final String security = env("SMTP_SECURITY", "none");
  final String user = env("SMTP_USER", "");
  final String pass = env("SMTP_PASS", "");
  final String from = env("SMTP_FROM", "");
  final String to = env("SMTP_TO", "");
  final int timeoutMs = (int) Math.round(Double.parseDouble(env("SMTP_TIMEOUT", "10")) * 1000);
  final String caFile = env("SMTP_CA_FILE", "");
  final String helo = env("SMTP_HELO", "");
  final int bodyBytes = Integer.parseInt(env("SMTP_BODY_BYTES", "0"));

  static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isEmpty() ? fallback : v;
  }

  boolean login() {
    return !user.isEmpty();
  }

  /** What a Spring Boot / plain Jakarta Mail configuration typically puts into the Session. */
  Properties sessionProperties() throws Exception {
    Properties p = new Properties();
    String t = Integer.toString(timeoutMs);
    p.put("mail.transport.protocol", "smtp");
    p.put("mail.smtp.host", host);
    p.put("mail.smtp.port", Integer.toString(port));
    p.put("mail.smtp.connectiontimeout", t);
    p.put("mail.smtp.timeout", t);
    p.put("mail.smtp.writetimeout", t);
    p.put("mail.smtp.auth", Boolean.toString(login()));
    p.put("mail.smtp.starttls.enable", Boolean.toString("starttls".equals(security)));
    p.put("mail.smtp.starttls.required", Boolean.toString("starttls".equals(security)));
    p.put("mail.smtp.ssl.enable", Boolean.toString("tls".equals(security)));
    p.put("mail.smtp.ssl.checkserveridentity", "true");
    if (!helo.isEmpty()) p.put("mail.smtp.localhost", helo);
    // SMTP_CA_FILE becomes the JVM's default trust (what -Djavax.net.ssl.trustStore does). Not a
    // mail.smtp.ssl.socketFactory: when a custom factory's handshake or identity check fails, Jakarta Mail
    // silently retries with the default factory (socketFactory.fallback), and the error shown is the retry's.
    if (!caFile.isEmpty()) SSLContext.setDefault(trusting(caFile));
    return p;
  }

  /** An SSLContext that trusts exactly the certificates in a PEM file (the trust store is built in memory). */
  static SSLContext trusting(String pemFile) throws Exception {
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    store.load(null, null);
    try (InputStream in = new FileInputStream(pemFile)) {
      int i = 0;
      for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        store.setCertificateEntry("ca" + i++, c);
      }
    }
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(store);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, tmf.getTrustManagers(), null);
    return ctx;
  }

  /** The message text, padded with 76-character lines up to SMTP_BODY_BYTES when asked. */
  String body() {
    StringBuilder b = new StringBuilder("smtp-doctor probe message (jakarta mail)\r\n");
    String line = "x".repeat(76) + "\r\n";
    while (b.length() < bodyBytes) b.append(line);
    return b.toString();
  }
}
