package harbinger.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Targets of an attack that names no party but a place held by one: "a car bomb exploded outside a police station
 * in Baqouba" (the police of Iraq), "suicide bombers struck near an army base" (the army), "bombed an airfield near
 * the Georgian capital" (Georgia). CAMEO codes an attack on a held site as one on its holder; the site stands in a
 * locative phrase of the act, or the thing attacked stands near or in the place that names its country. Stateless.
 */
final class SiteTargets {
  /** Prepositions of a site where the act happens. */
  private static final Set<String> AT_SITE = Set.of("outside", "near", "at", "in", "inside", "around", "beside");
  /** Roots of acts whose target is what is hit: coercion is left out ("arrested at a checkpoint" hits no one there). */
  static final Set<String> ROOTS = Set.of("18", "19", "20");

  private SiteTargets() {}

  /** Candidate target heads, best first: sites held by a force in the act's locative phrases, then places by the things hit. */
  static List<Integer> of(SentenceGraph g, int trigger, List<Integer> unresolved) {
    List<Integer> out = new ArrayList<>();
    // "exploded a truck bomb near an army base": a noun trigger's site hangs on its verb
    List<Integer> acts = new ArrayList<>(List.of(trigger));
    if (!g.token(trigger).isVerb() && g.head(trigger) >= 0 && g.token(g.head(trigger)).isVerb()) acts.add(g.head(trigger));
    for (int act : acts) for (int c : g.children(act)) {
      if (!g.baseRelation(c).equals("obl") || !AT_SITE.contains(String.valueOf(g.caseMarker(c)))) continue;
      if (ActorResolver.PLACE_NOUNS.contains(g.lemma(c)) && !g.token(c).isProperNoun()) out.add(c);
    }
    for (int h : unresolved) {
      for (int c : g.children(h)) {
        if (g.baseRelation(c).equals("nmod") && Set.of("near", "outside", "in").contains(String.valueOf(g.caseMarker(c)))) out.add(c);
      }
    }
    return out;
  }
}
