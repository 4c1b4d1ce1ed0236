package harbinger.actors;

import harbinger.data.DataLine;
import java.util.List;
import java.util.Map;

/**
 * Peoples from {@code peoples.tsv}: ethnic groups and the residents of a region, each with the one country
 * it lives in ("Ibo" → NGA, "Chechens" → RUS), keyed by {@link PhraseKey} of every form. Immutable and
 * thread-safe once built.
 */
final class PeopleTable {
  private static final List<String> COLUMNS = List.of("country", "forms");

  private final Map<String, Country> byForm;

  private PeopleTable(Map<String, Country> byForm) {
    this.byForm = byForm;
  }

  /**
   * Reads {@code peoples.tsv}.
   *
   * @throws harbinger.error.DictionaryException on a bad column count, an unknown country, a form given to two
   *     countries, or a form that is already a country's name or adjective (the table only adds what
   *     {@code countries.tsv} cannot say)
   */
  static PeopleTable parse(List<DataLine> lines, CountryTable countries) {
    Map<String, Country> byCode = new java.util.HashMap<>();
    for (Country c : countries.countries()) byCode.put(c.code(), c);
    AliasIndex<Country> index = new AliasIndex<>("people", Country::code);
    for (DataLine line : lines) {
      LineFields.expectColumns(line, 2, COLUMNS);
      Country country = byCode.get(countries.expectCountry(line, line.expectField(0, "country")));
      List<String> forms = LineFields.list(line.expectField(1, "forms"));
      for (String form : forms) {
        String key = PhraseKey.of(form);
        if (countries.byAdjective().containsKey(key) || countries.byName().containsKey(key)) {
          throw line.error("people '" + form + "' is already a country name or adjective in countries.tsv");
        }
        index.add(line, form, country);
      }
    }
    return new PeopleTable(index.toMap());
  }

  Map<String, Country> byForm() { return byForm; }
}
