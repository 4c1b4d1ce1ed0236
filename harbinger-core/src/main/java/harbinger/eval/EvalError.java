package harbinger.eval;

import java.util.Objects;

/**
 * One scored unit the system got wrong, for the error list: what the gold says, what was produced, and the
 * text it was about.
 *
 * @param unit gold record id, with a suffix naming the part when a record has several ("doc_3#Conflict:Attack")
 * @param severity larger is worse; errors are listed worst first (each scorer documents its scale)
 * @param category short error class for counting patterns ("wrong type", "missed", "spurious")
 * @param gold the gold answer, in words
 * @param produced what the system produced, in words ("nothing" when nothing)
 * @param text the sentence or passage the unit is about
 */
public record EvalError(String unit, int severity, String category, String gold, String produced, String text) {
  public EvalError {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(produced, "produced");
    Objects.requireNonNull(text, "text");
    if (severity < 1) throw new IllegalArgumentException("severity must be >= 1 but was " + severity);
  }
}
