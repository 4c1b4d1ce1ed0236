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

  /** Verbs that report a demand after it: "..., the minister told parliament", "..., protesters chanted". */
  private static final Set<String> DEMANDING = Set.of("say", "tell", "declare", "insist", "state", "add", "write",
      "thunder", "chant", "shout", "stress", "reiterate");
  /** Relations by which the parser hangs a postposed reporting verb on the clause it reports. */
  private static final Set<String> HUNG = Set.of("parataxis", "dep", "advmod", "ccomp");

  /**
   * The reporting verb after an obligation clause whose top is {@code top} ("Bouteflika must resign immediately, the
   * head of the army told state television", parsed with "told" as a parataxis of "resign"), or null: a verb of saying
   * after the trigger, after a comma, with a content clause of none of its own. What a speaker says another party
   * must do is the speaker's demand (see {@link Stances}). Session 22.
   */
  static Integer obligationReporter(SentenceGraph g, int top, int trigger) {
    for (int c : g.children(top)) {
      if (c <= trigger || !g.token(c).isVerb() || !HUNG.contains(g.relation(c)) || !DEMANDING.contains(g.lemma(c))) continue;
      boolean own = false;
      for (int k : g.children(c)) if (OWN_CONTENT.contains(g.baseRelation(k)) && !g.baseRelation(k).equals("obj")) own = true;
      int first = g.subtree(c).nextSetBit(0);
      if (!own && first > 0 && g.word(first - 1).equals(",")) return c;
    }
    return null;
  }
}
