package harbinger.coding;

import harbinger.model.Actor;
import harbinger.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Resolves an event's argument heads to actors (split from {@link EventBuilder}): capitals as governments, places or
 * countries by the head's role, "the two leaders" as the last two parties, coordinated national modifiers ("U.S.
 * and Russian diplomats") as further parties, and the party a conditional threat names. Thread-safe.
 */
final class HeadActors {
  private static final Set<String> GROUP_NOUNS = Set.of("leader", "president", "minister",
      "side", "country", "government", "nation", "delegation", "party", "neighbour", "neighbor", "rival", "foe", "ally");

  private final ActorResolver resolver;

  HeadActors(ActorResolver resolver) {
    this.resolver = resolver;
  }

  List<ActorResolver.Resolved> resolveAll(ArticleContext a, SentenceGraph g, int sentence, List<Integer> heads,
                                                 @Nullable LocalDate asOf, boolean subject, @Nullable String fallback, BitSet excluded) {
    return resolveAll(a, g, sentence, heads, asOf, subject, fallback, excluded, false);
  }

  List<ActorResolver.Resolved> resolveAll(ArticleContext a, SentenceGraph g, int sentence, List<Integer> heads,
                                                 @Nullable LocalDate asOf, boolean subject, @Nullable String fallback, BitSet excluded,
                                                 boolean materialConflict) {
    List<ActorResolver.Resolved> out = new ArrayList<>();
    for (int h : heads) {
      if (excluded.get(h)) continue;
      ActorResolver.CapitalAs capital = subject ? ActorResolver.CapitalAs.GOVERNMENT
          : LocationFinder.isLocative(g, h) && !ArgumentRepairs.aimedAt(g, h) ? ActorResolver.CapitalAs.PLACE
          : materialConflict ? ActorResolver.CapitalAs.COUNTRY : ActorResolver.CapitalAs.GOVERNMENT;
      var ctx = new ActorResolver.Context(sentence, asOf, a.discourse, capital, fallback);
      List<ActorResolver.Resolved> divided = DividedNations.of(g, h, resolver.knowledge());
      if (!divided.isEmpty()) { // "a summit between the two Koreas"
        out.addAll(divided);
        continue;
      }
      List<Discourse.Entry> group = groupReference(a, g, sentence, h);
      if (!group.isEmpty()) {
        for (Discourse.Entry e : group) out.add(new ActorResolver.Resolved(e.actor(), e.kind(), false, e.title()));
        continue;
      }
      var resolved = subject ? StateMedia.agent(g, h, resolver.knowledge()) : Optional.<ActorResolver.Resolved>empty(); // "KCNA accused ..."
      if (resolved.isEmpty()) resolved = resolver.resolve(g, h, ctx);
      resolved.ifPresent(out::add);
      out.addAll(coordinatedModifiers(g, h, out.isEmpty() ? null : out.get(out.size() - 1)));
    }
    return out;
  }

  /**
   * "X would use force if Y does not ...": a conditional act of force falls on the party the condition names; so does
   * a threat whose content is conditional ("warned that Washington would respond with sanctions if Russia attacked").
   */
  List<ActorResolver.Resolved> conditionedTargets(ArticleContext a, SentenceGraph g, int sentence, int trigger, boolean threat,
                                                  @Nullable LocalDate asOf, BitSet excluded, List<ActorResolver.Resolved> sources) {
    Integer party = threat ? ConditionalThreats.threatenedParty(g, trigger) : ConditionalThreats.conditionedParty(g, trigger);
    if (party == null) return List.of();
    List<ActorResolver.Resolved> out = new ArrayList<>(resolveAll(a, g, sentence, List.of(party), asOf, false, null, excluded, true));
    out.removeIf(r -> sources.stream().anyMatch(x -> x.actor().code().equals(r.actor().code())));
    return out;
  }

  /** "the two leaders", "both sides", "the two countries": the last two parties mentioned. */
  private static List<Discourse.Entry> groupReference(ArticleContext a, SentenceGraph g, int sentence, int head) {
    if (!GROUP_NOUNS.contains(g.lemma(head)) || !g.token(head).pos().equals("NNS")) return List.of();
    boolean two = false;
    for (int c : g.children(head)) {
      String l = g.lemma(c);
      if ((g.relation(c).equals("nummod") && (l.equals("two") || l.equals("2"))) || l.equals("both")) two = true;
    }
    return two ? a.discourse.lastDistinctParties(2, sentence, head) : List.of();
  }

  /**
   * "U.S. and Russian diplomats": the resolved head covers the first modifier; each modifier coordinated with it
   * names another party with the same agents.
   */
  private List<ActorResolver.Resolved> coordinatedModifiers(SentenceGraph g, int head, ActorResolver.@Nullable Resolved first) {
    List<ActorResolver.Resolved> out = new ArrayList<>();
    if (first == null || first.actor().country() == null) return out;
    var k = resolver.knowledge();
    for (int c : g.children(head)) {
      String rel = g.relation(c);
      if (!rel.equals("amod") && !rel.equals("compound")) continue;
      for (int m : g.children(c)) {
        if (!g.relation(m).equals("conj")) continue;
        var country = k.findCountryByAdjective(g.word(m)).or(() -> k.findCountry(g.word(m)));
        if (country.isEmpty() || country.get().code().equals(first.actor().country())) continue;
        Actor f = first.actor();
        String code = country.get().code() + String.join("", f.agents());
        Span span = g.span(m, head);
        out.add(new ActorResolver.Resolved(new Actor(g.word(m) + " " + g.word(head), code, country.get().code(), f.agents(), null, span),
            first.kind(), first.plural(), null));
      }
    }
    return out;
  }
}
