package harbinger.server;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An escalation alert for one undirected dyad (the store's {@code Alert}).
 *
 * @param dyad the two parties, smaller key first
 * @param start first day of the run that led to the alert
 * @param day the day the detector fired
 * @param score the detector's statistic on that day (a CUSUM or a z-score; the adapter documents which)
 * @param baselineMean mean daily conflict intensity the day was measured against
 * @param baselineSd its standard deviation (at least the detector's floor)
 * @param observed conflict intensity on the alert day
 * @param drivers the conflict events that drove it, largest contribution first
 */
public record EscalationAlert(PartyPair dyad, LocalDate start, LocalDate day, double score, double baselineMean,
                              double baselineSd, double observed, List<EventRow> drivers) {
  public EscalationAlert {
    Objects.requireNonNull(dyad, "dyad");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(day, "day");
    drivers = List.copyOf(drivers);
  }
}
