package harbinger.actors;

import harbinger.data.DataLine;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code ended-states.tsv}: states that no longer exist and the state that continues each of them for its people.
 * Columns: {@code state} (the ended state's code), {@code continuation} (a code, or {@code -} for none) and
 * {@code since} (the first day after the state ended, YYYY-MM-DD, YYYY-MM or YYYY). Immutable and thread-safe once
 * built.
 */
final class EndedStateTable {
  /** One ended state; {@code continuation} is null when its people passed to several states. */
  record EndedState(Country state, @Nullable Country continuation, LocalDate since) {}

  private final Map<String, EndedState> byState;

  private EndedStateTable(Map<String, EndedState> byState) {
    this.byState = Map.copyOf(byState);
  }

  /**
   * @throws harbinger.error.DictionaryException on a bad column count, an unknown country, a state listed twice,
   *     a state that continues itself, or a bad date
   */
  static EndedStateTable parse(List<DataLine> lines, CountryTable countries) {
    Map<String, Country> byCode = new HashMap<>();
    for (Country c : countries.countries()) byCode.put(c.code(), c);
    Map<String, EndedState> out = new HashMap<>();
    for (DataLine line : lines) {
      LineFields.expectColumns(line, 3, List.of("state", "continuation", "since"));
      String state = countries.expectCountry(line, line.expectField(0, "state"));
      String next = line.expectField(1, "continuation");
      @Nullable Country continuation = null;
      if (!next.equals("-")) {
        String code = countries.expectCountry(line, next);
        if (code.equals(state)) throw line.error("state '" + state + "' cannot continue itself");
        continuation = byCode.get(code);
      }
      LocalDate since = LineFields.date(line, line.expectField(2, "since"), "since", false);
      if (out.putIfAbsent(state, new EndedState(byCode.get(state), continuation, since)) != null) {
        throw line.error("state '" + state + "' is listed twice");
      }
    }
    return new EndedStateTable(out);
  }

  boolean contains(String state) { return byState.containsKey(state); }

  /** The continuation of {@code state} when {@code date} is on or after its {@code since} day. */
  Optional<Country> continuationOn(String state, LocalDate date) {
    EndedState s = byState.get(state);
    return s == null || s.continuation() == null || date.isBefore(s.since()) ? Optional.empty()
        : Optional.of(s.continuation());
  }
}
