package harbinger.eval;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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

  /**
   * The 95% Wilson score interval of this proportion: how far the value could move on another sample of the same
   * size from the same source (a held-out half, say). Empty when nothing was measured, and for F1 scores
   * ({@code f1}, {@code f1[Type]}), whose numerator and denominator are not a count of successes among trials.
   */
  public Optional<Interval> interval95() {
    if (denominator == 0 || name.startsWith("f1")) return Optional.empty();
    double z = 1.959964, n = denominator, p = value(), z2n = z * z / n;
    double centre = (p + z2n / 2) / (1 + z2n);
    double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z2n);
    return Optional.of(new Interval(Math.max(0, centre - half), Math.min(1, centre + half)));
  }

  /** A confidence interval of a proportion, {@code 0 <= low <= high <= 1}. */
  public record Interval(double low, double high) {
    public Interval {
      if (!(0 <= low && low <= high && high <= 1)) throw new IllegalArgumentException("bad interval " + low + ".." + high);
    }

    /** "0.801-0.907". */
    public String format() { return String.format(Locale.ROOT, "%.3f-%.3f", low, high); }
  }

  /** "0.512 (21/41)", or "n/a (0/0)". */
  public String format() {
    return (defined() ? String.format(Locale.ROOT, "%.3f", value()) : "n/a") + " (" + numerator + "/" + denominator + ")";
  }
}
