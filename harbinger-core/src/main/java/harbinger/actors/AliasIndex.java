package harbinger.actors;

import harbinger.data.DataLine;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds a map from {@link PhraseKey} keys to values while reading one data file, rejecting an alias that
 * would map to two different values. Mutable while building and confined to the loading thread; the map it
 * produces is immutable.
 *
 * @param <T> the value type; values are "the same thing" when {@link Object#equals} says so
 */
final class AliasIndex<T> {
  private final String kind;
  private final Function<T, String> describe;
  private final Map<String, T> values = new HashMap<>();
  private final Map<String, Integer> firstLine = new HashMap<>();

  /**
   * @param kind what the aliases are, for messages ("country name", "organisation alias")
   * @param describe short description of a value for messages ("RUS", "IGOWSTNAT (NATO)")
   */
  AliasIndex(String kind, Function<T, String> describe) {
    this.kind = kind;
    this.describe = describe;
  }

  /**
   * Maps {@code alias} to {@code value}. Adding the same alias for an equal value again is allowed.
   *
   * @throws harbinger.error.DictionaryException ({@code file:line:}) if the alias normalises to nothing or
   *     already maps to a different value
   */
  void add(DataLine line, String alias, T value) {
    String key = PhraseKey.of(alias);
    if (key.isEmpty()) throw line.error(kind + " '" + alias + "' is empty once normalised");
    T previous = values.putIfAbsent(key, value);
    if (previous == null) {
      firstLine.put(key, line.number());
    } else if (!previous.equals(value)) {
      throw line.error(kind + " '" + alias + "' maps to " + describe.apply(value) + " but already maps to "
          + describe.apply(previous) + " (line " + firstLine.get(key) + ")");
    }
  }

  /** An immutable copy of the keys and values added so far. */
  Map<String, T> toMap() {
    return Map.copyOf(values);
  }
}
