package harbinger.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of scoring one gold set: its scores in a fixed order, its errors worst first, and notes
 * (skipped articles, unscored gold types). Immutable.
 *
 * @param set gold set name ("plover", "cameo", "m2e2", "timex", "quotes"), as in floors files
 * @param units gold units scored (records, sentences, time expressions or attributions)
 * @param scores the scores, in the order the scorer documents
 * @param errors every error, sorted by severity (worst first), then in gold order
 * @param notes remarks on the run, in order
 */
public record EvalReport(String set, int units, List<Score> scores, List<EvalError> errors, List<String> notes) {
  private static final Comparator<EvalError> WORST_FIRST = Comparator.comparingInt(EvalError::severity).reversed();

  public EvalReport {
    Objects.requireNonNull(set, "set");
    scores = List.copyOf(scores);
    errors = errors.stream().sorted(WORST_FIRST).toList();
    notes = List.copyOf(notes);
    if (units < 0) throw new IllegalArgumentException("negative unit count");
    if (scores.stream().map(Score::name).distinct().count() != scores.size())
      throw new IllegalArgumentException(set + ": duplicate metric names in " + scores);
  }

  public Optional<Score> find(String metric) {
    return scores.stream().filter(s -> s.name().equals(metric)).findFirst();
  }

  /** The first {@code n} errors (worst first). */
  public List<EvalError> worst(int n) { return errors.subList(0, Math.min(Math.max(0, n), errors.size())); }

  /** The same report with notes added after the existing ones. */
  public EvalReport withNotes(List<String> more) {
    List<String> all = new java.util.ArrayList<>(notes);
    all.addAll(more);
    return new EvalReport(set, units, scores, errors, all);
  }
}
