package harbinger.coding;

import harbinger.model.Span;

/**
 * A quoted passage too short to pass for a quote by its length ("“Close,” he said.", "“Next Monday,” he said.", a
 * closing "“Not one.”") that is nevertheless a whole utterance: it opens a sentence and closes on its own
 * punctuation (a comma before the reporting verb, or a full stop, question or exclamation mark). Scare quotes ("the
 * so-called “reforms”") stand inside a sentence and carry no punctuation of their own. Pure function.
 */
final class ShortUtterances {
  private ShortUtterances() {}

  /** Is the quoted passage {@code quoted} (quote marks excluded) a whole short utterance? */
  static boolean whole(String text, Span quoted) {
    if (quoted.end() <= quoted.start() || quoted.end() > text.length()) return false;
    char last = text.charAt(quoted.end() - 1);
    if (",.?!".indexOf(last) < 0) return false;
    int i = quoted.start() - 1; // the opening quote mark
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
    if (i < 0 || "\"“".indexOf(text.charAt(i)) < 0) return false;
    i--;
    while (i >= 0 && text.charAt(i) == ' ') i--;
    return i < 0 || ".?!:\n\"”".indexOf(text.charAt(i)) >= 0;
  }
}
