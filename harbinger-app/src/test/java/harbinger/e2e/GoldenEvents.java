package harbinger.e2e;

import harbinger.model.Event;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The readable golden form of one article's events (CONVENTIONS C11): a header line, then one event per line,
 * tab-separated, sorted by sentence, trigger offsets, code, source, target, modality and finally the whole
 * line, so the order never depends on the coder's internal order. Columns:
 * <pre>
 * sentence  trigger  cameo  plover  source  target  date  modality  attributed_to  quantities  location  evidence
 * </pre>
 * {@code -} stands for a missing value; dates are written at their precision ({@code 2021-12-30}, {@code 2021-12},
 * {@code 2021}); quantities as {@code 70000 soldiers, ~20000000 USD}. Stateless.
 */
public final class GoldenEvents {
  public static final String HEADER =
      "# sentence\ttrigger\tcameo\tplover\tsource\ttarget\tdate\tmodality\tattributed_to\tquantities\tlocation\tevidence";

  private static final Comparator<Event> ORDER = Comparator.<Event>comparingInt(Event::sentence)
      .thenComparingInt(e -> e.trigger().start())
      .thenComparingInt(e -> e.trigger().end())
      .thenComparing(Event::cameo)
      .thenComparing(e -> EventText.code(e.source()))
      .thenComparing(e -> EventText.code(e.target()))
      .thenComparing(e -> e.modality().label());

  private GoldenEvents() {}

  /** The golden text: header and event lines, each ending with {@code \n}. */
  public static String format(List<Event> events, String articleText) {
    record Line(Event event, String text) {}
    List<Line> lines = new ArrayList<>();
    for (Event e : events) lines.add(new Line(e, row(e, articleText)));
    lines.sort(Comparator.<Line, Event>comparing(Line::event, ORDER).thenComparing(Line::text));
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    for (Line l : lines) b.append(l.text()).append('\n');
    return b.toString();
  }

  static String row(Event e, String articleText) {
    return String.join("\t",
        Integer.toString(e.sentence()),
        EventText.trigger(e, articleText),
        e.cameo(),
        e.plover(),
        EventText.code(e.source()),
        EventText.code(e.target()),
        EventText.date(e),
        e.modality().label(),
        EventText.code(e.attributedTo()),
        e.quantities().isEmpty() ? "-" : EventText.quantities(e.quantities()),
        e.location() == null ? "-" : EventText.oneLine(e.location()),
        EventText.oneLine(e.evidence()));
  }

  /**
   * The first line where two golden texts differ, as a message naming the 1-based line number and both
   * versions; empty when they are equal.
   */
  public static Optional<String> firstDifference(String expected, String actual) {
    if (expected.equals(actual)) return Optional.empty();
    List<String> want = expected.lines().toList();
    List<String> got = actual.lines().toList();
    for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
      String w = i < want.size() ? want.get(i) : "<end of file>";
      String g = i < got.size() ? got.get(i) : "<end of file>";
      if (!w.equals(g)) return Optional.of("line " + (i + 1) + " differs\n  golden: " + w + "\n  actual: " + g);
    }
    return Optional.of("same lines, different line endings");
  }
}
