package harbinger.nlp.corenlp;

import harbinger.error.ConfigException;
import java.util.Locale;

/**
 * Settings of the CoreNLP adapter, validated when constructed.
 *
 * @param threads how many documents may be annotated at the same time (1..64). The adapter starts no threads
 *     of its own and runs CoreNLP single-threaded per document: callers annotate documents in parallel from
 *     their own executor, which should have this many threads, and the annotator makes further concurrent
 *     callers wait (so that, say, a web server's request threads cannot run out of memory). See {@link CoreNlp}.
 * @param maxSentenceTokens sentences with more tokens than this are only tokenized, tagged and lemmatised
 *     (no named entities, time expressions or dependencies), because CoreNLP's named-entity and number
 *     recognisers slow down faster than linearly with sentence length (a 4,300-token run-on sentence took
 *     76 s in NER alone); in 1..1000
 * @throws ConfigException if a value is out of range; the message names the field and its value
 */
public record NlpConfig(int threads, int maxSentenceTokens) {
  /** Default {@link #maxSentenceTokens}: longer than any sentence an editor lets through. */
  public static final int DEFAULT_MAX_SENTENCE_TOKENS = 150;

  public NlpConfig {
    check(threads >= 1 && threads <= 64, "NlpConfig.threads must be in 1..64 but was %s", threads);
    check(maxSentenceTokens >= 1 && maxSentenceTokens <= 1000,
        "NlpConfig.maxSentenceTokens must be in 1..1000 but was %s", maxSentenceTokens);
  }

  /** One document at a time, and sentences of up to {@value #DEFAULT_MAX_SENTENCE_TOKENS} tokens fully annotated. */
  public static NlpConfig defaults() {
    return new NlpConfig(1, DEFAULT_MAX_SENTENCE_TOKENS);
  }

  private static void check(boolean ok, String format, Object... args) {
    if (!ok) throw new ConfigException(String.format(Locale.ROOT, format, args));
  }
}
