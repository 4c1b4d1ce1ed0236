package harbinger.server;

import harbinger.error.EngineException;
import java.util.Objects;

/**
 * A request value that cannot be used: the HTTP layer answers 400 with {@code field} and the message. Thrown by the
 * request records' constructors and by adapters for values only they can judge (a cursor they did not issue).
 */
public final class RequestException extends EngineException {
  private final String field;

  /**
   * @param field the parameter or body field, as the client wrote it ({@code limit}, {@code [2].text})
   * @param message what is wrong and what is expected, naming the value
   */
  public RequestException(String field, String message) {
    super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(message, "message"));
    this.field = field;
  }

  public String field() { return field; }

  /** The message without the {@code field: } prefix. */
  public String reason() { return getMessage().substring(field.length() + 2); }
}
