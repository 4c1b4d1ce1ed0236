package harbinger.error;

/** A data file (ontology, lexicon, actor knowledge) is malformed; the message starts with {@code file:line:}. */
public final class DictionaryException extends EngineException {
  public DictionaryException(String message) { super(message); }
}
