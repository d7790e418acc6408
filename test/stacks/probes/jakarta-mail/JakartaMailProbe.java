package smtpdoctor.probes;

import jakarta.mail.Transport;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Plain Jakarta Mail: connect, send, close. On failure it prints what e.printStackTrace() puts in a log,
 * without the stack frames: e.toString(), then one "Caused by: " + cause.toString() line per cause.
 */
public final class JakartaMailProbe {
  public static void main(String[] args) {
    try {
      JakartaSend send = new JakartaSend(new ProbeSettings());
      Transport t = send.connect();
      try {
        JakartaSend.send(t, send.message());
      } finally {
        t.close();
      }
      System.out.println("OK");
      System.exit(0);
    } catch (Exception e) {
      System.out.println(chain(e));
      System.exit(1);
    }
  }

  static String chain(Throwable e) {
    StringBuilder b = new StringBuilder(e.toString());
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    seen.put(e, true);
    for (Throwable c = e.getCause(); c != null && seen.put(c, true) == null; c = c.getCause()) {
      b.append("\nCaused by: ").append(c);
    }
    return b.toString();
  }
}
