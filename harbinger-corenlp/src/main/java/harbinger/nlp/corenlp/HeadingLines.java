package harbinger.nlp.corenlp;

import java.util.Locale;
import java.util.Set;

/**
 * Finds subheadings that stand on a line of their own inside a paragraph ("SANCTIONS PACKAGE", "Talks In
 * Geneva") so that the sentence splitter can end a sentence after them: with only single line breaks around
 * it, CoreNLP joins such a line to the sentence below. A line is a heading when
 * <ul>
 *   <li>it ends with a letter or digit (no final punctuation) and holds at least two letters;
 *   <li>it has no lower-case letter and at most 12 words, or it is title-cased (every word starts with a capital
 *       except short function words such as "of" and "the", the first word capitalised) with at most 8 words
 *       and 60 characters;
 *   <li>it starts the text or a paragraph, or the line before it ends a sentence (. ! ? : or a closing quote or
 *       bracket after one), so a hard-wrapped line inside running prose never qualifies;
 *   <li>a single line break follows it and the next line starts with a capital, a digit or a quote.
 * </ul>
 * Pure functions of the text; offsets are those of {@code article.text()}.
 */
final class HeadingLines {
  private HeadingLines() {}

  private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "as", "at", "but", "by", "for", "from",
      "in", "into", "of", "on", "or", "over", "the", "to", "vs", "with");

  /**
   * Whether the gap between two tokens, {@code [gapBegin, gapEnd)}, is the line break after a heading line: the
   * gap holds exactly one line break and only white space, and the line that ends at {@code gapBegin} is a
   * heading followed by a suitable line.
   */
  static boolean endsHeading(String text, int gapBegin, int gapEnd) {
    int breaks = 0;
    for (int i = gapBegin; i < gapEnd; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) return false;
      if (c == '\r' && i + 1 < gapEnd && text.charAt(i + 1) == '\n') continue;
      if (isLineBreak(c)) breaks++;
    }
    if (breaks != 1 || gapEnd >= text.length()) return false;
    int lineBegin = lineBegin(text, gapBegin);
    String line = text.substring(lineBegin, gapBegin).strip();
    if (!isHeading(line) || !startsLikeASentence(text.charAt(gapEnd))) return false;
    return followsSentenceEnd(text, lineBegin);
  }

  static boolean isHeading(String line) {
    if (line.isEmpty() || !Character.isLetterOrDigit(line.charAt(line.length() - 1))) return false;
    long letters = line.chars().filter(Character::isLetter).count();
    if (letters < 2) return false;
    String[] words = line.split("\\s+");
    if (line.chars().noneMatch(Character::isLowerCase)) return words.length <= 12;
    if (words.length > 8 || line.length() > 60) return false;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      int first = firstLetterOrDigit(w);
      if (first < 0) continue;
      char c = w.charAt(first);
      if (Character.isUpperCase(c) || Character.isDigit(c)) continue;
      if (i > 0 && SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) continue;
      return false;
    }
    return true;
  }

  /** Whether the line that starts at {@code lineBegin} opens the text or a paragraph, or follows a sentence end. */
  private static boolean followsSentenceEnd(String text, int lineBegin) {
    int i = lineBegin - 1;
    int breaks = 0;
    while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i)))) {
      if (text.charAt(i) == '\n' || (text.charAt(i) == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))
          || text.charAt(i) == '\u0085' || text.charAt(i) == '\u2028' || text.charAt(i) == '\u2029') breaks++;
      i--;
    }
    if (i < 0 || breaks >= 2) return true;
    while (i >= 0 && "\"'”’)]".indexOf(text.charAt(i)) >= 0) i--;
    return i >= 0 && ".!?:".indexOf(text.charAt(i)) >= 0;
  }

  private static boolean startsLikeASentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || "\"'“‘".indexOf(c) >= 0;
  }

  private static int lineBegin(String text, int end) {
    int i = end;
    while (i > 0 && !isLineBreak(text.charAt(i - 1))) i--;
    return i;
  }

  private static int firstLetterOrDigit(String w) {
    for (int i = 0; i < w.length(); i++) if (Character.isLetterOrDigit(w.charAt(i))) return i;
    return -1;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
