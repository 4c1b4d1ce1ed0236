package harbinger.coding;

import java.util.BitSet;

/**
 * The quoted name of a "what X called" frame: "apologized for what he called "unacceptable" delays", "condemned
 * what she called "a cynical stunt"". The naming verb's object is the relative "what" before it, so the name is
 * not found as an object after the verb; the words between the quotation marks that open right after the verb are
 * the content (the noun after the closing mark, "delays", is the reporter's). Pure functions over a
 * {@link SentenceGraph}.
 */
final class WhatCalled {
  private WhatCalled() {}

  /** Longest quoted name read, in tokens. */
  private static final int MAX_WORDS = 12;

  /** The quoted name after naming verb {@code v} whose object is a "what" before it, or an empty set. */
  static BitSet content(SentenceGraph g, int v) {
    BitSet tokens = new BitSet();
    boolean what = false;
    for (int c : g.children(v)) {
      if (c < v && g.baseRelation(c).equals("obj") && g.lemma(c).equals("what")) what = true;
    }
    if (!what || v + 1 >= g.size() || !opening(g, v + 1)) return tokens;
    for (int i = v + 2; i < g.size() && i <= v + 1 + MAX_WORDS; i++) {
      if (closing(g, i)) {
        if (i > v + 2) tokens.set(v + 2, i);
        return tokens;
      }
    }
    return tokens;
  }

  private static boolean opening(SentenceGraph g, int i) {
    return g.token(i).pos().equals("``") || g.word(i).equals("\u201c");
  }

  private static boolean closing(SentenceGraph g, int i) {
    return g.token(i).pos().matches("``|''") || g.word(i).matches("[\"\u201c\u201d]");
  }
}
