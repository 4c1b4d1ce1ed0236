package harbinger.coding;

import java.util.Set;

/**
 * "Rabat warned it would sever relations with any government that recognised the republic", "Beijing will downgrade
 * ties with any country that receives the Taiwanese president": a relative clause on a noun taken with "any" or
 * "every" says what would make a party one of those meant, not that anyone did it; no event is coded in it. The
 * nearest relative clause above the word decides. Pure functions over a {@link SentenceGraph}.
 */
final class AnyRelatives {
  private static final Set<String> FREE_CHOICE = Set.of("any", "every", "whichever", "whatever");

  private AnyRelatives() {}

  /** Whether token {@code i} stands in a relative clause on a noun taken with "any" or "every". */
  static boolean inside(SentenceGraph g, int i) {
    int k = i;
    for (int steps = 0; k >= 0 && steps < 8; steps++) {
      if (g.relation(k).equals("acl:relcl")) {
        // the noun it hangs on, or the noun right before it when the parser hung it higher ("relations with any
        // government that ...", with the clause on "relations")
        int before = g.subtree(k).nextSetBit(0) - 1;
        return freeChoice(g, g.head(k)) || (before >= 0 && g.token(before).isNoun() && freeChoice(g, before));
      }
      k = g.head(k);
    }
    return false;
  }

  private static boolean freeChoice(SentenceGraph g, int noun) {
    if (noun < 0) return false;
    for (int c : g.children(noun)) if (g.baseRelation(c).equals("det") && FREE_CHOICE.contains(g.lemma(c))) return true;
    return false;
  }
}
