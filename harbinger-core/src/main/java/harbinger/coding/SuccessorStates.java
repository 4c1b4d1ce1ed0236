package harbinger.coding;

import java.time.LocalDate;
import java.util.Map;

/**
 * Former office holders of a state that no longer exists on the story's date: "Mikhail Gorbachev" in 2001 is a
 * Russian public figure (RUSELI), not a Soviet one, as "Erich Honecker" in 1992 is a German one. Only states whose
 * people passed whole to one successor are listed (Czechoslovakia split in two and is left out); a holder with a
 * later office of his own keeps that office's country from his record. Stateless.
 */
final class SuccessorStates {
  private record Successor(String state, LocalDate since) {}

  /** Historic state → the state its former officials belong to from the day after it ended. */
  private static final Map<String, Successor> SUCCESSORS = Map.of(
      "SUN", new Successor("RUS", LocalDate.of(1991, 12, 26)),
      "DDR", new Successor("DEU", LocalDate.of(1990, 10, 3)),
      "ZAR", new Successor("COD", LocalDate.of(1997, 5, 17)),
      "SCG", new Successor("SRB", LocalDate.of(2006, 6, 5)));

  private SuccessorStates() {}

  /** The country a former holder of an office of {@code state} belongs to on {@code date}. */
  static String of(String state, LocalDate date) {
    Successor s = SUCCESSORS.get(state);
    return s != null && !date.isBefore(s.since()) ? s.state() : state;
  }
}
