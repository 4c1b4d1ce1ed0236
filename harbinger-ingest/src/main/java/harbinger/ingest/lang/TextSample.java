package harbinger.ingest.lang;

/**
 * A bounded sample of a long text for language identification: three windows (start, middle, end) of at most
 * {@code window} characters each, cut at whitespace, so the cost of identification does not grow with the
 * article and a text that switches language part-way is still seen in each part. Stateless.
 */
final class TextSample {
  private TextSample() {}

  static String of(String text, int window) {
    if (text.length() <= 3 * window) return text;
    int mid = text.length() / 2 - window / 2;
    return cut(text, 0, window) + "\n" + cut(text, mid, mid + window) + "\n" + cut(text, text.length() - window, text.length());
  }

  /** {@code text[from, to)} shrunk to whole words: starts after a space (unless at 0), ends before one (unless at the end). */
  private static String cut(String text, int from, int to) {
    int a = from;
    if (a > 0) {
      while (a < to && !Character.isWhitespace(text.charAt(a - 1))) a++;
    }
    int b = to;
    if (b < text.length()) {
      while (b > a && !Character.isWhitespace(text.charAt(b))) b--;
    }
    return text.substring(a, b).strip();
  }
}
