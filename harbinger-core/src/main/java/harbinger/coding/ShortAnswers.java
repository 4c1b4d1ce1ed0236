package harbinger.coding;

import java.util.BitSet;
import java.util.Set;

/**
 * Content set before a reporting verb that has none after it (session 20). Pure functions over a
 * {@link SentenceGraph}.
 * <ul>
 *   <li>A short answer fronted before its source ("Not yet, the EPA says.", "No, the European Commission says."):
 *       up to four words, then a comma and the subject of the verb; the answer is the content.</li>
 *   <li>A reporting clause set into a sentence after what it reports ("The rebels' demands have not changed, a
 *       Western diplomat there said, but the mood ...", the parser making "said" a complement of "changed"): the
 *       content is the governing clause before the reporting clause.</li>
 * </ul>
 */
final class ShortAnswers {
  private ShortAnswers() {}

  private static final int MAX_ANSWER = 4;
  private static final Set<String> VERBS = QuoteCues.REPORTING;

  /** The content before reporting verb {@code v}, or empty. */
  static QuoteCues.Content content(SentenceGraph g, int v) {
    if (!VERBS.contains(g.lemma(v)) || !g.token(v).pos().matches("VBD|VBZ|VBP")) return QuoteCues.Content.NONE;
    Integer subject = g.child(v, "nsubj");
    if (subject == null || subject > v || g.child(v, "obj", "ccomp", "xcomp") != null) return QuoteCues.Content.NONE;
    int first = g.subtree(subject).nextSetBit(0);
    if (first < 2 || !g.word(first - 1).equals(",")) return QuoteCues.Content.NONE;
    BitSet tokens = new BitSet();
    if (g.head(v) < 0 && first - 1 <= MAX_ANSWER) { // "Not yet, the EPA says."
      for (int i = 0; i < first - 1; i++) {
        if (!under(g, i, v) || under(g, i, subject)) return QuoteCues.Content.NONE;
        tokens.set(i);
      }
      return new QuoteCues.Content(tokens, true);
    }
    int governor = g.head(v); // "..., a Western diplomat there said, but ..."
    if (governor < 0 || governor > v || !g.relation(v).matches("ccomp|parataxis") || !g.token(governor).isVerb())
      return QuoteCues.Content.NONE;
    BitSet clause = g.subtree(governor);
    for (int i = clause.nextSetBit(0); i >= 0 && i < first - 1; i = clause.nextSetBit(i + 1)) tokens.set(i);
    if (tokens.cardinality() < 3 || !tokens.get(governor)) return QuoteCues.Content.NONE;
    return new QuoteCues.Content(tokens, true);
  }

  /** Is token {@code i} in the subtree of {@code top}? */
  private static boolean under(SentenceGraph g, int i, int top) {
    for (int k = i, steps = 0; k >= 0 && steps < 20; steps++) {
      if (k == top) return true;
      k = g.head(k);
    }
    return false;
  }
}
