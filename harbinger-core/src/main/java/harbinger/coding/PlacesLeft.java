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
  /** What a party is taken off, which is no place: "removed Seoul from its list of trusted trading partners". */
  private static final Set<String> LISTS = Set.of("list", "blacklist", "whitelist", "register", "roster");

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
    Integer obj = g.child(v, "obj");
    if (place == null && obj != null) place = pathOutOf(g, obj); // "crossed the border out of Lebanon"
    return place == null || ArgumentFinder.OFFICES.contains(g.lemma(place)) || LISTS.contains(g.lemma(place)) ? null : place;
  }

  /**
   * A verb of motion coded as leaving (a force's withdrawal 0874, peacekeepers, inspectors or aid workers pulled out
   * 166x) whose subject itself leaves, with no party as object: "the last American troops flew out of Kabul",
   * "columns of soldiers rolled out of Cambodia", "crossed the border out of Lebanon", "inspectors pulled out of Iraq".
   * Its place left is its target, as for a verb of removal. ("expelled aid agencies from Darfur" has its party as
   * object and keeps it.)
   */
  static boolean leftBySubject(SentenceGraph g, int v, String code) {
    if (!code.equals("0874") && !code.startsWith("166")) return false;
    Integer obj = g.child(v, "obj");
    return obj == null || PATHS.contains(g.lemma(obj)) || pathOutOf(g, obj) != null;
  }

  /** What a force crosses on its way out: "crossed the border out of Somalia". */
  private static final Set<String> PATHS = Set.of("border", "frontier", "river", "bridge", "line", "pass");

  /** The "out of" phrase on a path crossed ("the border out of Lebanon"), or null. */
  private static @Nullable Integer pathOutOf(SentenceGraph g, int path) {
    for (int c : g.children(path)) {
      if (g.baseRelation(c).equals("nmod") && "out".equals(g.caseMarker(c)) && !g.nonActor(c)) return c;
    }
    return null;
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
