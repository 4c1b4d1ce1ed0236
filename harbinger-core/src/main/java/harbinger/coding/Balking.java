package harbinger.coding;

import java.util.Set;

/**
 * Holding back from an act: "balked at lifting the embargo", "baulked at easing the sanctions", "shied away from
 * easing them", "stopped short of lifting them". The act in the complement did not happen, as with "refused to lift
 * them"; the refusal itself is coded from the lexicon's rows for these verbs (1244 for sanctions, 1246 for truces).
 * Stateless.
 */
final class Balking {
  private Balking() {}

  private static final Set<String> BALKING = Set.of("balk", "baulk");
  /** Relations by which the act held back from hangs on the verb ("at lifting", "from easing", "of lifting"), also
   *  as the parser leaves them loose ("dep") under "away from". */
  private static final Set<String> COMPLEMENTS = Set.of("advcl", "obl", "xcomp", "ccomp", "nmod", "acl", "dep");

  /** Whether verb {@code k} holds back from the act {@code child} that hangs on it. */
  static boolean heldBack(SentenceGraph g, int k, int child) {
    if (!COMPLEMENTS.contains(g.baseRelation(child))) return false;
    String lemma = g.lemma(k);
    if (BALKING.contains(lemma)) return true;
    if (lemma.equals("shy")) return hasWord(g, k, "away");
    // "shied away from easing" parsed with the act on "away"
    if (lemma.equals("away") && g.head(k) >= 0 && g.lemma(g.head(k)).equals("shy")) return true;
    if (lemma.equals("stop")) return hasWord(g, k, "short");
    // "stopped short of lifting" parsed with the act on "short"
    return lemma.equals("short") && g.head(k) >= 0 && g.lemma(g.head(k)).equals("stop");
  }

  private static boolean hasWord(SentenceGraph g, int k, String lemma) {
    for (int c : g.children(k)) if (g.lemma(c).equals(lemma)) return true;
    return false;
  }
}
