package harbinger.coding;

import java.util.Locale;
import java.util.Set;

/**
 * An indirect question the parser hung as an adverbial clause: "examining why alliance warplanes struck a convoy",
 * "investigating how the bombers hit the embassy". What is asked or looked into is part of the act's context, as an
 * object is; a clause of time or place ("when the troops withdrew", "where the rebels hid") stays outside, so only
 * "why" and "how" make one.
 */
final class WhClauses {
  private static final Set<String> QUESTION_WORDS = Set.of("why", "how");

  private WhClauses() {}

  /** Whether the adverbial clause headed by {@code c} is an indirect "why" or "how" question. */
  static boolean asked(SentenceGraph g, int c) {
    if (!g.relation(c).startsWith("advcl")) return false;
    Integer w = g.child(c, "advmod");
    return w != null && w < c && QUESTION_WORDS.contains(g.lemma(w).toLowerCase(Locale.ROOT));
  }
}
