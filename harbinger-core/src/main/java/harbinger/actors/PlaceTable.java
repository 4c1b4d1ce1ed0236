package harbinger.actors;

import harbinger.data.DataLine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places from {@code places.tsv}: major cities, provinces and regions that are not capitals, each with the one
 * country it lies in ("Kherson" → UKR, "Hamburg" → DEU), keyed by {@link PhraseKey}. Immutable and thread-safe
 * once built.
 */
final class PlaceTable {
  private static final List<String> COLUMNS = List.of("country", "places");

  private final Map<String, Country> byName;

  private PlaceTable(Map<String, Country> byName) {
    this.byName = byName;
  }

  /**
   * Reads {@code places.tsv}.
   *
   * @throws harbinger.error.DictionaryException on a bad column count, an unknown country, a name given to two
   *     countries, or a name that is already a country's name or capital in {@code countries.tsv}
   */
  static PlaceTable parse(List<DataLine> lines, CountryTable countries) {
    Map<String, Country> byCode = new HashMap<>();
    for (Country c : countries.countries()) byCode.put(c.code(), c);
    AliasIndex<Country> index = new AliasIndex<>("place", Country::code);
    for (DataLine line : lines) {
      LineFields.expectColumns(line, 2, COLUMNS);
      Country country = byCode.get(countries.expectCountry(line, line.expectField(0, "country")));
      for (String place : LineFields.list(line.expectField(1, "places"))) {
        String key = PhraseKey.of(place);
        if (countries.byName().containsKey(key) || countries.byCapital().containsKey(key)) {
          throw line.error("place '" + place + "' is already a country name or capital in countries.tsv");
        }
        index.add(line, place, country);
      }
    }
    return new PlaceTable(index.toMap());
  }

  Map<String, Country> byName() { return byName; }
}
