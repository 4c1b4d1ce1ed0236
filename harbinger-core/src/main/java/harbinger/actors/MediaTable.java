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
  private static final List<String> COLUMNS = List.of("name", "aliases", "state");

  private final Map<String, String> byAlias;
  private final Map<String, String> stateByName;

  private MediaTable(Map<String, String> byAlias, Map<String, String> stateByName) {
    this.byAlias = byAlias;
    this.stateByName = stateByName;
  }

  /**
   * Reads {@code media.tsv}.
   *
   * @throws harbinger.error.DictionaryException on a bad column count, an alias given to two outlets or a state
   *     that is not a country of {@code countries}
   */
  static MediaTable parse(List<DataLine> lines, CountryTable countries) {
    AliasIndex<String> index = new AliasIndex<>("media alias", name -> name);
    Map<String, String> states = new HashMap<>();
    for (DataLine line : lines) {
      LineFields.expectColumns(line, 1, COLUMNS);
      String name = line.expectField(0, "name");
      index.add(line, name, name);
      LineFields.list(line.field(1)).forEach(a -> index.add(line, a, name));
      String state = line.field(2).strip();
      if (!state.isEmpty()) states.put(name, countries.expectCountry(line, state));
    }
    return new MediaTable(index.toMap(), Map.copyOf(states));
  }

  Map<String, String> byAlias() { return byAlias; }

  /** The state owning the outlet of this canonical name, or null for a private or international outlet. */
  String state(String name) { return stateByName.get(name); }
}
