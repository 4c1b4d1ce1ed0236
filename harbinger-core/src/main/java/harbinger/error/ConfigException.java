package harbinger.error;

/** A configuration value is missing or out of range; the message names the field and its value. */
public final class ConfigException extends EngineException {
  public ConfigException(String message) { super(message); }
}
