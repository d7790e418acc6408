package smtpdoctor.probes.spring;

import java.util.ArrayList;
import java.util.List;

/**
 * What Spring Framework 6's JavaMailSenderImpl throws, reduced to the text it produces: the class name Spring uses,
 * its getMessage() (MailSendException appends "Failed messages: " + each failure's toString()), and the cause.
 * Spring 6's NestedRuntimeException no longer appends "; nested exception is ..." (Spring 5 did).
 */
final class SpringStyleFailure extends RuntimeException {
  private static final String PKG = "org.springframework.mail.";
  private final String springClass;
  private final String baseMessage;
  private final List<Exception> failed;

  private SpringStyleFailure(String springClass, String baseMessage, Throwable cause, List<Exception> failed) {
    super(baseMessage, cause);
    this.springClass = springClass;
    this.baseMessage = baseMessage;
    this.failed = failed;
  }

  /** doSend: AuthenticationFailedException out of connectTransport(). */
  static SpringStyleFailure authentication(Exception cause) {
    return new SpringStyleFailure(PKG + "MailAuthenticationException", "Authentication failed", cause, List.of());
  }

  /** doSend: any other exception out of connectTransport(); every remaining message counts as failed. */
  static SpringStyleFailure connection(Exception cause) {
    return new SpringStyleFailure(PKG + "MailSendException", "Mail server connection failed", cause, List.of(cause));
  }

  /** doSend: exceptions out of transport.sendMessage(), collected per message; no message text, no cause. */
  static SpringStyleFailure messages(List<Exception> failures) {
    return new SpringStyleFailure(PKG + "MailSendException", null, null, new ArrayList<>(failures));
  }

  /** doSend's finally: transport.close() failed. */
  static SpringStyleFailure close(Exception cause, List<Exception> failures) {
    String msg = failures.isEmpty() ? "Failed to close server connection after message sending"
        : "Failed to close server connection after message failures";
    return new SpringStyleFailure(PKG + "MailSendException", msg, cause, new ArrayList<>(failures));
  }

  @Override
  public String getMessage() {
    if (failed.isEmpty()) return baseMessage;
    StringBuilder sb = new StringBuilder();
    if (baseMessage != null) sb.append(baseMessage).append(". ");
    sb.append("Failed messages: ");
    for (int i = 0; i < failed.size(); i++) {
      sb.append(failed.get(i).toString());
      if (i < failed.size() - 1) sb.append("; ");
    }
    return sb.toString();
  }

  String springClass() {
    return springClass;
  }
}
