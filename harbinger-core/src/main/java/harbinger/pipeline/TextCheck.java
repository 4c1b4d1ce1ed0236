package harbinger.pipeline;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Cheap checks before annotation: the text has words ({@link #problem}), and it reads as English
 * ({@link #notEnglish}, the default {@link LanguageCheck}). The English check counts
 * very common English function words; a text of 40+ words where fewer than 4% are such words is skipped as
 * not English. Stateless.
 */
final class TextCheck {
  private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "a", "is", "that", "for",
      "on", "with", "was", "as", "by", "it", "at", "said", "he", "from", "his", "an", "be", "has", "have",
      "are", "were", "not", "this", "which", "but", "they", "its", "their", "after", "who", "will", "had");

  private TextCheck() {}

  /** "no text" or "no words", else empty. */
  static Optional<String> problem(String text) {
    if (text.isBlank()) return Optional.of("no text");
    for (int i = 0; i < text.length(); i++) if (Character.isLetter(text.charAt(i))) return Optional.empty();
    return Optional.of("no words");
  }

  /** The function-word test of {@link LanguageCheck#functionWords()}. */
  static Optional<String> notEnglish(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
    int count = 0;
    int english = 0;
    for (String w : words) {
      if (w.isEmpty()) continue;
      count++;
      if (ENGLISH.contains(w)) english++;
    }
    if (count == 0) return Optional.empty();
    if (count >= 40 && english * 100 < count * 4) {
      return Optional.of("not English (" + english + " of " + count + " words are common English words)");
    }
    return Optional.empty();
  }
}
