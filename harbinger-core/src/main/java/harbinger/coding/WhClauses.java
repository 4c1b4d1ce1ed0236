package harbinger.coding;

import java.util.Locale;
import java.util.Set;

/**
 * An indirect question the parser hung as an adverbial clause: "examining why alliance warplanes struck a convoy",
 * "investigating how the bombers hit the embassy". What is asked or looked into is part of the act's context, as an
 * object is; a clause of time or place ("when the troops withdrew", "where the rebels hid") stays outside, so only
 * "why" and "how" make one, and "when asked" (or questioned, pressed), which says what was put to the one who answers
 * or declines to ("kept silent when asked whether Moscow had supplied the parts").
 */
final class WhClauses {
  private static final Set<String> QUESTION_WORDS = Set.of("why", "how");

  private WhClauses() {}

  /** Whether the adverbial clause headed by {@code c} is an indirect "why" or "how" question. */
  static boolean asked(SentenceGraph g, int c) {
    if (!g.relation(c).startsWith("advcl")) return false;
    Integer w = g.child(c, "advmod");
    if (w == null || w > c) return false;
    String word = g.lemma(w).toLowerCase(Locale.ROOT);
    // "kept silent when asked whether ...": the question put to the one who answers nothing (session 23)
    return QUESTION_WORDS.contains(word) || word.equals("when") && ASKING.contains(g.lemma(c).toLowerCase(Locale.ROOT));
  }

  /** Verbs of putting a question, whose "when" clause says what was asked. */
  private static final Set<String> ASKING = Set.of("ask", "question", "press");
}
