package harbinger.nlp.corenlp;

import harbinger.model.Sentence;
import harbinger.model.Timex;

/**
 * Whether a time expression stands inside quoted speech of its sentence ("\"I slept well last night,\" Ferreira
 * said"): quotation marks opened before it in the sentence and not closed. Straight marks count by parity, curly
 * ones by opening and closing. Pure functions.
 */
final class Quotations {
  private Quotations() {}

  /** Is {@code t} inside a quotation opened earlier in its sentence? */
  static boolean inside(Sentence s, Timex t) {
    int end = s.token(t.beginToken()).begin() - s.begin();
    String before = s.text().substring(0, Math.max(0, Math.min(end, s.text().length())));
    int straight = 0;
    int curly = 0;
    for (int i = 0; i < before.length(); i++) {
      char c = before.charAt(i);
      if (c == '"') straight++;
      else if (c == '\u201c') curly++;
      else if (c == '\u201d') curly = Math.max(0, curly - 1);
    }
    return straight % 2 == 1 || curly > 0;
  }
}
