package harbinger.store;

import java.util.Objects;

/**
 * The events between two parties in either direction, for dyad pickers and actor networks.
 *
 * @param dyad the two parties, smaller key first
 * @param events events between them
 * @param conflict those in QuadClass 3 or 4
 * @param goldsteinMean mean Goldstein value of the events
 */
public record DyadSummary(Dyad dyad, long events, long conflict, double goldsteinMean) {
  public DyadSummary {
    Objects.requireNonNull(dyad, "dyad");
    if (events < 1 || conflict < 0 || conflict > events)
      throw new IllegalArgumentException("inconsistent counts for " + dyad + ": " + events + " events, " + conflict + " conflict");
  }
}
