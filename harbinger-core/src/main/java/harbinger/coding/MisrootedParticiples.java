package harbinger.coding;

import org.jspecify.annotations.Nullable;

/**
 * "A truck loaded with explosives blew up outside ...", "an improvised bomb buried by the roadside ripped through
 * ...": the parser often takes the reduced relative participle for the sentence's predicate, with the noun its
 * subject and the real predicate a loose dependent ("dep") with no subject of its own; or ("a car packed with
 * explosives went off") makes the participle the real predicate's clausal subject. Neither analysis is possible for
 * a finite verb, which needs a subject: the noun is the subject of the finite verb. Pure functions over a
 * {@link SentenceGraph}.
 */
final class MisrootedParticiples {
  private MisrootedParticiples() {}

  /** The subject the parser gave a reduced relative participle instead of finite verb {@code v}, or null. */
  static @Nullable Integer subject(SentenceGraph g, int v) {
    if (!g.token(v).pos().matches("VBD|VBZ|VBP")) return null;
    int h = g.head(v);
    if (h >= 0 && h < v && g.relation(v).equals("dep") && g.head(h) < 0 && bare(g, h) && nearest(g, h, v)) {
      Integer s = g.child(h, "nsubj");
      if (s != null && s < h) return s;
    }
    for (int c : g.children(v)) {
      if (c > v || !g.relation(c).equals("csubj") || !bare(g, c)) continue;
      Integer s = g.child(c, "nsubj");
      if (s != null && s < c) return s;
    }
    return null;
  }

  /**
   * Is {@code v} the first predicate after participle {@code h}? A finite verb or a subject between them ("a survey
   * released on Monday found ..., and polls published over the weekend showed ...") means {@code v} has its own clause.
   */
  private static boolean nearest(SentenceGraph g, int h, int v) {
    for (int t = h + 1; t < v; t++) {
      if (g.token(t).pos().matches("VBD|VBZ|VBP") || g.relation(t).startsWith("nsubj")) return false;
    }
    return true;
  }

  /** A past participle with no auxiliary: "loaded", not "was loaded" or "had loaded". */
  private static boolean bare(SentenceGraph g, int p) {
    return g.token(p).pos().equals("VBN") && g.child(p, "aux", "aux:pass", "cop") == null;
  }
}
