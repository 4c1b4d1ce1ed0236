package harbinger.server;

import java.util.Objects;

/**
 * Events between two parties (either direction), for the dyad picker and the actor network.
 *
 * @param dyad the two parties, smaller key first
 * @param events events between them
 * @param conflict those in QuadClass 3 or 4
 * @param goldsteinMean mean Goldstein value of the events
 */
public record DyadTotal(PartyPair dyad, long events, long conflict, double goldsteinMean) {
  public DyadTotal {
    Objects.requireNonNull(dyad, "dyad");
    if (events < 1 || conflict < 0 || conflict > events)
      throw new IllegalArgumentException("inconsistent counts for " + dyad + ": " + events + " events, " + conflict + " conflict");
  }
}
