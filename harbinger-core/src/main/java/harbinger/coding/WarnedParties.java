package harbinger.coding;

import harbinger.lexicon.Condition;
import harbinger.lexicon.LexiconEntry;
import java.util.Set;

/**
 * Warnings addressed to a party: "Russia warned Georgia that any move would be answered", "China cautioned Japan
 * against sending warships". The CAMEO codebook puts coercive or forceful warnings under 13 (130 when the warned
 * consequence names no sub-code, which the lexicon's conditioned rows decide); a warning needs an addressee to be
 * one: a party told what to do or not, with a "that" clause or an "against" phrase for its content. A warning with
 * no addressee ("economists warned that growth would slow", "warned against complacency") is a forecast or advice,
 * no event, so the lexicon's rows of these verbs that name no consequence apply only here. Stateless.
 */
final class WarnedParties {
  private WarnedParties() {}

  /** Verbs of warning whose unconditioned lexicon rows need an addressee. */
  static final Set<String> VERBS = Set.of("warn", "caution");

  /** Words that only introduce a warning's content ("warned X that", "against"), naming no consequence. */
  private static final Set<String> CONTENT_WORDS = Set.of("that", "against");

  /** Whether {@code e} is a row of a warning verb that names no consequence, only that there is a content. */
  static boolean needsAddressee(LexiconEntry e) {
    if (!VERBS.contains(e.lemma())) return false;
    for (Condition c : e.conditions()) if (!CONTENT_WORDS.containsAll(c.lemmas())) return false;
    return true;
  }

  /** Whether the warning verb at {@code i} is addressed to a party and says what the warning is about. */
  static boolean addressed(SentenceGraph g, int i) {
    Integer o = g.child(i, "obj");
    if (o == null || !Orders.isParty(g, o)) return false;
    for (int c : g.children(i)) {
      if (c < o) continue;
      String rel = g.baseRelation(c);
      if (rel.equals("ccomp") && g.hasMarker(c, "that")) return true;
      if ((rel.equals("advcl") || rel.equals("obl")) && "against".equals(g.caseMarker(c))) return true;
      if (rel.equals("advcl") && g.hasMarker(c, "against")) return true;
      if (rel.equals("ccomp") && g.child(c, "nsubj") != null && g.child(c, "mark") == null) return true;
    }
    return false;
  }
}
