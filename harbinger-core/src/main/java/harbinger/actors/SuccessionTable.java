package harbinger.actors;

import harbinger.data.DataLine;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code successions.tsv}: states that split off from another on a known day, so that a place of the new state
 * named in an older story belongs to the old one (Juba before 2011-07-09 is in Sudan). Columns: {@code state}
 * (the new state's code), {@code former} (the state the territory belonged to before) and {@code since} (the
 * first day of the new state, YYYY-MM-DD, YYYY-MM or YYYY). Immutable and thread-safe once built.
 */
final class SuccessionTable {
  /** One split: {@code state} was part of {@code former} before {@code since}. */
  record Succession(Country state, Country former, LocalDate since) {}

  private final Map<String, Succession> byState;

  private SuccessionTable(Map<String, Succession> byState) {
    this.byState = Map.copyOf(byState);
  }

  /**
   * @throws harbinger.error.DictionaryException on a bad column count, an unknown country, a state listed twice,
   *     a state that is its own former state, or a bad date
   */
  static SuccessionTable parse(List<DataLine> lines, CountryTable countries) {
    Map<String, Country> byCode = new HashMap<>();
    for (Country c : countries.countries()) byCode.put(c.code(), c);
    Map<String, Succession> out = new HashMap<>();
    for (DataLine line : lines) {
      LineFields.expectColumns(line, 3, List.of("state", "former", "since"));
      String state = countries.expectCountry(line, line.expectField(0, "state"));
      String former = countries.expectCountry(line, line.expectField(1, "former"));
      if (state.equals(former)) throw line.error("state '" + state + "' cannot succeed itself");
      LocalDate since = LineFields.date(line, line.expectField(2, "since"), "since", false);
      if (out.putIfAbsent(state, new Succession(byCode.get(state), byCode.get(former), since)) != null) {
        throw line.error("state '" + state + "' is listed twice");
      }
    }
    return new SuccessionTable(out);
  }

  Optional<Succession> of(String state) { return Optional.ofNullable(byState.get(state)); }
}
