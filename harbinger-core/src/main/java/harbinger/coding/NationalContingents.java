package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.actors.Country;
import harbinger.actors.Organization;
import harbinger.model.Actor;
import harbinger.model.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A national contingent of an international force: "Kenyan troops of the African Union force", "Indonesian
 * peacekeepers of the UN force", "Pakistani troops of the UN mission". CAMEO codes the contingent by the nation that
 * sent it, as its armed forces, not by the body it serves; the body alone ("UN peacekeepers", "troops of the African
 * Union") stays the body. Only a force noun with a national adjective of its own and an "of" phrase naming an
 * international body (an organisation without a country). Stateless.
 */
final class NationalContingents {
  private NationalContingents() {}

  /** Nouns of a body of troops. */
  private static final Set<String> FORCES = Set.of("troop", "troops", "soldier", "soldiers", "peacekeeper",
      "peacekeepers", "contingent", "contingents", "battalion", "battalions", "unit", "units", "force", "forces",
      "marine", "marines", "paratrooper", "paratroopers");

  static Optional<ActorResolver.Resolved> of(SentenceGraph g, int head, Optional<Organization> body, ActorKnowledge k,
                                             String text, Span span, boolean plural) {
    if (body.isEmpty() || body.get().country() != null) return Optional.empty();
    if (!FORCES.contains(g.lemma(head).toLowerCase(Locale.ROOT)) && !FORCES.contains(g.word(head).toLowerCase(Locale.ROOT))) return Optional.empty();
    boolean ofBody = g.children(head).stream().anyMatch(c -> g.baseRelation(c).equals("nmod") && "of".equals(g.caseMarker(c)) && c > head);
    if (!ofBody) return Optional.empty();
    for (int c : g.children(head)) {
      if (c > head || !g.relation(c).equals("amod")) continue;
      Optional<Country> nation = k.findCountryByAdjective(g.word(c));
      if (nation.isEmpty()) continue;
      String code = nation.get().code();
      return Optional.of(new ActorResolver.Resolved(new Actor(text, code + "MIL", code, List.of("MIL"), null, span),
          Discourse.Kind.GROUP, plural, null));
    }
    return Optional.empty();
  }
}
