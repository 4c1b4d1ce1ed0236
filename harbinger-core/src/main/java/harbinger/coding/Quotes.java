package harbinger.coding;

import harbinger.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Quoted passages of an article: text between typographic (“ ”) or straight (") double quotes, never across
 * a paragraph break. An unclosed quote runs to the end of its paragraph, as in news style where a quote
 * continuing into the next paragraph reopens there. Immutable.
 */
final class Quotes {
  private final String text;
  private final List<Span> spans;

  private Quotes(String text, List<Span> spans) {
    this.text = text;
    this.spans = List.copyOf(spans);
  }

  static Quotes in(String text) {
    List<Span> out = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paragraphBreak = c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      if (paragraphBreak && open >= 0) { add(out, text, open, i); open = -1; continue; }
      if (c == '“') { if (open >= 0) add(out, text, open, i); open = i + 1; }
      else if (c == '”') { if (open >= 0) { add(out, text, open, i); open = -1; } }
      else if (c == '"') {
        if (open < 0) open = i + 1;
        else { add(out, text, open, i); open = -1; }
      }
    }
    if (open >= 0) add(out, text, open, text.length());
    return new Quotes(text, out);
  }

  private static void add(List<Span> out, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) start++;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    if (end - start >= 2) out.add(new Span(start, end));
  }

  /** The quote containing the character offset, if any. */
  Optional<Span> at(int offset) {
    for (Span s : spans) if (s.start() <= offset && offset < s.end()) return Optional.of(s);
    return Optional.empty();
  }

  /** True when the span [start, end) overlaps a quote. */
  boolean overlaps(int start, int end) {
    for (Span s : spans) if (s.start() < end && start < s.end()) return true;
    return false;
  }

  String text(Span s) { return text.substring(s.start(), s.end()); }

  /**
   * Content reported by a cue at offset {@code cue}, kept inside the quoted passage that holds the cue: speech
   * quoted within a quote ("“... and I said yes,” Hernández wrote") does not reach the narrator's words around it.
   * Returns the content unchanged when the cue is not quoted, the part inside the passage otherwise, or null when
   * nothing of it is inside.
   */
  @Nullable Span clip(Span content, int cue) {
    Optional<Span> q = at(cue);
    if (q.isEmpty() || q.get().contains(content)) return content;
    int start = Math.max(content.start(), q.get().start());
    int end = Math.min(content.end(), q.get().end());
    return start < end ? trimmed(text, new Span(start, end)) : null;
  }

  List<Span> spans() { return spans; }

  /**
   * The span without whitespace and punctuation at either end ("plan," → "plan"), as reported-speech content is
   * cut without punctuation too; null if nothing is left.
   */
  static @Nullable Span trimmed(String text, Span s) {
    int start = s.start();
    int end = s.end();
    while (start < end && !Character.isLetterOrDigit(text.charAt(start))) start++;
    while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) end--;
    return start < end ? new Span(start, end) : null;
  }

  /** Words in the span: runs of letters or digits. */
  static int words(String text, Span span) {
    int n = 0;
    boolean in = false;
    for (int i = span.start(); i < span.end(); i++) {
      boolean w = Character.isLetterOrDigit(text.charAt(i));
      if (w && !in) n++;
      in = w;
    }
    return n;
  }
}
