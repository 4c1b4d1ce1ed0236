package harbinger.server;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * One period of a dyad's series over realised events (asserted or claimed: denied, hypothetical, planned and
 * historical events are left out, as the store does).
 *
 * @param period the day, or the Monday of the week
 * @param quad events per QuadClass: index 0 verbal cooperation, 1 material cooperation, 2 verbal conflict,
 *     3 material conflict
 * @param goldsteinSum sum of the events' Goldstein values
 * @param goldsteinMean mean Goldstein value, 0 without events
 * @param conflictShare share of events in QuadClass 3 or 4, 0 without events
 */
public record PeriodPoint(LocalDate period, int[] quad, double goldsteinSum, double goldsteinMean, double conflictShare) {
  public PeriodPoint {
    Objects.requireNonNull(period, "period");
    if (quad.length != 4) throw new IllegalArgumentException("four QuadClass counts expected");
    quad = quad.clone();
  }

  @Override public int[] quad() { return quad.clone(); }

  public int events() { return quad[0] + quad[1] + quad[2] + quad[3]; }

  @Override public boolean equals(Object o) {
    return o instanceof PeriodPoint p && period.equals(p.period) && Arrays.equals(quad, p.quad)
        && Double.compare(goldsteinSum, p.goldsteinSum) == 0;
  }

  @Override public int hashCode() { return Objects.hash(period, Arrays.hashCode(quad), goldsteinSum); }

  @Override public String toString() { return "PeriodPoint[" + period + " " + Arrays.toString(quad) + " " + goldsteinSum + "]"; }
}
