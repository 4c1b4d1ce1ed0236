package harbinger.eval;

import java.util.List;
import java.util.Locale;

/**
 * Plain-text rendering of evaluation reports: one score table, then the worst errors. Stateless.
 * <pre>
 * set     metric            value  correct  of   95% interval
 * plover  type_recall       0.470       78  166  0.395-0.546
 * </pre>
 * The interval is the Wilson score interval of the proportion ({@link Score#interval95()}; none for F1 scores).
 */
public final class EvalText {
  private EvalText() {}

  /** One table over all reports: set, metric, value, numerator, denominator; lines end with {@code \n}. */
  public static String table(List<EvalReport> reports) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-7s %-34s %6s %8s %8s  %s%n", "set", "metric", "value", "correct", "of",
        "95% interval"));
    for (EvalReport r : reports) {
      for (Score s : r.scores()) {
        b.append(String.format(Locale.ROOT, "%-7s %-34s %6s %8d %8d  %s", r.set(), s.name(),
            s.defined() ? String.format(Locale.ROOT, "%.3f", s.value()) : "n/a", s.numerator(), s.denominator(),
            s.interval95().map(Score.Interval::format).orElse("")).stripTrailing()).append('\n');
      }
    }
    return b.toString();
  }

  /** The notes and the {@code n} worst errors of one report. */
  public static String details(EvalReport r, int n) {
    StringBuilder b = new StringBuilder();
    for (String note : r.notes()) b.append("note (").append(r.set()).append("): ").append(note).append('\n');
    List<EvalError> worst = r.worst(n);
    if (worst.isEmpty()) return b.toString();
    b.append(String.format(Locale.ROOT, "%n%s: %d worst of %d errors%n", r.set(), worst.size(), r.errors().size()));
    int i = 0;
    for (EvalError e : worst) {
      b.append(String.format(Locale.ROOT, "%3d. [%s] %s%n", ++i, e.category(), e.unit()));
      b.append("     gold:     ").append(e.gold()).append('\n');
      b.append("     produced: ").append(e.produced()).append('\n');
      b.append("     text:     ").append(e.text().replaceAll("\\s+", " ").strip()).append('\n');
    }
    return b.toString();
  }
}
