package harbinger.store;

import java.util.Collection;

/**
 * The confidence of a stored event, from the confidence of its mentions grouped into independent sources.
 *
 * <pre>
 * unit u      = the outlet of the mention's original article: a near-duplicate copy (a syndicated story) counts
 *               with the article it copies, so a wire story run by three outlets is one unit, not three
 * p(u)        = the highest coder confidence among the unit's mentions
 * one unit    : confidence = 0.8 × p(u)                       (only one outlet reports it: discounted)
 * n ≥ 2 units : confidence = min(0.99, 1 − Π (1 − p(u)))      (noisy-OR: each independent report adds evidence)
 * </pre>
 * Adding an independent source never lowers the confidence (the noisy-OR is at least the largest p(u), which is
 * above 0.8 × p(u)), and it never reaches certainty. The 0.8 single-source factor and the 0.99 cap are
 * judgement, not fitted; the figure is a ranking aid like the coder's. Stateless and thread-safe.
 */
public final class EventConfidence {
  /** Factor applied when a single independent source reports the event. */
  public static final double SINGLE_SOURCE_FACTOR = 0.8;
  /** Highest confidence a corroborated event can reach. */
  public static final double CAP = 0.99;

  private EventConfidence() {}

  /**
   * @param unitConfidences p(u) of each independent source, each in 0..1
   * @throws IllegalArgumentException when there is no unit or a value is outside 0..1
   */
  public static double of(Collection<Double> unitConfidences) {
    if (unitConfidences.isEmpty()) throw new IllegalArgumentException("an event has at least one source");
    double miss = 1;
    double max = 0;
    for (double p : unitConfidences) {
      if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("confidence must be 0..1 but was " + p);
      miss *= 1 - p;
      max = Math.max(max, p);
    }
    if (unitConfidences.size() == 1) return SINGLE_SOURCE_FACTOR * max;
    return Math.min(CAP, 1 - miss);
  }
}
