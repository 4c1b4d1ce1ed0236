package harbinger.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The place a force leaves, which is the target of a withdrawal: "pulled out of southern Lebanon" (the parser hangs
 * "of Lebanon" on the adverb "out", not on the verb), "withdrew its troops from Cambodia", and for the noun "the
 * withdrawal of its troops from Cambodia", whose "of" phrase names what is moved (the mover's own troops), not the
 * party left. An office left ("removed from office") is no place. Stateless.
 */
final class PlacesLeft {
  /** Nouns of taking a force out of a place. */
  private static final Set<String> REMOVAL_NOUNS = Set.of("withdrawal", "pullout", "pull-out", "evacuation",
      "redeployment", "retreat", "departure", "exit", "drawdown");
  private static final Set<String> OUT_ADVERBS = Set.of("out", "away");

  private PlacesLeft() {}

  /** The "from" / "out of" phrase of verb {@code v}, on the verb or on its adverb "out", or null. */
  static @Nullable Integer ofVerb(SentenceGraph g, int v) {
    Integer place = ArgumentFinder.obliqueWith(g, v, List.of("from", "out"));
    if (place == null) {
      for (int a : g.children(v)) {
        if (!g.relation(a).equals("advmod") || !OUT_ADVERBS.contains(g.lemma(a))) continue;
        for (int c : g.children(a)) {
          String base = g.baseRelation(c);
          if ((base.equals("obl") || base.equals("nmod")) && Set.of("of", "from").contains(String.valueOf(g.caseMarker(c)))
              && !g.nonActor(c)) place = c;
        }
      }
    }
    return place == null || ArgumentFinder.OFFICES.contains(g.lemma(place)) ? null : place;
  }

  /**
   * For a removal noun with a "from" phrase, puts the place left first among {@code targets} and moves what the
   * noun's other phrases named (the troops withdrawn) to {@code later}.
   */
  static void preferPlaceLeft(ArgumentFinder f, SentenceGraph g, int n, List<Integer> targets, List<Integer> later) {
    if (!REMOVAL_NOUNS.contains(g.lemma(n)) || targets.isEmpty()) return;
    for (int c : g.children(n)) {
      if (!g.baseRelation(c).equals("nmod") || !"from".equals(g.caseMarker(c)) || g.nonActor(c)
          || ArgumentFinder.OFFICES.contains(g.lemma(c))) continue;
      List<Integer> place = f.expand(g, c);
      if (place.isEmpty() || targets.get(0).equals(place.get(0))) return;
      List<Integer> moved = new ArrayList<>(targets);
      moved.removeAll(place);
      later.removeAll(place);
      later.addAll(0, moved);
      targets.clear();
      targets.addAll(place);
      return;
    }
  }
}
