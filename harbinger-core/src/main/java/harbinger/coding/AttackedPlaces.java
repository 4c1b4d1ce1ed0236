package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.actors.Country;
import harbinger.model.Actor;
import harbinger.ontology.EventType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The country hit by an armed act whose only target is a part of a city or a stretch of land named by a common noun:
 * "set off two car bombs in Lima's business district" (PER), "attacked neighbourhoods in the north of Bangui" (CAF),
 * "shelled the diplomatic quarter of Kabul" (AFG), "stormed ashore north of Kismayo" (SOM). The city is the
 * possessor or the "of" phrase of the district, quarter or compass point. Unlike {@link PlaceParties} the country may be
 * the attackers' own when they are an armed movement (CAMEO codes an insurgent bombing at home as aimed at the
 * country); a state's own forces acting at home get nothing here. Only assaults, fighting and mass violence (18, 19,
 * 20), only the act's own clause, and only when callers found no target. Stateless and thread-safe.
 */
final class AttackedPlaces {
  private static final Set<String> ROOTS = Set.of("18", "19", "20");
  /** Parts of a city or a stretch of land, named after the city they belong to. */
  private static final Set<String> PARTS = Set.of("district", "neighbourhood", "neighborhood", "quarter", "suburb",
      "outskirts", "centre", "center", "area", "areas", "north", "south", "east", "west", "northeast", "northwest",
      "southeast", "southwest", "heart", "downtown", "slum", "township", "part");
  private static final Set<String> PLACE_PREPS = Set.of("in", "into", "on", "at", "near", "across", "throughout");
  /** Agents of armed movements, whose attacks at home are aimed at their own country. */
  private static final Set<String> ARMED_MOVEMENTS = Set.of("REB", "SEP", "INS", "UAF");

  private final ActorKnowledge knowledge;

  AttackedPlaces(ActorKnowledge knowledge) { this.knowledge = knowledge; }

  /** The implied target, or empty; {@code sources} must be the event's resolved sources. */
  Optional<ActorResolver.Resolved> implied(SentenceGraph g, int trigger, EventType type, List<ActorResolver.Resolved> sources) {
    if (!ROOTS.contains(type.root()) || sources.isEmpty()) return Optional.empty();
    for (int c : g.children(trigger)) {
      String rel = g.baseRelation(c);
      boolean placed = rel.equals("obl") && PLACE_PREPS.contains(String.valueOf(g.caseMarker(c)));
      boolean compass = (rel.equals("obl") || rel.equals("advmod") || rel.equals("obl:npmod")) && g.caseMarker(c) == null;
      if (rel.equals("obj")) {
        Optional<ActorResolver.Resolved> hit = partOf(g, c, sources);
        if (hit.isPresent()) return hit;
        for (int k : g.children(c)) { // "attacked neighbourhoods in the north of Bangui"
          if (g.baseRelation(k).equals("nmod") && PLACE_PREPS.contains(String.valueOf(g.caseMarker(k)))) {
            hit = partOf(g, k, sources);
            if (hit.isPresent()) return hit;
          }
        }
      } else if (placed || compass) {
        Optional<ActorResolver.Resolved> hit = partOf(g, c, sources);
        if (hit.isPresent()) return hit;
      }
    }
    return Optional.empty();
  }

  /** The country of the city a part noun at {@code part} belongs to, if the sources may hit it. */
  private Optional<ActorResolver.Resolved> partOf(SentenceGraph g, int part, List<ActorResolver.Resolved> sources) {
    if (!PARTS.contains(g.lemma(part)) || g.token(part).isProperNoun()) return Optional.empty();
    for (int k : g.children(part)) {
      boolean owner = g.relation(k).equals("nmod:poss") || (g.baseRelation(k).equals("nmod") || g.baseRelation(k).equals("obl"))
          && "of".equals(g.caseMarker(k)); // "north of Kismayo" hangs "of" on the adverb
      if (!owner || !g.token(k).isProperNoun()) continue;
      String name = LocationFinder.text(g, k);
      Optional<Country> country = knowledge.findCountryOfPlaceName(name);
      if (country.isEmpty()) continue;
      String code = country.get().code();
      for (ActorResolver.Resolved s : sources) {
        Actor a = s.actor();
        if (code.equals(a.country()) && a.agents().stream().noneMatch(ARMED_MOVEMENTS::contains)) return Optional.empty();
      }
      Actor target = new Actor(name, code, code, List.of(), null, g.span(k, k));
      return Optional.of(new ActorResolver.Resolved(target, Discourse.Kind.COUNTRY, false, null));
    }
    return Optional.empty();
  }
}
