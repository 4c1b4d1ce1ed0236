package harbinger.coding;

import harbinger.lexicon.LexiconEntry;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A negated comment: "officials would not comment on the fate of the students", "the ministry did not comment",
 * "the spokesman could not immediately comment" are CAMEO 011 (decline comment). "Comment" is a reporting verb, which
 * the lexicon may not hold as a row, so the rule lives here; "declined to comment" and "no comment" are lexicon rows.
 * Stateless.
 */
final class NoComment {
  private NoComment() {}

  /** Verbs whose negation declines to speak. */
  private static final Set<String> VERBS = Set.of("comment", "elaborate");

  /** Negators of a verb. */
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never");

  /** True when verb {@code i} is "comment" (or "elaborate") negated by its own "not" or "never". */
  static boolean negated(SentenceGraph g, int i) {
    if (!VERBS.contains(g.lemma(i).toLowerCase(Locale.ROOT))) return false;
    for (int c : g.children(i)) {
      String r = g.baseRelation(c);
      if ((r.equals("advmod") || r.equals("neg")) && NEGATORS.contains(g.word(c).toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }

  static Trigger trigger(SentenceGraph g, int i) {
    return new Trigger(i, new LexiconEntry("011", g.lemma(i), false, null, List.of(), false, "NoComment"));
  }
}
