package harbinger.coding;

import java.util.BitSet;
import java.util.Set;

/**
 * A cue noun given by its subject as the object of a light verb, with a "that" clause (session 20): "Indonesia had
 * given assurances that it would keep order", "offered a guarantee that no one would be prosecuted". The content is
 * the clause, the source the verb's subject. Pure functions over a {@link SentenceGraph}.
 */
final class AssuranceCues {
  private AssuranceCues() {}

  private static final Set<String> LIGHT = Set.of("give", "offer", "provide", "issue", "make", "repeat", "renew");
  private static final Set<String> NOUNS = Set.of("assurance", "guarantee", "undertaking", "promise", "pledge",
      "warning", "commitment");

  /** The "that" clause of a cue noun that is the object of light verb {@code v}, or empty. */
  static QuoteCues.Content content(SentenceGraph g, int v) {
    if (!LIGHT.contains(g.lemma(v))) return QuoteCues.Content.NONE;
    Integer obj = g.child(v, "obj");
    if (obj == null || obj < v || !NOUNS.contains(g.lemma(obj))) return QuoteCues.Content.NONE;
    for (int c : g.children(obj)) {
      if (c < obj || !g.baseRelation(c).matches("ccomp|acl") || !g.hasMarker(c, "that")) continue;
      BitSet tokens = g.subtree(c);
      for (int m : g.children(c)) if (g.baseRelation(m).equals("mark")) tokens.clear(m);
      return new QuoteCues.Content(tokens, true);
    }
    return QuoteCues.Content.NONE;
  }
}
