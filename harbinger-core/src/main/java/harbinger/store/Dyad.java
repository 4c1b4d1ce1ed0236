package harbinger.store;

import harbinger.error.ConfigException;
import java.util.Locale;
import java.util.Objects;

/**
 * Two parties, each a party key (see {@link EventKeys#partyKey}): a country ({@code RUS}) or, for actors without a
 * country, the actor code ({@code IGOUNO}). Undirected dyads put the smaller key first ({@link #undirected}).
 */
public record Dyad(String a, String b) {
  public Dyad {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (!a.matches("[A-Z0-9]{3,}") || !b.matches("[A-Z0-9]{3,}"))
      throw new ConfigException("a dyad is two actor or country codes such as RUS,UKR but was " + a + "," + b);
  }

  /** Parses {@code "RUS,UKR"} (case-insensitive). */
  public static Dyad parse(String text) {
    String[] parts = text.trim().toUpperCase(Locale.ROOT).split("\\s*,\\s*");
    if (parts.length != 2) throw new ConfigException("a dyad is written A,B (such as RUS,UKR) but was '" + text + "'");
    return new Dyad(parts[0], parts[1]);
  }

  /** The same two parties in canonical (sorted) order. */
  public Dyad undirected() { return a.compareTo(b) <= 0 ? this : new Dyad(b, a); }

  @Override public String toString() { return a + "," + b; }
}
