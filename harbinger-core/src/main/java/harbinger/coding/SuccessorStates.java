package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.actors.Country;
import java.time.LocalDate;

/**
 * Former office holders of a state that no longer exists on the story's date: "Mikhail Gorbachev" in 2001 is a
 * Russian public figure (RUSELI), not a Soviet one, as "Erich Honecker" in 1992 is a German one. The ended states and
 * their continuations are data ({@code ended-states.tsv}, through {@link ActorKnowledge#continuation}); a state whose
 * people passed to several states (Czechoslovakia) has none and is kept. A holder with a later office of his own
 * keeps that office's country from his record. Stateless.
 */
final class SuccessorStates {
  private SuccessorStates() {}

  /** The country a former holder of an office of {@code state} belongs to on {@code date}. */
  static String of(ActorKnowledge knowledge, String state, LocalDate date) {
    return knowledge.continuation(state, date).map(Country::code).orElse(state);
  }
}
