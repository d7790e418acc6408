package smtpdoctor.probes.spring;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.lang.management.ManagementFactory;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import smtpdoctor.probes.JakartaSend;
import smtpdoctor.probes.ProbeSettings;

/**
 * The Jakarta Mail send, driven the way Spring's JavaMailSenderImpl.doSend drives it (connectTransport, then
 * sendMessage per message, then close), with the failure printed as a Spring Boot 3 app's log shows it: the
 * logback console line, then "class: getMessage()" and one "Caused by: class: getMessage()" line per cause
 * (logback uses getMessage(), not toString(); stack frames left out).
 */
public final class SpringMailProbe {
  public static void main(String[] args) {
    try {
      doSend(new JakartaSend(new ProbeSettings()));
      System.out.println("OK");
      System.exit(0);
    } catch (SpringStyleFailure f) {
      System.out.println(logLine("Failed to send email"));
      System.out.println(logback(f.springClass(), f));
      System.exit(1);
    } catch (Exception e) {
      System.out.println(logLine("Failed to prepare email"));
      System.out.println(logback(e.getClass().getName(), e));
      System.exit(1);
    }
  }

  static void doSend(JakartaSend send) throws Exception {
    MimeMessage message = send.message();
    Transport transport;
    try {
      transport = send.connect();
    } catch (AuthenticationFailedException ex) {
      throw SpringStyleFailure.authentication(ex);
    } catch (Exception ex) {
      throw SpringStyleFailure.connection(ex);
    }
    List<Exception> failed = new ArrayList<>();
    try {
      JakartaSend.send(transport, message);
    } catch (Exception ex) {
      failed.add(ex);
    } finally {
      try {
        transport.close();
      } catch (Exception ex) {
        throw SpringStyleFailure.close(ex, failed);
      }
    }
    if (!failed.isEmpty()) throw SpringStyleFailure.messages(failed);
  }

  /** Spring Boot 3.0/3.1's default console pattern (3.2+ adds the application name in brackets). */
  static String logLine(String text) {
    String ts = OffsetDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX"));
    String pid = Long.toString(ManagementFactory.getRuntimeMXBean().getPid());
    return String.format("%s ERROR %s --- [%15s] %-40s : %s", ts, pid, "main", "c.example.mail.MailService", text);
  }

  /** logback's ThrowableProxyUtil first line and "Caused by:" lines: class name + ": " + getMessage(). */
  static String logback(String firstClass, Throwable e) {
    StringBuilder b = new StringBuilder(firstClass).append(": ").append(e.getMessage());
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    seen.put(e, true);
    for (Throwable c = e.getCause(); c != null && seen.put(c, true) == null; c = c.getCause()) {
      b.append("\nCaused by: ").append(c.getClass().getName()).append(": ").append(c.getMessage());
    }
    return b.toString();
  }
}
