package harbinger.actors;

import harbinger.data.DataLine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names that each belong to one country and add to what {@code countries.tsv} says, keyed by {@link PhraseKey}:
 * {@code peoples.tsv} (ethnic groups and residents of a region: "Ibo" → NGA, "Chechens" → RUS) and
 * {@code places.tsv} (major cities and regions that are not capitals: "Kherson" → UKR, "Hamburg" → DEU). Both files
 * have the columns {@code country} and a {@code ;}-separated list of names. Immutable and thread-safe once built.
 */
final class CountryForms {
  private final Map<String, Country> byKey;

  private CountryForms(Map<String, Country> byKey) {
    this.byKey = byKey;
  }

  /**
   * Reads {@code peoples.tsv}: a form may not already be a country's name or adjective.
   *
   * @throws harbinger.error.DictionaryException on a bad column count, an unknown country, a form given to two
   *     countries, or a form that is already a country's name or adjective
   */
  static CountryForms peoples(List<DataLine> lines, CountryTable countries) {
    return parse(lines, countries, "people", "forms", "adjective", countries.byAdjective());
  }

  /**
   * Reads {@code places.tsv}: a place may not already be a country's name or capital.
   *
   * @throws harbinger.error.DictionaryException on a bad column count, an unknown country, a name given to two
   *     countries, or a name that is already a country's name or capital
   */
  static CountryForms places(List<DataLine> lines, CountryTable countries) {
    return parse(lines, countries, "place", "places", "capital", countries.byCapital());
  }

  private static CountryForms parse(List<DataLine> lines, CountryTable countries, String kind, String column,
                                    String otherKind, Map<String, Country> other) {
    Map<String, Country> byCode = new HashMap<>();
    for (Country c : countries.countries()) byCode.put(c.code(), c);
    AliasIndex<Country> index = new AliasIndex<>(kind, Country::code);
    for (DataLine line : lines) {
      LineFields.expectColumns(line, 2, List.of("country", column));
      Country country = byCode.get(countries.expectCountry(line, line.expectField(0, "country")));
      for (String form : LineFields.list(line.expectField(1, column))) {
        String key = PhraseKey.of(form);
        if (countries.byName().containsKey(key) || other.containsKey(key)) {
          throw line.error(kind + " '" + form + "' is already a country name or " + otherKind + " in countries.tsv");
        }
        index.add(line, form, country);
      }
    }
    return new CountryForms(index.toMap());
  }

  /** Country by {@link PhraseKey} of a name. */
  Map<String, Country> byKey() { return byKey; }
}
