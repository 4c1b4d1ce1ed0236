package harbinger.eval;

import harbinger.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Scores the time expressions of the NLP stage against gold TIMEX3s, each article annotated with its document
 * creation time as publication date.
 *
 * <p>Definitions, for gold TIMEX3s of type DATE and, separately, of type TIME (DURATION and SET are not
 * scored): a produced time expression (of any type) <em>overlaps</em> a gold one when their character spans
 * share at least one character. {@code date_span_recall} = gold DATEs overlapped by some produced expression /
 * gold DATEs; {@code date_value_accuracy} = gold DATEs overlapped by some produced expression whose value
 * equals the gold value at the gold's granularity ({@link TimexValues}) / gold DATEs; {@code time_span_recall}
 * and {@code time_value_accuracy} the same for TIME. Error severities: 2 found with a wrong value, 1 not found.
 */
public final class TimexScorer {
  static final List<String> SCORED = List.of("DATE", "TIME");

  private TimexScorer() {}

  /** @param produced produced time expressions by article id */
  public static EvalReport score(List<TimexArticle> gold, Map<String, List<ProducedTimex>> produced) {
    int[][] counts = new int[SCORED.size()][3]; // {gold, overlapped, right value}
    List<EvalError> errors = new ArrayList<>();
    int units = 0;
    for (TimexArticle a : gold) {
      List<ProducedTimex> ps = produced.getOrDefault(a.id(), List.of());
      for (TimexArticle.GoldTimex t : a.timexes()) {
        int k = SCORED.indexOf(t.type());
        if (k < 0) continue;
        units++;
        counts[k][0]++;
        List<ProducedTimex> over = ps.stream().filter(p -> overlaps(p.span(), t.span())).toList();
        boolean right = over.stream().anyMatch(p -> TimexValues.matches(t.value(), p.value()));
        if (!over.isEmpty()) counts[k][1]++;
        if (right) counts[k][2]++;
        String gold1 = t.type() + " '" + t.text() + "' = " + t.value();
        String context = context(a.text(), t.span());
        if (over.isEmpty()) {
          errors.add(new EvalError(a.id() + "#" + t.tid(), 1, t.type() + " not found", gold1, "nothing", context));
        } else if (!right) {
          String got = over.stream().map(p -> p.type() + " '" + p.text() + "' = " + p.value()).collect(Collectors.joining("; "));
          errors.add(new EvalError(a.id() + "#" + t.tid(), 2, t.type() + " wrong value", gold1, got, context));
        }
      }
    }
    List<Score> scores = new ArrayList<>();
    for (int k = 0; k < SCORED.size(); k++) {
      String p = SCORED.get(k).toLowerCase(java.util.Locale.ROOT);
      scores.add(new Score(p + "_value_accuracy", counts[k][2], counts[k][0]));
      scores.add(new Score(p + "_span_recall", counts[k][1], counts[k][0]));
    }
    return new EvalReport("timex", units, scores, errors, List.of());
  }

  static boolean overlaps(Span a, Span b) { return a.start() < b.end() && b.start() < a.end(); }

  /** Up to 80 characters either side, the expression in [brackets], on one line. */
  static String context(String text, Span s) {
    int from = Math.max(0, s.start() - 80);
    int to = Math.min(text.length(), s.end() + 80);
    return (text.substring(from, s.start()) + "[" + text.substring(s.start(), s.end()) + "]" + text.substring(s.end(), to))
        .replaceAll("\\s+", " ").strip();
  }
}
