package harbinger.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One period (day, or ISO week starting Monday) of a dyad's series, over realised events (asserted or claimed;
 * negated, hypothetical, planned and historical mentions are left out).
 *
 * @param period the day, or the Monday of the week
 * @param quad events per QuadClass: index 0 is verbal cooperation ... 3 material conflict
 * @param goldsteinSum sum of the events' Goldstein values
 * @param goldsteinMean mean Goldstein value, 0 when there are no events
 * @param conflictShare share of events in QuadClass 3 or 4, 0 when there are no events
 */
public record SeriesPoint(LocalDate period, int[] quad, double goldsteinSum, double goldsteinMean, double conflictShare) {
  public SeriesPoint {
    Objects.requireNonNull(period, "period");
    if (quad.length != 4) throw new IllegalArgumentException("four QuadClass counts expected");
    quad = quad.clone();
  }

  @Override public int[] quad() { return quad.clone(); }

  public int events() { return quad[0] + quad[1] + quad[2] + quad[3]; }

  /** A period without events. */
  public static SeriesPoint empty(LocalDate period) { return new SeriesPoint(period, new int[4], 0, 0, 0); }

  @Override public boolean equals(Object o) {
    return o instanceof SeriesPoint p && period.equals(p.period) && java.util.Arrays.equals(quad, p.quad)
        && Double.compare(goldsteinSum, p.goldsteinSum) == 0 && Double.compare(goldsteinMean, p.goldsteinMean) == 0
        && Double.compare(conflictShare, p.conflictShare) == 0;
  }

  @Override public int hashCode() { return Objects.hash(period, java.util.Arrays.hashCode(quad), goldsteinSum); }

  @Override public String toString() {
    return "SeriesPoint[" + period + " " + java.util.Arrays.toString(quad) + " sum " + goldsteinSum + "]";
  }
}
