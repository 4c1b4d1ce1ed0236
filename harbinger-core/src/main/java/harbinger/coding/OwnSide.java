package harbinger.coding;

import harbinger.model.Actor;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Parties on the doer's own side: "opened fire on one of their own comrades", "executed two of its own officers",
 * "fired on fellow soldiers", "arrested dozens of their own officers". A noun with "own" after a possessive pronoun,
 * or with "fellow", names members of the group that is the subject of its clause, so it takes that group's code
 * (North Korean soldiers' comrades are of PRK). They get the group's country only: the same code as the doer would make
 * them the doer itself ({@link ActorPairs#sameEntity}), and a comrade shot while fleeing is no longer one of the
 * acting force. Pure; resolution of the subject is the caller's.
 */
final class OwnSide {
  private OwnSide() {}

  /** Quantity heads over an "of" phrase: "one of their own comrades", "dozens of their own officers". */
  private static final Set<String> PARTS = Set.of("one", "two", "three", "four", "five", "several", "some", "dozens",
      "dozen", "hundreds", "scores", "many", "few", "number", "group", "member", "members");

  /** The doer's own side, when the phrase headed by {@code head} names members of its clause's subject. */
  static Optional<ActorResolver.Resolved> resolve(SentenceGraph g, int head, Function<Integer, Optional<ActorResolver.Resolved>> resolve) {
    Integer noun = own(g, head) ? Integer.valueOf(head) : null;
    if (noun == null && PARTS.contains(g.lemma(head))) {
      for (int c : g.children(head)) if (g.baseRelation(c).equals("nmod") && "of".equals(g.caseMarker(c)) && own(g, c)) noun = c;
    }
    if (noun == null) return Optional.empty();
    int last = Math.max(head, noun);
    Integer subject = clauseSubject(g, head);
    if (subject == null || subject == head) return Optional.empty();
    return resolve.apply(subject).filter(r -> r.actor().country() != null).map(r -> {
      Actor a = r.actor();
      int first = g.subtree(head).nextSetBit(0);
      while (first < head && g.relation(first).equals("case")) first++; // "fired on fellow soldiers": not the "on"
      String text = g.text(first, last);
      return new ActorResolver.Resolved(new Actor(text, a.country(), a.country(), java.util.List.of(), null, g.span(first, last)),
          Discourse.Kind.GROUP, true, null);
    });
  }

  /** "their own comrades", "fellow soldiers". */
  private static boolean own(SentenceGraph g, int n) {
    if (!g.token(n).isNoun()) return false;
    boolean own = false;
    boolean possessive = false;
    for (int c : g.children(n)) {
      if (g.lemma(c).equals("fellow")) return true;
      if (g.lemma(c).equals("own")) own = true;
      if (g.relation(c).equals("nmod:poss") && g.token(c).isPronoun()) possessive = true;
    }
    return own && possessive;
  }

  /** The subject of the clause the phrase stands in, up through subjectless participles and infinitives. */
  private static Integer clauseSubject(SentenceGraph g, int head) {
    int v = g.head(head);
    for (int step = 0; v >= 0 && step < 6; step++) {
      if (g.token(v).isVerb() || g.token(v).isNoun() && g.relation(v).equals("obj")) {
        Integer s = g.subject(v);
        if (s != null) return s;
      }
      v = g.head(v);
    }
    return null;
  }
}
