package harbinger.store;

import java.util.List;
import java.util.Objects;

/**
 * An escalation alert for one undirected dyad, with the events that drove it (the run's conflict events, largest
 * contribution {@code -goldstein × confidence} first).
 */
public record Alert(Dyad dyad, EscalationDetector.Signal signal, List<StoredEvent> drivers) {
  public Alert {
    Objects.requireNonNull(dyad, "dyad");
    Objects.requireNonNull(signal, "signal");
    drivers = List.copyOf(drivers);
  }
}
