package harbinger.coding;

import java.util.BitSet;

/**
 * Content of estimating verbs (family {@code estimating} of the cue lexicon): "put the toll at six", "estimated the
 * crowd at 40,000", "placed turnout at about 2.5 million" attribute the object with its "at" phrase. The "at" phrase
 * must hold a number (a cardinal, or a number word the tagger missed), so "put the issue at the top of the agenda"
 * or "set the meeting at noon" attribute nothing; an "at" the parser made an adverb over the amount counts as the
 * phrase's head. The phrase may hang on the verb or anywhere inside the object ("put
 * [the toll at 1,384]", "put the number of people killed [at 11]" with "at 11" under "killed"). Pure functions over a {@link SentenceGraph}.
 */
final class EstimateCues {
  private EstimateCues() {}

  /** The attributed tokens of estimating verb {@code v}: its object and numeric "at" phrase, or an empty set. */
  static BitSet content(SentenceGraph g, int v) {
    BitSet tokens = new BitSet();
    Integer obj = null;
    for (int c : g.children(v)) {
      if (c > v && g.baseRelation(c).equals("obj") && !g.token(c).pos().startsWith("W")) { obj = c; break; }
    }
    if (obj == null) return smallClause(g, v);
    for (int c : g.children(v)) {
      if (c > obj && (atPhrase(g, c, "obl|advcl") || atHead(g, c)) && numeric(g, g.subtree(c))) tokens.or(g.subtree(c));
    }
    BitSet inObject = g.subtree(obj); // "put [the number of people killed in two days at 11]", "at 11" under "killed"
    for (int c = inObject.nextSetBit(obj + 1); c >= 0; c = inObject.nextSetBit(c + 1)) {
      if ((atPhrase(g, c, "nmod|obl") || atHead(g, c)) && numeric(g, g.subtree(c))) tokens.or(g.subtree(c));
    }
    if (!tokens.isEmpty()) tokens.or(g.subtree(obj));
    return tokens;
  }

  /**
   * The numeric "at" phrase of a passive estimate with its agent ("savings estimated by the World Bank at more than
   * $1 billion", "The damage was put by the bank at $5 billion"), without "at"; null when there is none.
   */
  static @org.jspecify.annotations.Nullable BitSet passive(SentenceGraph g, int v) {
    for (int c : g.children(v)) {
      if (c < v || !(atPhrase(g, c, "obl|advcl") || atHead(g, c)) || !numeric(g, g.subtree(c))) continue;
      BitSet tokens = g.subtree(c);
      for (int i = tokens.nextSetBit(0); i >= 0; i = tokens.nextSetBit(i + 1)) {
        if (g.word(i).equalsIgnoreCase("at")) { tokens.clear(i); break; }
      }
      return tokens;
    }
    return null;
  }

  /**
   * The estimate the parser made a small clause ("put [the number killed ... at 10]", with "number" the subject
   * of "killed"): a clause after the verb with a subject of its own and a numeric "at" phrase.
   */
  private static BitSet smallClause(SentenceGraph g, int v) {
    BitSet tokens = new BitSet();
    for (int c : g.children(v)) {
      if (c < v || !g.baseRelation(c).matches("dep|ccomp|xcomp") || g.subject(c) == null || g.subject(c) < v) continue;
      for (int a : g.children(c)) {
        if (a > c && "at".equals(g.caseMarker(a)) && g.baseRelation(a).equals("obl") && numeric(g, g.subtree(a))) {
          tokens.set(g.subtree(c).nextSetBit(0), g.subtree(a).length());
          return tokens;
        }
      }
    }
    return tokens;
  }

  private static boolean atPhrase(SentenceGraph g, int c, String relations) {
    return "at".equals(g.caseMarker(c)) && g.baseRelation(c).matches(relations);
  }

  /**
   * "at" made the head of its phrase ("put the insured losses [at more than $7 billion]" parsed with "at" an
   * adverb of the verb and the amount below it).
   */
  private static boolean atHead(SentenceGraph g, int c) {
    return g.word(c).equalsIgnoreCase("at") && g.baseRelation(c).equals("advmod") && g.subtree(c).cardinality() > 1;
  }

  /** Does the token set hold a number ("six", "1,384", "a fifth")? */
  private static boolean numeric(SentenceGraph g, BitSet tokens) {
    for (int i = tokens.nextSetBit(0); i >= 0; i = tokens.nextSetBit(i + 1)) {
      if (g.token(i).pos().equals("CD") || g.word(i).toLowerCase(java.util.Locale.ROOT).matches("half|third|quarter|fifth|tenth|dozen|hundreds|thousands|millions")) return true;
    }
    return false;
  }
}
