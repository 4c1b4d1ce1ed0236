package harbinger.coding;

import harbinger.model.Actor;
import harbinger.model.DatePrecision;
import harbinger.model.Event;
import harbinger.model.Quantity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The readable text form of coded events used by the coder goldens ({@code <case>.events.tsv}): a header
 * line, then one event per line with the columns of {@link #HEADER}, sorted by sentence, trigger offset and
 * then the line itself, so the order never depends on the coder's internal order of equal-position events.
 * Empty values are written as {@code -}. Dates are ISO days, with the precision added when it is not a day
 * ({@code 2021-12-27 (month)}); quantities are {@code value unit}, with {@code ~} before approximate values.
 */
final class EventTsv {
  static final String HEADER = "# sentence\ttrigger\tcameo\tplover\tsource\ttarget\tdate\tmodality\tattributed_to"
      + "\tquantities\tlocation";

  private EventTsv() {}

  static String format(String articleText, List<Event> events) {
    record Row(int sentence, int start, String line) {}
    List<Row> rows = new ArrayList<>();
    for (Event e : events) rows.add(new Row(e.sentence(), e.trigger().start(), line(articleText, e)));
    rows.sort(Comparator.comparingInt(Row::sentence).thenComparingInt(Row::start).thenComparing(Row::line));
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    for (Row r : rows) out.append(r.line()).append('\n');
    return out.toString();
  }

  /** The event lines of a golden file: without comment lines and blank lines. */
  static List<String> eventLines(String tsv) {
    return tsv.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
  }

  static String line(String articleText, Event e) {
    String trigger = articleText.substring(e.trigger().start(), e.trigger().end());
    return String.join("\t", String.valueOf(e.sentence()), trigger, e.cameo(), e.plover(), code(e.source()),
        code(e.target()), date(e), e.modality().label(), code(e.attributedTo()), quantities(e.quantities()),
        e.location() == null ? "-" : e.location());
  }

  private static String code(@Nullable Actor a) {
    return a == null ? "-" : a.code();
  }

  private static String date(Event e) {
    if (e.date() == null) return "-";
    return e.datePrecision() == DatePrecision.DAY ? e.date().toString() : e.date() + " (" + e.datePrecision().label() + ")";
  }

  private static String quantities(List<Quantity> qs) {
    if (qs.isEmpty()) return "-";
    return qs.stream().map(q -> (q.approximate() ? "~" : "") + number(q.value()) + " " + q.unit())
        .collect(Collectors.joining(", "));
  }

  private static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.valueOf((long) v);
    return String.format(Locale.ROOT, "%s", v);
  }
}
