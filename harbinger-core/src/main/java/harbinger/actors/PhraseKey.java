package harbinger.actors;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a surface phrase into the key used by every actor-knowledge index, so that data-file aliases and
 * looked-up phrases are compared in one canonical form. Stateless and thread-safe.
 *
 * <p>Two phrases get the same key when they differ only in: letter case; accents ("Élysée" = "Elysee");
 * dots ("U.S." = "US", "Washington D.C." = "Washington DC"); hyphens, dashes and commas, which count as spaces
 * ("al-Qaeda" = "al Qaeda"); the number of spaces; punctuation at either end ("(Reuters)" = "Reuters");
 * apostrophes inside words ("N'Djamena" = "Ndjamena"); a final possessive ("Russia's" = "Russia",
 * "Workers'" = "Workers"); and one leading "the" ("the Kremlin" = "Kremlin"). A bare "the" has the empty key.
 */
final class PhraseKey {
  /* implementation notes: NFKD splits accented letters into base letter + combining mark, and the marks are
   * then dropped; NFKD also folds compatibility forms such as full-width letters. Curly quotes and primes
   * become a straight apostrophe before the possessive is stripped, so "Russia’s" behaves like "Russia's". */
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile(" {2,}");

  private PhraseKey() {}

  /** The key for {@code phrase}; empty when nothing but punctuation, spaces or "the" is left. */
  static String of(String phrase) {
    String s = MARKS.matcher(Normalizer.normalize(phrase, Normalizer.Form.NFKD)).replaceAll("");
    s = s.toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.') continue;
      if (isApostrophe(c)) b.append('\'');
      else if (isDash(c) || c == ',' || Character.isWhitespace(c) || Character.isSpaceChar(c)) b.append(' ');
      else b.append(c);
    }
    s = trimPunctuation(b.toString());
    if (s.endsWith("'s")) s = trimPunctuation(s.substring(0, s.length() - 2));
    s = s.replace("'", "");
    s = SPACES.matcher(s.strip()).replaceAll(" ");
    while (s.startsWith("the ")) s = trimPunctuation(s.substring(4)).strip();   // loop: "the (the X)" -> "x"
    return s.equals("the") ? "" : s;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00b4' || c == '\u02bc' || c == '\u2032';
  }

  private static boolean isDash(char c) {
    return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
  }

  /** Drops characters that are neither letters nor digits from both ends. */
  private static String trimPunctuation(String s) {
    int begin = 0;
    int end = s.length();
    while (begin < end && !Character.isLetterOrDigit(s.charAt(begin))) begin++;
    while (end > begin && !Character.isLetterOrDigit(s.charAt(end - 1))) end--;
    return s.substring(begin, end);
  }
}
