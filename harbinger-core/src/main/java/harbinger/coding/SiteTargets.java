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

  /** Facilities that stand for the place they serve when attacked: "the airport at Asmara", "the port of Poti". */
  private static final Set<String> FACILITIES = Set.of("airport", "airfield", "port", "harbour", "harbor", "terminal",
      "runway", "refinery", "station", "bridge", "dam", "railway", "oilfield", "dock", "docks", "shipyard");

  private SiteTargets() {}

  /**
   * The country a named place of a struck facility stands for ("the airport at Asmara": Eritrea), found by
   * its city or capital; none for a common noun, whose holder {@link ActorResolver} finds.
   */
  static java.util.Optional<ActorResolver.Resolved> placeParty(SentenceGraph g, int site, harbinger.actors.ActorKnowledge knowledge) {
    if (!g.token(site).isProperNoun()) return java.util.Optional.empty();
    String text = LocationFinder.text(g, site);
    String country = knowledge.findCountryByPlace(text).or(() -> knowledge.findCountryByCapital(text))
        .map(harbinger.actors.Country::code).orElse(null);
    if (country == null) return java.util.Optional.empty();
    harbinger.model.Actor a = new harbinger.model.Actor(text, country, country, List.of(), null, g.span(site, site));
    return java.util.Optional.of(new ActorResolver.Resolved(a, Discourse.Kind.COUNTRY, false, null));
  }

  /** Token {@code h} is a common noun naming a facility (not a proper name: "the Port of Spain"). */
  private static boolean facility(SentenceGraph g, int h) {
    return !g.token(h).isProperNoun() && FACILITIES.contains(g.lemma(h).toLowerCase(java.util.Locale.ROOT));
  }

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
    List<Integer> hit = new ArrayList<>(unresolved);
    Integer object = g.child(trigger, "obj");
    if (object != null && facility(g, object) && !hit.contains(object)) hit.add(object);
    for (int h : hit) {
      for (int c : g.children(h)) {
        if (g.baseRelation(c).equals("nmod") && Set.of("near", "outside", "in").contains(String.valueOf(g.caseMarker(c)))) out.add(c);
        // "bombed the port of Poti", "the oil terminal at Kharg Island": a facility named by the place it serves
        if (g.baseRelation(c).equals("nmod") && Set.of("of", "at").contains(String.valueOf(g.caseMarker(c)))
            && g.token(c).isProperNoun() && facility(g, h)) out.add(c);
      }
    }
    // "bombed the airport at Asmara": the parser may hang the facility's place on the act
    if (object != null && facility(g, object)) {
      for (int c : g.children(trigger)) {
        if (g.baseRelation(c).equals("obl") && Set.of("at", "in").contains(String.valueOf(g.caseMarker(c))) && g.token(c).isProperNoun()) out.add(c);
      }
    }
    return out;
  }
}
