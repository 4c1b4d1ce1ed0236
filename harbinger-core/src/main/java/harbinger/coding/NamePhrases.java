package harbinger.coding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The words that make up a party's name phrase around its head: compounds, adjectives, flat names, the definite
 * article, numbers, possessors, proper-noun appositions, and the "of" phrase of a role noun ("the president of
 * Kenya"). Stateless.
 */
final class NamePhrases {
  private static final Set<String> PHRASE_RELATIONS = Set.of("compound", "amod", "flat", "flat:name", "det",
      "nummod", "nmod:poss", "appos", "dep", "case");

  private NamePhrases() {}

  /** The head and the tokens that belong to its name phrase, in token order. */
  static List<Integer> of(SentenceGraph g, int head) {
    BitSet set = new BitSet();
    collect(g, head, set, 0, true);
    List<Integer> out = new ArrayList<>();
    for (int k = set.nextSetBit(0); k >= 0; k = set.nextSetBit(k + 1)) {
      if (g.token(k).pos().equals("POS") || g.baseRelation(k).equals("case") && k != head) continue;
      out.add(k);
    }
    if (out.isEmpty()) out.add(head);
    return out;
  }

  private static void collect(SentenceGraph g, int i, BitSet set, int depth, boolean top) {
    set.set(i);
    if (depth > 3) return;
    for (int c : g.children(i)) {
      String rel = g.relation(c);
      boolean keep = PHRASE_RELATIONS.contains(rel);
      if (rel.equals("appos") || rel.equals("dep")) keep = g.token(c).isProperNoun();
      if (rel.equals("det") && !g.lemma(c).equals("the")) keep = false;
      if (rel.equals("amod") && g.token(c).pos().equals("VBD")) keep = false; // "said managers had ...": a mistagged verb
      if (g.baseRelation(c).equals("nmod") && "of".equals(g.caseMarker(c)) && top && ActorResolver.ROLE_NOUNS.contains(g.lemma(i))) keep = true;
      // "Tens of thousands of opposition supporters": a quantity is named by its "of" phrase
      if (g.baseRelation(c).equals("nmod") && "of".equals(g.caseMarker(c)) && QuoteSources.QUANTITIES.contains(g.lemma(i).toLowerCase(java.util.Locale.ROOT))) keep = true;
      if (keep) collect(g, c, set, depth + 1, false);
    }
  }
}
