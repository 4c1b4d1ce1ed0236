package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.actors.Country;
import harbinger.model.Actor;
import harbinger.ontology.EventType;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The attacker of an act of violence (CAMEO 18, 19, 20) that the text does not name ("killed by an improvised
 * explosive device outside the Iraqi city of Basra", "a minefield explosion killed two Iraqi youths"), coded as ICEWS
 * codes "unidentified attackers (country)": unidentified armed forces ({@code UAF}) of the country where it
 * happened, else of the country of its civilian victims. Never from a dateline, and never from victims who are a
 * state's forces or officials ("three US soldiers were killed by a roadside bomb" says nothing of the attacker's
 * country). Stateless and thread-safe.
 */
final class UnknownAttackers {
  private static final Set<String> VIOLENCE = Set.of("18", "19", "20");
  private static final Set<String> EDGES = Set.of("border", "frontier", "side", "coast", "waters", "boundary");
  private static final Set<String> STATE_AGENTS = Set.of("GOV", "MIL", "COP", "SPY", "LEG", "JUD", "ELI");

  private final ActorKnowledge knowledge;

  UnknownAttackers(ActorKnowledge knowledge) { this.knowledge = knowledge; }

  /** The implied attacker, or empty when the event has a source, is no act of violence, or no country is known. */
  Optional<ActorResolver.Resolved> implied(SentenceGraph g, int trigger, EventType type, List<ActorResolver.Resolved> sources,
                                           List<ActorResolver.Resolved> targets, @Nullable Integer placeHead) {
    if (!sources.isEmpty() || !VIOLENCE.contains(type.root())) return Optional.empty();
    String country = placeHead == null ? null : placeCountry(g, placeHead);
    if (country == null) {
      // a place anywhere in the act's clause: "killed by a device outside of the Iraqi city of Basra"
      BitSet scope = g.subtree(trigger);
      for (int c = scope.nextSetBit(0); c >= 0 && country == null; c = scope.nextSetBit(c + 1)) {
        if (LocationFinder.isLocative(g, c)) country = placeCountry(g, c);
      }
    }
    if (country == null) {
      for (ActorResolver.Resolved t : targets) {
        Actor a = t.actor();
        boolean civilian = !a.agents().isEmpty() && a.agents().stream().noneMatch(STATE_AGENTS::contains);
        if (a.country() != null && civilian) { country = a.country(); break; }
      }
    }
    if (country == null) return Optional.empty();
    String force = CountrylessAgents.agentOf(g, trigger, knowledge); // "was beaten by police": the country's police
    if (force != null) {
      Integer by = null;
      for (int c : g.children(trigger)) if (by == null && g.baseRelation(c).equals("obl") && "by".equals(g.caseMarker(c))) by = c;
      Actor named = new Actor(g.word(by), country + force, country, List.of(force), null, g.span(by, by));
      return Optional.of(new ActorResolver.Resolved(named, Discourse.Kind.GROUP, true, null));
    }
    Actor a = new Actor("unidentified attackers (" + country + ", implied)", country + "UAF", country, List.of("UAF"), null, null);
    return Optional.of(new ActorResolver.Resolved(a, Discourse.Kind.GROUP, true, null));
  }

  /** "in Baghdad", "in Iraq", "the Iraqi city of Basra", "Iraq's second city": the country of the place. */
  private @Nullable String placeCountry(SentenceGraph g, int place) {
    String name = LocationFinder.text(g, place);
    Optional<Country> c = knowledge.findCountry(name).or(() -> knowledge.findCountryByCapital(name));
    if (c.isPresent()) return c.get().code();
    if (EDGES.contains(g.lemma(place))) return null; // "near the Thai border" is not in Thailand
    int holder = g.head(place) >= 0 && "of".equals(g.caseMarker(place)) ? g.head(place) : place;
    for (int k : List.of(place, holder)) {
      for (int m : g.children(k)) {
        String rel = g.relation(m);
        if (!rel.equals("amod") && !rel.equals("nmod:poss") && !rel.equals("compound")) continue;
        c = knowledge.findCountryByAdjective(g.word(m)).or(() -> knowledge.findCountry(LocationFinder.text(g, m)));
        if (c.isPresent()) return c.get().code();
      }
    }
    return null;
  }
}
