package harbinger.error;

/** Input that cannot be read at all (missing file, unreadable directory); per-article problems are skips, not this. */
public final class InputException extends EngineException {
  public InputException(String message) { super(message); }
  public InputException(String message, Throwable cause) { super(message, cause); }
}
