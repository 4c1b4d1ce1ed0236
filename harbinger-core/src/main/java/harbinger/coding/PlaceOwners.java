package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.coding.ActorResolver.Context;
import harbinger.coding.ActorResolver.Resolved;
import harbinger.model.Actor;
import harbinger.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The owner of a place noun, who is the party acted on there (split from {@link ActorResolver}). */
final class PlaceOwners {
  private PlaceOwners() {}

  private static final Set<String> PLACE_OWNER_PREPS = Set.of("across", "in", "throughout", "of");

  /** "its positions", "Ukraine's cities", "Russian territory": the owner of a place is the party. */
  static Optional<Resolved> owner(ActorResolver resolver, PhraseCues cues, SentenceGraph g, int head, Context ctx) {
    ActorKnowledge knowledge = resolver.knowledge();
    Optional<Resolved> minority = Minorities.places(cues, g, head, ctx.fallbackCountry());
    if (minority.isPresent()) return minority;
    List<Integer> candidates = new ArrayList<>(g.children(head));
    if (g.relation(head).equals("obj") && g.head(head) >= 0) {
      // "attacked two villages in the Bryansk region": the place phrase parsed as the verb's, right after the object
      for (int c : g.children(g.head(head))) {
        if (c > head && g.baseRelation(c).equals("obl") && PLACE_OWNER_PREPS.contains(String.valueOf(g.caseMarker(c)))
            && !"of".equals(g.caseMarker(c))) candidates.add(c);
      }
    }
    for (int c : candidates) {
      boolean owner = g.relation(c).equals("nmod:poss")
          || ((g.relation(c).equals("amod") || g.relation(c).equals("compound")) && !g.lemma(head).equals("side")
              && (g.token(c).ner().equals("NATIONALITY") || knowledge.findCountryByAdjective(g.word(c)).isPresent()
                  || g.relation(c).equals("compound") && PhraseCues.capitalised(g, c) && knowledge.findCountryByPlace(g.word(c)).isPresent()))
          // "villages in Ukraine", "towns across Syria"
          || ((g.baseRelation(c).equals("nmod") || g.baseRelation(c).equals("obl")) && PLACE_OWNER_PREPS.contains(String.valueOf(g.caseMarker(c))));
      if (!owner) continue;
      Optional<Resolved> r = resolver.resolve(g, c, new Context(ctx.sentence(), ctx.asOf(), ctx.discourse(), ActorResolver.CapitalAs.COUNTRY, null));
      String country = r.map(x -> x.actor().country()).orElse(null);
      if (country != null) {
        String cc = country;
        Actor a = r.filter(x -> cc.equals(x.actor().country())).map(Resolved::actor)
            .orElse(new Actor(g.word(c), cc, cc, List.of(), null, null));
        Span span = g.span(c, head);
        String text = g.text(Math.min(c, head), Math.max(c, head));
        // "positions of ethnic Armenian forces": the places of rebels are the rebels', not their country's
        boolean rebels = a.agents().contains("REB");
        return Optional.of(new Resolved(new Actor(text, rebels ? a.code() : a.country(), a.country(),
            rebels ? a.agents() : List.of(), null, span), Discourse.Kind.COUNTRY, false, null));
      }
    }
    return Optional.empty();
  }
}
