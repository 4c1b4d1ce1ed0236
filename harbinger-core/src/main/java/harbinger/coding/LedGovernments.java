package harbinger.coding;

import harbinger.model.Actor;
import harbinger.model.Span;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * "the government of President Joaquim Chissano", "the administration of Prime Minister X": a government named by the
 * office holder who leads it is that holder's country's government, wherever the act takes place ("signed a peace
 * accord with the government of President X in Rome" is not Italy's). Only when the "of" phrase resolves to a person
 * holding or having held a state office (GOV or ELI) with a country; "the government of Iraq" is left to the country
 * word.
 */
final class LedGovernments {
  private LedGovernments() {}

  private static final Set<String> BODIES = Set.of("government", "administration", "regime", "cabinet");

  static Optional<ActorResolver.Resolved> of(SentenceGraph g, int head, IntFunction<Optional<ActorResolver.Resolved>> resolve,
                                             String text, Span span) {
    if (g.token(head).isProperNoun() || !BODIES.contains(g.lemma(head))) return Optional.empty();
    for (int c : g.children(head)) {
      if (!g.baseRelation(c).equals("nmod") || !"of".equals(g.caseMarker(c)) || !g.token(c).isProperNoun()) continue;
      Optional<ActorResolver.Resolved> leader = resolve.apply(c);
      if (leader.isEmpty() || leader.get().kind() != Discourse.Kind.PERSON) continue;
      Actor a = leader.get().actor();
      if (a.country() == null || a.agents().stream().noneMatch(x -> x.equals("GOV") || x.equals("ELI"))) continue;
      return Optional.of(new ActorResolver.Resolved(new Actor(text, a.country() + "GOV", a.country(), List.of("GOV"), null, span),
          Discourse.Kind.COUNTRY, false, null));
    }
    return Optional.empty();
  }
}
