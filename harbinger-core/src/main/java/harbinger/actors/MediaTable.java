package harbinger.actors;

import harbinger.data.DataLine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * News outlets and social networks from {@code media.tsv}, keyed by {@link PhraseKey} of every name and
 * alias and mapped to the canonical name, with the state that owns a state news agency or broadcaster.
 * Immutable and thread-safe once built.
 */
final class MediaTable {
  private static final List<String> COLUMNS = List.of("name", "aliases", "state", "home");

  private final Map<String, String> byAlias;
  private final Map<String, String> stateByName;
  private final Map<String, String> homeByName;

  private MediaTable(Map<String, String> byAlias, Map<String, String> stateByName, Map<String, String> homeByName) {
    this.byAlias = byAlias;
    this.stateByName = stateByName;
    this.homeByName = homeByName;
  }

  /**
   * Reads {@code media.tsv}.
   *
   * @throws harbinger.error.DictionaryException on a bad column count, an alias given to two outlets or a state
   *     or home that is not a country of {@code countries}, or an outlet given both a state and a home
   */
  static MediaTable parse(List<DataLine> lines, CountryTable countries) {
    AliasIndex<String> index = new AliasIndex<>("media alias", name -> name);
    Map<String, String> states = new HashMap<>();
    Map<String, String> homes = new HashMap<>();
    for (DataLine line : lines) {
      LineFields.expectColumns(line, 1, COLUMNS);
      String name = line.expectField(0, "name");
      index.add(line, name, name);
      LineFields.list(line.field(1)).forEach(a -> index.add(line, a, name));
      String state = line.field(2).strip();
      if (!state.isEmpty()) states.put(name, countries.expectCountry(line, state));
      String home = line.field(3).strip();
      if (!home.isEmpty() && !state.isEmpty()) throw line.error("an outlet has a state or a home, not both");
      if (!home.isEmpty()) homes.put(name, countries.expectCountry(line, home));
    }
    return new MediaTable(index.toMap(), Map.copyOf(states), Map.copyOf(homes));
  }

  Map<String, String> byAlias() { return byAlias; }

  /** The state owning the outlet of this canonical name, or null for a private or international outlet. */
  String state(String name) { return stateByName.get(name); }

  /** The country the outlet of this canonical name is from: its owning state, else its home; null for international outlets. */
  String country(String name) { return stateByName.getOrDefault(name, homeByName.get(name)); }
}
