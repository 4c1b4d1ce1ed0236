package harbinger.coding;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reports the parser folds into a relative clause or hangs as a bare gerund. Pure functions over one sentence.
 * <ul>
 *   <li>"A woman who said she had lived on the estate ...", "Protesters who said they had come from ...": the
 *       parser makes "said" a loose word ({@code discourse}, {@code dep}, {@code parataxis}) or even a subject of the reported verb
 *       and that verb the relative clause of the noun. The noun is the speaker, what follows "said" the content.</li>
 *   <li>"Residents reported shooting near the television centre", "witnesses reported looting in ...": a gerund
 *       without subject as the complement of a verb of reporting or admitting is its content, like an object.</li>
 * </ul>
 */
final class RelativeSayers {
  private RelativeSayers() {}

  private static final Set<String> LOOSE = Set.of("discourse", "dep", "parataxis");
  private static final Set<String> GERUND_CUES = Set.of("report", "deny", "admit", "confirm", "acknowledge");

  /** The antecedent as speaker and the reported clause as content, or null when {@code v} is no such "said". */
  static DetachedSubjects.@Nullable Swallowed saidInRelative(SentenceGraph g, int v) {
    // a stray word of the clause: loose, or even taken for its subject ("who said they had been locked out")
    if (v < 1 || !QuoteCues.REPORTING.contains(g.lemma(v)) || !g.children(v).isEmpty()
        || !(LOOSE.contains(g.baseRelation(v)) || g.relation(v).startsWith("nsubj"))) return null;
    if (!g.word(v - 1).toLowerCase(Locale.ROOT).matches("who|that")) return null;
    int clause = g.head(v);
    if (clause <= v || !g.token(clause).isVerb() || !g.relation(clause).equals("acl:relcl")) return null;
    int antecedent = g.head(clause);
    if (antecedent < 0 || antecedent >= v || !(g.token(antecedent).isNoun() || g.token(antecedent).isPronoun())) return null;
    BitSet content = g.subtree(clause);
    content.clear(0, v + 1);
    int first = content.nextSetBit(0);
    if (first >= 0 && g.lemma(first).equals("that") && g.baseRelation(first).equals("mark")) content.clear(first);
    return content.isEmpty() ? null : new DetachedSubjects.Swallowed(antecedent, content);
  }

  /** The gerund complement of a verb of reporting ("reported shooting near ..."), or no content. */
  static QuoteCues.Content gerund(SentenceGraph g, int v) {
    if (!GERUND_CUES.contains(g.lemma(v))) return QuoteCues.Content.NONE;
    for (int c : g.children(v)) {
      if (c <= v || !g.baseRelation(c).matches("xcomp|ccomp") || !g.token(c).pos().equals("VBG")) continue;
      if (g.subject(c) != null || g.caseMarker(c) != null) continue;
      return new QuoteCues.Content(g.subtree(c), true);
    }
    return QuoteCues.Content.NONE;
  }
}
