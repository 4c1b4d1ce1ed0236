package harbinger.nlp.corenlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The blank-line paragraph breaks of a text. A break is a run of whitespace that contains at least two line
 * terminators ({@code \n}, {@code \r\n}, {@code \r}, U+0085, U+2028, U+2029: those of CoreNLP's tokenizer)
 * and lies between two pieces of content; leading and trailing blank lines are not breaks. Immutable and
 * thread-safe.
 */
final class ParagraphBreaks {
  /** End offsets (exclusive) of the breaks, increasing. */
  private final int[] ends;

  private ParagraphBreaks(int[] ends) { this.ends = ends; }

  static ParagraphBreaks of(String text) {
    List<Integer> ends = new ArrayList<>();
    boolean seenContent = false;
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!isSpace(text.charAt(i))) {
        seenContent = true;
        i++;
        continue;
      }
      int lineBreaks = 0;
      while (i < n && isSpace(text.charAt(i))) {
        char c = text.charAt(i);
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;   // \r\n is one line break
        if (isLineBreak(c)) lineBreaks++;
        i++;
      }
      if (seenContent && lineBreaks >= 2 && i < n) ends.add(i);
    }
    return new ParagraphBreaks(ends.stream().mapToInt(Integer::intValue).toArray());
  }

  /** The 0-based paragraph of the character at {@code offset}: the number of breaks that end at or before it. */
  int paragraphAt(int offset) {
    int k = Arrays.binarySearch(ends, offset);
    return k >= 0 ? k + 1 : -k - 1;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || isLineBreak(c);
  }
}
