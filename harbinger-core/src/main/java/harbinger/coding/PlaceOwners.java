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

  private static final Set<String> PLACE_OWNER_PREPS = Set.of("across", "in", "throughout", "of", "around", "on");
  /** Prepositions of a place close to, not inside, a named place. */
  private static final Set<String> NEARBY = Set.of("near", "outside");

  /** "its positions", "Ukraine's cities", "Russian territory": the owner of a place is the party. */
  static Optional<Resolved> owner(ActorResolver resolver, PhraseCues cues, SentenceGraph g, int head, Context ctx) {
    ActorKnowledge knowledge = resolver.knowledge();
    Optional<Resolved> minority = Minorities.places(cues, g, head, ctx.fallbackCountry());
    if (minority.isPresent()) return minority;
    Optional<Resolved> held = heldBy(resolver, g, head, ctx);
    if (held.isPresent()) return held;
    for (int c : g.children(head)) {
      // "an African Union base", "a Hamas camp in Syria": the named body holding the place, before where it lies
      if (!g.relation(c).equals("compound") || !g.token(c).isProperNoun() || c > head) continue;
      Optional<Resolved> body = resolver.resolve(g, c, ctx).filter(r -> r.kind() == Discourse.Kind.ORGANIZATION);
      if (body.isPresent()) return body;
    }
    List<Integer> candidates = new ArrayList<>(g.children(head));
    Integer holder = HeldAreas.holder(g, head, knowledge); // "Eritrean-held territory", "the Ethiopian-administered area"
    if (holder != null) candidates.add(0, holder);
    if (g.relation(head).equals("obj") && g.head(head) >= 0) {
      // "attacked two villages in the Bryansk region": the place phrase parsed as the verb's, right after the object
      for (int c : g.children(g.head(head))) {
        if (c > head && g.baseRelation(c).equals("obl") && PLACE_OWNER_PREPS.contains(String.valueOf(g.caseMarker(c)))
            && !"of".equals(g.caseMarker(c))) candidates.add(c);
      }
    }
    for (int c : candidates) {
      boolean owner = g.relation(c).equals("nmod:poss") || Integer.valueOf(c).equals(holder)
          || ((g.relation(c).equals("amod") || g.relation(c).equals("compound")) && !g.lemma(head).equals("side")
              && (g.token(c).ner().equals("NATIONALITY") || knowledge.findCountryByAdjective(g.word(c)).isPresent()
                  || g.relation(c).equals("compound") && PhraseCues.capitalised(g, c) && knowledge.findCountryByPlace(g.word(c)).isPresent()))
          // "villages in Ukraine", "towns across Syria"
          || ((g.baseRelation(c).equals("nmod") || g.baseRelation(c).equals("obl")) && PLACE_OWNER_PREPS.contains(String.valueOf(g.caseMarker(c))))
          // "radar sites near Baghdad", "a camp outside Peshawar": a named place close by (not "near the border")
          || (g.baseRelation(c).equals("nmod") && NEARBY.contains(String.valueOf(g.caseMarker(c))) && g.token(c).isProperNoun());
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
        // "the Sri Lankan army's garrison", "the Pakistan air force's base": a force owning the place holds it
        // "a dormitory of students at Tehran University": a body's own building keeps the body's agent
        boolean rebels = a.agents().contains("REB") || PossessedSites.heldByForce(g, c, a)
            || PossessedSites.seatOfBody(g, head, c, a);
        return Optional.of(new Resolved(new Actor(text, rebels ? a.code() : a.country(), a.country(),
            rebels ? a.agents() : List.of(), null, span), Discourse.Kind.COUNTRY, false, null));
      }
    }
    return Optional.empty();
  }

  /**
   * "positions held by Georgian troops", "villages controlled by the SPLA", "villages near the border held by
   * rebels" (the participle hung on the place phrase): the holder named in the "by" phrase is the party.
   */
  private static Optional<Resolved> heldBy(ActorResolver resolver, SentenceGraph g, int head, Context ctx) {
    List<Integer> nouns = new ArrayList<>(List.of(head));
    for (int c : g.children(head)) if (c > head && g.baseRelation(c).equals("nmod")) nouns.add(c);
    List<Integer> participles = new ArrayList<>();
    for (int n : nouns) for (int v : g.children(n)) if (g.relation(v).startsWith("acl")) participles.add(v);
    // "bombed positions held by ...": the parser may make the place the subject of the participle
    if (g.relation(head).equals("nsubj") && g.head(head) > head) participles.add(g.head(head));
    for (int v : participles) {
      if (!ArgumentRepairs.HOLDING.contains(g.lemma(v)) || !g.token(v).pos().equals("VBN")) continue;
      Integer by = ArgumentFinder.obliqueWith(g, v, List.of("by"));
      if (by == null) continue;
      Optional<Resolved> r = resolver.resolve(g, by, ctx)
          .filter(x -> x.actor().country() != null || !x.actor().agents().isEmpty());
      if (r.isPresent()) return r;
    }
    return Optional.empty();
  }
}
