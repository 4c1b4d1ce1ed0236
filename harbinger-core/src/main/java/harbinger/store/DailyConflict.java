package harbinger.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Goldstein-weighted conflict of one undirected dyad on one day: the sum, over realised events (asserted or claimed)
 * with a negative Goldstein value, of {@code -goldstein × confidence}. Days without such events are absent.
 */
public record DailyConflict(Dyad dyad, LocalDate day, double intensity, int events) {
  public DailyConflict {
    Objects.requireNonNull(dyad, "dyad");
    Objects.requireNonNull(day, "day");
    if (!(intensity >= 0)) throw new IllegalArgumentException("intensity must be >= 0 but was " + intensity);
  }
}
