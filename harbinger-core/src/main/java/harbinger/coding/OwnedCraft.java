package harbinger.coding;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A craft or vehicle named by who charters, owns or flies the flag of it ("a U.N.-chartered plane", "a
 * Russian-flagged tanker", "an Iranian-owned ship"): the body named before the participle is the party acted on,
 * as "the army's base" is the army's. The parser splits the hyphenated word and hangs the body on the participle.
 * Thread-safe (stateless).
 */
final class OwnedCraft {
  /** Participles of holding a craft. */
  private static final Set<String> HOLDING = Set.of("charter", "own", "flag", "register", "operate", "lease");

  private OwnedCraft() {}

  /** The body that holds the thing {@code head} names, resolved by {@code resolve}; empty when none is named so. */
  static Optional<ActorResolver.Resolved> holder(SentenceGraph g, int head, Function<Integer, Optional<ActorResolver.Resolved>> resolve) {
    for (int c : g.children(head)) {
      if (!g.relation(c).equals("amod") || c > head || !g.token(c).pos().equals("VBN") || !HOLDING.contains(g.lemma(c))) continue;
      for (int b : g.children(c)) {
        if (b > c || !Set.of("obl", "nmod", "compound", "amod", "obl:npmod", "nsubj").contains(g.relation(b))) continue;
        Optional<ActorResolver.Resolved> body = resolve.apply(b).filter(r -> r.actor().country() != null || CounterpartCountry.isInternational(r.actor()));
        if (body.isPresent()) return body;
      }
    }
    return Optional.empty();
  }
}
