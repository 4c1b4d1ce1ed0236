package harbinger.coding;

import java.util.BitSet;
import java.util.Set;

/**
 * A postposed reporting clause the parser hung deep inside the clause it reports: in "Protesters who take to the
 * streets will be dealt with firmly, the police chief warned" the parser made "warned" a {@code dep} of "firmly",
 * so the walk over the verb's dependents ({@link TriggerFinder}) finds nothing of what was warned. A reporting verb
 * with its own subject right after a comma, no clause or object of its own, and a head before it reports the clause
 * it ends: the words before the comma under the sentence's top clause are its context, as a {@code ccomp} would be.
 * Session 21. Stateless.
 */
final class PostposedReports {
  private PostposedReports() {}

  /** Reporting verbs that end a clause they report: "..., the minister warned". */
  private static final Set<String> VERBS = Set.of("warn", "say", "threaten", "vow", "caution", "declare", "insist",
      "add", "announce", "pledge", "promise", "tell", "state");
  private static final Set<String> OWN_CONTENT = Set.of("ccomp", "xcomp", "obj", "csubj");

  /** The reported words before the comma, or an empty set when verb {@code v} is no postposed report. */
  static BitSet clause(SentenceGraph g, int v) {
    BitSet out = new BitSet();
    int head = g.head(v);
    Integer subject = g.subject(v);
    if (head < 0 || head > v || subject == null || subject < head || !VERBS.contains(g.lemma(v))) return out;
    for (int c : g.children(v)) if (OWN_CONTENT.contains(g.baseRelation(c))) return out;
    int comma = g.subtree(v).nextSetBit(0) - 1; // the reporting clause starts right after a comma
    if (comma < 1 || !g.word(comma).equals(",")) return out;
    int top = head;
    while (g.head(top) >= 0) top = g.head(top);
    BitSet stop = new BitSet();
    stop.set(v);
    out.or(g.subtree(top, stop));
    out.clear(comma, g.size());
    return out;
  }
}
