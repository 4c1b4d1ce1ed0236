package harbinger.actors;

import harbinger.data.DataLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Countries from {@code countries.tsv} with their name, adjective and capital indexes (keys from
 * {@link PhraseKey}). Each index is its own namespace: "Djibouti" may be both a name and a capital, but one
 * name may not belong to two countries. Immutable and thread-safe once built.
 */
final class CountryTable {
  private static final List<String> COLUMNS = List.of("code", "name", "other_names", "adjectives", "capitals");

  private final List<Country> countries;
  private final Map<String, Country> byCode;
  private final Map<String, Country> byName;
  private final Map<String, Country> byAdjective;
  private final Map<String, Country> byCapital;

  private CountryTable(List<Country> countries, Map<String, Country> byCode, Map<String, Country> byName,
                       Map<String, Country> byAdjective, Map<String, Country> byCapital) {
    this.countries = List.copyOf(countries);
    this.byCode = Map.copyOf(byCode);
    this.byName = byName;
    this.byAdjective = byAdjective;
    this.byCapital = byCapital;
  }

  /**
   * Reads {@code countries.tsv}.
   *
   * @throws harbinger.error.DictionaryException on a bad column count, a malformed or repeated code, or a
   *     name, adjective or capital given to two countries
   */
  static CountryTable parse(List<DataLine> lines) {
    List<Country> countries = new ArrayList<>();
    Map<String, Country> byCode = new HashMap<>();
    Map<String, Integer> codeLine = new HashMap<>();
    AliasIndex<Country> names = new AliasIndex<>("country name", Country::code);
    AliasIndex<Country> adjectives = new AliasIndex<>("adjective", Country::code);
    AliasIndex<Country> capitals = new AliasIndex<>("capital", Country::code);
    for (DataLine line : lines) {
      LineFields.expectColumns(line, 2, COLUMNS);
      String code = LineFields.code(line, line.expectField(0, "code"), "country code");
      Integer previous = codeLine.putIfAbsent(code, line.number());
      if (previous != null) throw line.error("duplicate country code '" + code + "' (first at line " + previous + ")");
      Country country = new Country(code, line.expectField(1, "name"), LineFields.list(line.field(2)),
          LineFields.list(line.field(3)), LineFields.list(line.field(4)));
      names.add(line, country.name(), country);
      country.names().forEach(n -> names.add(line, n, country));
      country.adjectives().forEach(a -> adjectives.add(line, a, country));
      country.capitals().forEach(c -> capitals.add(line, c, country));
      countries.add(country);
      byCode.put(code, country);
    }
    countries.sort(Comparator.comparing(Country::code));
    return new CountryTable(countries, byCode, names.toMap(), adjectives.toMap(), capitals.toMap());
  }

  /**
   * Checks a country code read from {@code line}.
   *
   * @throws harbinger.error.DictionaryException if it is malformed or not in {@code countries.tsv}
   */
  String expectCountry(DataLine line, String value) {
    LineFields.code(line, value, "country code");
    if (!byCode.containsKey(value)) throw line.error("unknown country code '" + value + "' (not in countries.tsv)");
    return value;
  }

  List<Country> countries() { return countries; }
  Map<String, Country> byName() { return byName; }
  Map<String, Country> byAdjective() { return byAdjective; }
  Map<String, Country> byCapital() { return byCapital; }
}
