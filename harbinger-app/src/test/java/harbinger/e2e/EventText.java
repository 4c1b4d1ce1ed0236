package harbinger.e2e;

import harbinger.model.Actor;
import harbinger.model.Event;
import harbinger.model.Quantity;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Compact, one-line renderings of events for test failure messages and reports. Stateless. */
public final class EventText {
  private EventText() {}

  /**
   * One line such as {@code s1 'urged' 0256 REQUEST USAGOV->RUSGOV asserted 2021-12-30 by=USAGOV q=[70000 soldiers] @Kyiv}.
   *
   * @param articleText the text the event's spans refer to
   */
  public static String compact(Event e, String articleText) {
    StringBuilder b = new StringBuilder();
    b.append('s').append(e.sentence()).append(" '").append(trigger(e, articleText)).append("' ")
        .append(e.cameo()).append(' ').append(e.plover()).append(' ')
        .append(code(e.source())).append("->").append(code(e.target())).append(' ')
        .append(e.modality().label()).append(' ').append(date(e));
    if (e.attributedTo() != null) b.append(" by=").append(e.attributedTo().code());
    if (!e.quantities().isEmpty()) b.append(" q=[").append(quantities(e.quantities())).append(']');
    if (e.location() != null) b.append(" @").append(e.location());
    return b.toString();
  }

  /** Compact lines of all events, each on its own line indented by {@code indent}, or {@code (no events)}. */
  public static String list(List<Event> events, String articleText, String indent) {
    if (events.isEmpty()) return indent + "(no events)";
    return events.stream().map(e -> indent + compact(e, articleText)).collect(Collectors.joining("\n"));
  }

  /** The trigger words as they stand in the article, on one line. */
  public static String trigger(Event e, String articleText) {
    int start = Math.min(e.trigger().start(), articleText.length());
    int end = Math.min(e.trigger().end(), articleText.length());
    return oneLine(articleText.substring(start, end));
  }

  /** The actor's CAMEO code, or {@code -}. */
  public static String code(@Nullable Actor a) { return a == null ? "-" : a.code(); }

  /** The date at its precision: {@code 2021-12-30}, {@code 2021-12} or {@code 2021}; {@code -} when unknown. */
  public static String date(Event e) {
    if (e.date() == null || e.datePrecision() == null) return "-";
    return switch (e.datePrecision()) {
      case DAY -> e.date().toString();
      case MONTH -> e.date().toString().substring(0, 7);
      case YEAR -> e.date().toString().substring(0, 4);
    };
  }

  /** {@code 70000 soldiers, ~20000000 USD} ({@code ~} marks an approximate value). */
  public static String quantities(List<Quantity> qs) {
    return qs.stream().map(q -> (q.approximate() ? "~" : "") + number(q.value()) + " " + oneLine(q.unit()))
        .collect(Collectors.joining(", "));
  }

  static String number(double v) {
    return v == 0 ? "0" : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  static String oneLine(String s) { return s.replaceAll("[\\t\\r\\n\\u0085\\u2028\\u2029]+", " "); }
}
