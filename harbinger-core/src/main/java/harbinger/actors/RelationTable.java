package harbinger.actors;

import harbinger.data.DataLine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code relations.tsv}: the country that wire copy names by its tie to another ("Ethiopia's northern neighbour",
 * "the former colonial power"). Columns: {@code country}, {@code relation} (one of {@link #RELATIONS}) and
 * {@code other} (the related country). Immutable and thread-safe once built.
 */
final class RelationTable {
  /** The relations a line may give. */
  static final Set<String> RELATIONS = Set.of("northern_neighbour", "southern_neighbour", "eastern_neighbour",
      "western_neighbour", "former_colonial_power");

  private final Map<String, Country> byKey;

  private RelationTable(Map<String, Country> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  /**
   * @throws harbinger.error.DictionaryException on a bad column count, an unknown country or relation, a country
   *     related to itself, or a country and relation listed twice
   */
  static RelationTable parse(List<DataLine> lines, CountryTable countries) {
    Map<String, Country> byCode = new HashMap<>();
    for (Country c : countries.countries()) byCode.put(c.code(), c);
    Map<String, Country> out = new HashMap<>();
    for (DataLine line : lines) {
      LineFields.expectColumns(line, 3, List.of("country", "relation", "other"));
      String country = countries.expectCountry(line, line.expectField(0, "country"));
      String relation = line.expectField(1, "relation");
      if (!RELATIONS.contains(relation)) throw line.error("unknown relation '" + relation + "', expected one of " + RELATIONS);
      String other = countries.expectCountry(line, line.expectField(2, "other"));
      if (country.equals(other)) throw line.error("country '" + country + "' cannot be its own " + relation);
      if (out.putIfAbsent(country + " " + relation, byCode.get(other)) != null) {
        throw line.error("country '" + country + "' has a second " + relation);
      }
    }
    return new RelationTable(out);
  }

  Optional<Country> of(String country, String relation) { return Optional.ofNullable(byKey.get(country + " " + relation)); }
}
