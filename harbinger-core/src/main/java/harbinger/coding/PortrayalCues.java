package harbinger.coding;

import java.util.BitSet;

/**
 * Content of portrayal verbs and of verbs whose object is a stance only with their particle (families
 * {@code portraying} and {@code particle-object} of the cue lexicon): "cast his opponent as a career politician"
 * attributes the object with its "as" phrase, "ruled out another coalition" its object. A portrayal without an
 * "as" phrase ("cast a vote", "painted the fence") attributes nothing. Pure functions over a {@link SentenceGraph}.
 */
final class PortrayalCues {
  private PortrayalCues() {}

  /**
   * The attributed tokens of verb {@code v}, or an empty set.
   *
   * @param portrayal true for a portrayal verb (needs an "as" phrase after its object), false for a particle verb
   */
  static BitSet content(SentenceGraph g, int v, boolean portrayal) {
    BitSet tokens = new BitSet();
    Integer obj = object(g, v);
    if (obj == null) return tokens;
    if (!portrayal) {
      tokens.or(g.subtree(obj));
      return tokens;
    }
    for (int c : g.children(v)) { // "as" hung on the verb, or inside the object ("cast [his opponent as a ...]")
      if (c > obj && "as".equals(g.caseMarker(c)) && g.baseRelation(c).matches("advcl|obl|xcomp")) tokens.or(g.subtree(c));
    }
    for (int c : g.children(obj)) {
      if (c > obj && "as".equals(g.caseMarker(c)) && g.baseRelation(c).matches("nmod|acl")) tokens.or(g.subtree(c));
    }
    if (!tokens.isEmpty()) tokens.or(g.subtree(obj));
    return tokens;
  }

  /** The verb's first nominal object after it, skipping relative pronouns. */
  private static @org.jspecify.annotations.Nullable Integer object(SentenceGraph g, int v) {
    for (int c : g.children(v)) {
      if (c > v && g.baseRelation(c).equals("obj") && !g.token(c).pos().startsWith("W")) return c;
    }
    return null;
  }
}
