package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.actors.Country;
import harbinger.model.Actor;
import harbinger.ontology.EventType;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The implied party of an act done in a named country abroad when the text names no other target: "sought
 * refuge in Germany" (DEU), "threatened to ban voting in East Jerusalem" (PSE), "rejected a call for its forces to
 * be deployed in East Timor" (TLS), "eased emergency measures in Montenegro province" (MNE). Only country names
 * count, except that a material act (aid, concessions, sanctions, coercion, force) done in a capital or listed city
 * reaches its country ("suspended aid deliveries in Baghdad": IRQ); a statement made in a city is only made there
 * ("talks in Geneva", "a rally in Berlin" stay places). Only places inside the act's own clause and its content (not in a condition
 * or a second clause), only a country other than every source's, and never for statements, consultations,
 * cooperation or protests, whose place is only where they happen. Callers use it only when no target resolved,
 * so a place never displaces a real party. Stateless and thread-safe.
 */
final class PlaceParties {
  private static final Set<String> PLACE_PREPS = Set.of("in", "into", "inside", "within", "throughout", "across", "to");
  /** Roots whose place is only where the act happens: statements, consultations, cooperation, protests. */
  private static final Set<String> PLACE_ONLY_ROOTS = Set.of("01", "04", "05", "06", "14");
  /** Relations that open another event or a party of this one: their places are not this act's. */
  private static final Set<String> OTHER_CLAUSES = Set.of("advcl", "ccomp", "parataxis", "conj", "nsubj", "nsubj:pass",
      "csubj", "obl:tmod", "acl:relcl");

  /** Material acts (aid, concessions, withdrawals, sanctions, coercion, force), whose place in a city counts too. */
  private static final Set<String> MATERIAL_ROOTS = Set.of("07", "08", "15", "16", "17", "18", "19", "20");

  /** Common nouns that follow the name of a province or region ("Montenegro province"). */
  private static final Set<String> REGION_HEADS = Set.of("province", "region", "republic", "state", "territory");

  private final ActorKnowledge knowledge;

  PlaceParties(ActorKnowledge knowledge) { this.knowledge = knowledge; }

  /** The implied target, or empty; {@code sources} must be the event's resolved sources. */
  Optional<ActorResolver.Resolved> implied(SentenceGraph g, int trigger, EventType type, List<ActorResolver.Resolved> sources) {
    if (PLACE_ONLY_ROOTS.contains(type.root()) || sources.isEmpty()) return Optional.empty();
    BitSet stop = new BitSet();
    for (int i = 0; i < g.size(); i++) if (OTHER_CLAUSES.contains(g.relation(i)) || g.relation(i).startsWith("advcl")) stop.set(i);
    // "remained on alert in the West Bank", "staged a strike in ...": a noun act takes the places of its light verb
    int root = trigger;
    String own = g.baseRelation(trigger);
    if (!g.token(trigger).isVerb() && g.head(trigger) >= 0 && g.token(g.head(trigger)).isVerb() && (own.equals("obj") || own.equals("obl"))) {
      root = g.head(trigger);
    }
    stop.clear(root);
    BitSet scope = g.subtree(root, stop);
    for (int c = scope.nextSetBit(0); c >= 0; c = scope.nextSetBit(c + 1)) {
      String rel = g.baseRelation(c);
      if (!(rel.equals("obl") || rel.equals("nmod")) || !PLACE_PREPS.contains(String.valueOf(g.caseMarker(c)))) continue;
      String name = LocationFinder.text(g, c);
      Optional<Country> country = knowledge.findCountry(name);
      if (country.isEmpty() && REGION_HEADS.contains(g.lemma(c))) {
        // "in Montenegro province", "in the Kosovo region": the named part of a country, written with its kind
        for (int k : g.children(c)) if (g.relation(k).equals("compound") && country.isEmpty()) country = knowledge.findCountry(g.word(k));
      }
      if (country.isEmpty() && MATERIAL_ROOTS.contains(type.root()) && PhraseCues.capitalised(g, c) && g.token(c).isProperNoun()) {
        // a material act done in a city abroad reaches its country ("suspended aid deliveries in Baghdad"); a
        // statement made in a city is only made there
        country = knowledge.findCountryByCapital(name).or(() -> knowledge.findCountryByPlace(name));
      }
      if (country.isEmpty()) continue;
      String code = country.get().code();
      if (sources.stream().anyMatch(s -> Objects.equals(s.actor().country(), code))) return Optional.empty();
      int first = c;
      int last = c;
      for (int k : g.children(c)) {
        if (g.relation(k).equals("compound") || g.relation(k).startsWith("flat")) { first = Math.min(first, k); last = Math.max(last, k); }
      }
      Actor a = new Actor(name, code, code, List.of(), null, g.span(first, last));
      return Optional.of(new ActorResolver.Resolved(a, Discourse.Kind.COUNTRY, false, null));
    }
    return Optional.empty();
  }
}
