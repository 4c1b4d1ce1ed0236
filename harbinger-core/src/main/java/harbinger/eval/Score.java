package harbinger.eval;

import java.util.Locale;
import java.util.Objects;

/**
 * One measured figure as a ratio of counts, so that every reported number can be checked by hand.
 * F1 is written as {@code 2·TP / (2·TP + FP + FN)}, which equals {@code 2PR / (P + R)}.
 *
 * @param name metric name, stable across runs ("type_recall"); used in floors files
 * @param numerator counted successes
 * @param denominator counted cases; 0 when there was nothing to measure
 */
public record Score(String name, int numerator, int denominator) {
  public Score {
    Objects.requireNonNull(name, "name");
    if (!name.matches("[a-z0-9_]+(\\[[A-Za-z:\\-]+])?"))
      throw new IllegalArgumentException("metric name must be lower-case words with '_' (optionally [Type]) but was '" + name + "'");
    if (numerator < 0 || denominator < 0 || numerator > denominator)
      throw new IllegalArgumentException(name + ": bad ratio " + numerator + "/" + denominator);
  }

  /** True when there was something to measure (denominator above 0). */
  public boolean defined() { return denominator > 0; }

  /** numerator / denominator, or NaN when {@link #defined()} is false. */
  public double value() { return denominator == 0 ? Double.NaN : (double) numerator / denominator; }

  /** "0.512 (21/41)", or "n/a (0/0)". */
  public String format() {
    return (defined() ? String.format(Locale.ROOT, "%.3f", value()) : "n/a") + " (" + numerator + "/" + denominator + ")";
  }
}
