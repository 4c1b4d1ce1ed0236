package harbinger.coding;

import harbinger.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speakers named by layout rather than by a verb. Pure functions over text.
 * <ul>
 *   <li>Transcript turns: in a transcript, each turn opens with its speaker's label in capitals and a colon
 *       ("MS. SMITH: We agree. MODERATOR: Thank you."). A passage holding such labels is cut into turns, each
 *       with its label as speaker.</li>
 *   <li>Headline attribution: a headline that opens with a name and a colon ("Reuters: Talks Stall",
 *       "Senator Reed on the Budget: ‘A Disgrace’") attributes what follows the colon to the name; the part
 *       before the colon must hold no verb, so "Why It Matters: ..." is not read as a speaker.</li>
 * </ul>
 */
final class SpeakerLabels {
  private SpeakerLabels() {}

  /** One to four words in capitals (titles, initials, apostrophes allowed), then a colon and a space. */
  private static final Pattern LABEL = Pattern.compile(
      "(?<![\\p{L}\\p{N}])((?:[A-Z][A-Z.'’\\-]*\\s){0,3}[A-Z][A-Z.'’\\-]*[A-Z.])\\s?:\\s");

  /** A turn of a transcript: the label (speaker) and what follows it up to the next label. */
  record Turn(Span label, Span content) {}

  /** The turns of {@code span} when it holds at least two transcript labels; empty otherwise. */
  static List<Turn> turns(String text, Span span) {
    Matcher m = LABEL.matcher(text).region(span.start(), span.end());
    List<Span> labels = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    while (m.find()) {
      if (m.group(1).replaceAll("[^A-Z]", "").length() < 2) continue; // "A: ..." is a list item, not a speaker
      labels.add(new Span(m.start(1), m.end(1)));
      starts.add(m.end());
    }
    List<Turn> out = new ArrayList<>();
    if (labels.size() < 2) return out; // a transcript has turns; one capitalised "WORD:" is more likely a headline
    for (int k = 0; k < labels.size(); k++) {
      int end = k + 1 < labels.size() ? labels.get(k + 1).start() : span.end();
      int start = starts.get(k);
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
      if (end > start) out.add(new Turn(labels.get(k), new Span(start, end)));
    }
    return out;
  }
}
