package smtpdoctor.probes;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;

/** One Jakarta Mail send in the two phases applications (and Spring's JavaMailSenderImpl) go through. */
public final class JakartaSend {
  final ProbeSettings s;
  final Session session;

  public JakartaSend(ProbeSettings s) throws Exception {
    this.s = s;
    this.session = Session.getInstance(s.sessionProperties());
  }

  /** Phase 1: connect, greeting, EHLO, STARTTLS or implicit TLS, AUTH (as Transport.connect does). */
  public Transport connect() throws MessagingException {
    Transport t = session.getTransport("smtp");
    t.connect(s.host, s.port, s.login() ? s.user : null, s.login() ? s.pass : null);
    return t;
  }

  public MimeMessage message() throws MessagingException {
    MimeMessage m = new MimeMessage(session);
    m.setFrom(new InternetAddress(s.from));
    m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(s.to));
    m.setSubject("smtp-doctor probe");
    m.setSentDate(new Date());
    m.setText(s.body(), "UTF-8");
    m.saveChanges();
    return m;
  }

  /** Phase 2: MAIL FROM, RCPT TO, DATA. */
  public static void send(Transport t, MimeMessage m) throws MessagingException {
    t.sendMessage(m, m.getAllRecipients());
  }
}
