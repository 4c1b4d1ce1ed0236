package harbinger.pipeline;

import java.util.Optional;

/**
 * Decides whether an article is English, the only language the lexicon and the actor dictionaries cover. An
 * article that is not is skipped at stage {@code "language"} with the returned reason, so non-English input
 * is counted by language instead of producing no events silently.
 *
 * <p>Implementations must be thread-safe and cheap on long texts (sample, do not read a whole book).
 * {@link #functionWords()} is the dependency-free default; {@code harbinger-ingest} provides a statistical
 * identifier (Lingua) that also names the language.
 */
@FunctionalInterface
public interface LanguageCheck {
  /**
   * Why {@code text} is not to be coded as English, such as {@code "not English (French)"}, or empty when it
   * may be coded (also when the language cannot be told, as for very short texts).
   */
  Optional<String> reject(String text);

  /**
   * The built-in check: a text of 40 or more words of which fewer than 4% are very common English function
   * words is rejected as {@code not English (N of M words are common English words)}. Names no language.
   */
  static LanguageCheck functionWords() { return TextCheck::notEnglish; }
}
