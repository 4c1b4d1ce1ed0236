package harbinger.coding;

import org.jspecify.annotations.Nullable;

/**
 * The subject of a verb that follows a relative clause set off by commas: in "Chinese troops, which had encircled
 * the square, opened fire on protesters" CoreNLP makes "opened" a loose dependent ("dep") of the relative clause's
 * verb and leaves it without a subject. A finite verb with no subject of its own, hung as "dep" on a relative clause
 * before it, takes the noun that clause modifies, which is the sentence's subject. Stateless.
 */
final class RelativeSubjects {
  private RelativeSubjects() {}

  /** The antecedent of the relative clause above verb {@code v}, or null. */
  static @Nullable Integer subject(SentenceGraph g, int v) {
    int h = g.head(v);
    Integer loose = looseRelative(g, v);
    if (loose != null) return loose;
    if (h < 0 || h > v || !g.relation(v).equals("dep") || !g.token(v).pos().matches("VBD|VBZ|VBP")) return null;
    if (g.subject(v) != null || g.child(v, "nsubj:pass") != null || !g.relation(h).equals("acl:relcl")) return null;
    int noun = g.head(h);
    return noun >= 0 && noun < h && g.token(noun).isNoun() && !g.nonActor(noun) ? noun : null;
  }

  /**
   * A relative clause the parser broke up: in "King Hussein and President Mubarak were among the world leaders who
   * stood bareheaded at the funeral" CoreNLP hung "who" loosely ("dep") on "leaders" and "stood" on "who". The verb's
   * subject is the noun "who" hangs from; when that noun is the predicate of "be among" ("were among the leaders"),
   * it is the copula's subject, the ones named (session 21).
   */
  private static @Nullable Integer looseRelative(SentenceGraph g, int v) {
    int w = g.head(v);
    if (w < 0 || w > v || !g.relation(v).equals("dep") || !g.token(v).pos().matches("VBD|VBZ|VBP")) return null;
    if (!WHO.contains(g.word(w).toLowerCase(java.util.Locale.ROOT)) || !g.relation(w).equals("dep")) return null;
    if (g.subject(v) != null || g.child(v, "nsubj:pass") != null) return null;
    int noun = g.head(w);
    if (noun < 0 || noun > w || !g.token(noun).isNoun() || g.nonActor(noun)) return null;
    if (g.child(noun, "cop") != null && g.hasMarker(noun, "among")) {
      Integer named = g.subject(noun);
      if (named != null) return named;
    }
    return noun;
  }

  private static final java.util.Set<String> WHO = java.util.Set.of("who", "that", "which");
}
