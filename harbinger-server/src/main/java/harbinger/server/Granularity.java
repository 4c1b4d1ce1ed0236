package harbinger.server;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Period of a dyad series: calendar days, or ISO weeks (each named by its Monday). */
public enum Granularity {
  DAY, WEEK;

  /** The period that contains {@code day}: the day itself, or the Monday of its week. */
  public LocalDate periodOf(LocalDate day) {
    return this == DAY ? day : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  public LocalDate next(LocalDate period) { return this == DAY ? period.plusDays(1) : period.plusWeeks(1); }

  /** @throws RequestException naming {@code granularity} unless {@code day} or {@code week} */
  public static Granularity parse(String text) {
    return switch (text) {
      case "day" -> DAY;
      case "week" -> WEEK;
      default -> throw new RequestException("granularity", "must be day or week but was '" + Params.shown(text) + "'");
    };
  }
}
