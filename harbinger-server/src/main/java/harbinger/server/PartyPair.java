package harbinger.server;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Two parties, each a party key: a country ({@code RUS}), or for an actor without a country its CAMEO code
 * ({@code IGOUNO}). The store keys parties the same way. {@link #undirected()} puts the smaller key first.
 */
public record PartyPair(String a, String b) {
  private static final Pattern KEY = Pattern.compile("[A-Z0-9]{3,15}");

  public PartyPair {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
  }

  /**
   * Parses two party keys (case-insensitive).
   *
   * @param field the request field named in errors
   * @throws RequestException unless both are 3..15 letters or digits
   */
  public static PartyPair of(String field, String a, String b) {
    return new PartyPair(key(field, a), key(field, b));
  }

  /** Parses {@code "RUS,UKR"}. */
  public static PartyPair parse(String field, String text) {
    String[] parts = text.split(",", -1);
    if (parts.length != 2) throw new RequestException(field, "must be two party codes A,B (such as RUS,UKR) but was '" + Params.shown(text) + "'");
    return of(field, parts[0], parts[1]);
  }

  /** Validates one party key; returns it in upper case. */
  public static String key(String field, String text) {
    String k = text.strip().toUpperCase(Locale.ROOT);
    if (!KEY.matcher(k).matches())
      throw new RequestException(field, "must be a country or actor code of 3..15 letters or digits (such as RUS or IGOUNO) but was '" + Params.shown(text) + "'");
    return k;
  }

  public PartyPair undirected() { return a.compareTo(b) <= 0 ? this : new PartyPair(b, a); }

  @Override public String toString() { return a + "," + b; }
}
