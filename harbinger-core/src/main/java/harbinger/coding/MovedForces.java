package harbinger.coding;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Troops moved in the passive with no agent named: "the last Syrian troops were pulled out of Lebanon", "Iraqi
 * troops have been moved closer to the Kuwaiti border", "Chinese troops have been massed near the Vietnamese
 * border". Whoever gave the order, the force moved is its state's act: the troops are the source, and the place
 * left (for a withdrawal) or approached is the target, where the caller resolves it (a border names its owner).
 * A passive with a "by" agent keeps the ordinary frame. Stateless.
 */
final class MovedForces {
  /** Verbs of moving a force; the first group withdraws it. */
  private static final Set<String> WITHDRAWALS = Set.of("withdraw", "pull", "remove", "evacuate", "recall");
  private static final Set<String> MOVES = Set.of("move", "mass", "amass", "deploy", "redeploy", "station", "send",
      "position", "concentrate", "dispatch", "rush", "bring");
  /** Heads naming an armed force or its equipment. */
  private static final Set<String> FORCES = Set.of("troop", "troops", "soldier", "force", "forces", "tank", "unit",
      "battalion", "brigade", "division", "regiment", "warship", "army", "reinforcement", "paratrooper", "marine",
      "artillery", "missile", "warplane", "jet", "contingent", "peacekeeper", "armour", "armor");
  private static final List<String> FROM = List.of("from", "out", "of");
  private static final List<String> TOWARD = List.of("to", "toward", "towards", "into", "near", "along", "on", "in");

  private MovedForces() {}

  static @Nullable Arguments of(ArgumentFinder f, SentenceGraph g, int v) {
    boolean withdrawal = WITHDRAWALS.contains(g.lemma(v));
    if (!withdrawal && !MOVES.contains(g.lemma(v))) return null;
    Integer force = g.child(v, "nsubj:pass");
    if (force == null || !FORCES.contains(g.lemma(force).toLowerCase(java.util.Locale.ROOT))) return null;
    Integer place = ArgumentFinder.obliqueWith(g, v, withdrawal ? FROM : TOWARD);
    if (place == null) {
      // "moved closer to the Kuwaiti border": the place hangs on the adverb of degree
      for (int c : g.children(v)) {
        if (!g.relation(c).equals("advmod")) continue;
        for (int p : g.children(c)) {
          if ((g.baseRelation(p).equals("obl") || g.baseRelation(p).equals("nmod")) && TOWARD.contains(String.valueOf(g.caseMarker(p)))) place = p;
        }
      }
    }
    Integer partner = place == null ? null : ArgumentRepairs.partnerOfOwn(g, place); // "to their border with X"
    return new Arguments(f.expand(g, force), f.expand(g, partner != null ? partner : place), false);
  }
}
