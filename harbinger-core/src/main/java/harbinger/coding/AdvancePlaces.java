package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.actors.Country;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The country a target of no country was moving on when it was hit: "struck columns of Islamist fighters advancing on
 * the central Malian town of Mopti" (MLI), "bombed convoys of insurgents moving towards the Syrian city of Hama" (SYR).
 * The place is the goal of a verb of motion in a clause describing the target, named by a nationality adjective on a
 * town, city, port or capital, by a listed place in its "of" phrase or apposition, or by itself. Callers use it as the
 * place of the fight, so that fighters of no country a foreign army hits are not given that army's country.
 * Stateless and thread-safe.
 */
final class AdvancePlaces {
  private static final Set<String> MOTION = Set.of("advance", "move", "march", "head", "push", "close", "converge",
      "drive", "roll", "approach");
  private static final Set<String> GOAL_PREPS = Set.of("on", "towards", "toward", "to", "into", "upon");
  private static final Set<String> SETTLEMENTS = Set.of("town", "city", "port", "capital", "village", "stronghold", "base");

  private AdvancePlaces() {}

  /** The country of the goal of a motion verb describing one of {@code targets}, or null. */
  static @Nullable String country(SentenceGraph g, List<Integer> targets, ActorKnowledge knowledge) {
    for (int t : targets) {
      BitSet scope = g.subtree(t);
      for (int v = scope.nextSetBit(0); v >= 0; v = scope.nextSetBit(v + 1)) {
        if (!MOTION.contains(g.lemma(v)) || !g.token(v).isVerb() || !g.relation(v).startsWith("acl")) continue;
        // "approaching the town of X" takes the place as object
        for (int c : g.children(v)) {
          boolean goal = g.baseRelation(c).equals("obl") && GOAL_PREPS.contains(String.valueOf(g.caseMarker(c)))
              || g.baseRelation(c).equals("obj") && g.lemma(v).equals("approach");
          if (!goal) continue;
          Optional<Country> country = placeCountry(g, c, knowledge);
          if (country.isPresent()) return country.get().code();
        }
      }
    }
    return null;
  }

  private static Optional<Country> placeCountry(SentenceGraph g, int place, ActorKnowledge knowledge) {
    if (g.token(place).isProperNoun()) {
      String name = LocationFinder.text(g, place);
      return knowledge.findCountryOfPlaceName(name);
    }
    if (!SETTLEMENTS.contains(g.lemma(place))) return Optional.empty();
    for (int k : g.children(place)) {
      if (g.relation(k).equals("amod")) {
        Optional<Country> c = knowledge.findCountryByAdjective(g.word(k));
        if (c.isPresent()) return c;
      }
    }
    for (int k : g.children(place)) {
      String rel = g.baseRelation(k);
      if ((rel.equals("nmod") && "of".equals(g.caseMarker(k)) || rel.equals("appos") || rel.equals("compound") && k > place)
          && g.token(k).isProperNoun()) {
        String name = LocationFinder.text(g, k);
        Optional<Country> c = knowledge.findCountryOfPlaceName(name);
        if (c.isPresent()) return c;
      }
    }
    return Optional.empty();
  }
}
