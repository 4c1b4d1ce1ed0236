package harbinger.coding;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;

/**
 * A firm's promise to spend its own money: "South Korean chipmaker Samsung pledged to invest 17 billion dollars in a
 * new plant in Texas", "the electronics giant promised to spend 3 billion dollars on research centres", "the carmaker
 * vowed to build a battery factory in Spain". CAMEO's intents to cooperate or to give aid (root 03) are statements of
 * political actors; a company's investment plan names no political party, even when the plant is in a named country.
 * The sign is an intent code whose doer is a business (a firm noun, a firm's name such as "Acme Inc", or a name with a
 * firm noun beside it: "German carmaker Volkswagen", "Chinese electronics giant Huawei") with no word of the state in
 * its phrase, and a content verb of spending or building (invest, spend, build, open...). "The government pledged to
 * invest", "the state oil company promised to spend" and "Japan pledged to invest" stay events. A billionaire's or
 * tycoon's pledge of money is a private gift in the same way ("a software billionaire promised to give half his
 * fortune to charity"). Stateless.
 */
final class FirmInvestments {
  private FirmInvestments() {}

  /** Verbs of a firm's own spending or building. */
  private static final Set<String> SPENDING = Set.of("invest", "spend", "build", "open", "create", "expand", "hire",
      "construct", "inject", "plough", "plow", "pour", "set", "lend");

  /** Private rich persons whose pledges of their own money are gifts, not a political actor's aid. */
  private static final Set<String> DONORS = Set.of("billionaire", "billionaires", "tycoon", "tycoons", "philanthropist",
      "philanthropists", "magnate", "magnates", "businessman", "businessmen", "businesswoman", "heiress");

  /** Relations by which a firm noun stands beside a name: "carmaker Volkswagen", "Huawei, the telecoms giant". */
  private static final Set<String> BESIDE = Set.of("compound", "appos", "amod");

  /**
   * True when the intent or economic cooperation at {@code i} with code {@code code} is a firm's promise to invest or
   * build, or its spending verb itself.
   */
  static boolean pledge(SentenceGraph g, int i, String code, boolean noun) {
    if (!(code.startsWith("03") || code.startsWith("061")) || noun) return false;
    Integer doer = CommercialDeals.doer(g, i, noun);
    // "the billionaire pledged 100 million euros to rebuild the cathedral's roof": a private gift, whatever its use
    if (doer != null && code.startsWith("03") && DONORS.contains(lower(g.lemma(doer)))) return true;
    if (doer == null || !(CommercialDeals.business(g, doer) || namedFirm(g, doer))) return false;
    // the spending verb itself, coded as cooperation or as its intent: "pledged to invest" coded on "invest"
    if (SPENDING.contains(lower(g.lemma(i)))) return true;
    for (int c : g.children(i)) {
      String rel = g.baseRelation(c);
      if ((rel.equals("xcomp") || rel.equals("ccomp")) && SPENDING.contains(lower(g.lemma(c)))) return true;
    }
    return false;
  }

  /** A name with a firm noun beside it and no word of the state in its phrase. */
  static boolean namedFirm(SentenceGraph g, int k) {
    if (!g.token(k).isProperNoun()) return false;
    boolean firm = false;
    for (int c : g.children(k)) {
      if (BESIDE.contains(g.baseRelation(c)) && CommercialDeals.FIRMS.contains(lower(g.lemma(c)))) firm = true;
    }
    // "chipmaker" may be the head with the name as its compound: "chipmaker Samsung" parsed either way
    if (!firm && BESIDE.contains(g.baseRelation(k)) && g.head(k) >= 0
        && CommercialDeals.FIRMS.contains(lower(g.lemma(g.head(k))))) firm = true;
    if (!firm) return false;
    BitSet phrase = g.subtree(k);
    for (int d = phrase.nextSetBit(0); d >= 0; d = phrase.nextSetBit(d + 1)) {
      if (CommercialDeals.STATE.contains(lower(g.lemma(d))) || CommercialDeals.STATE.contains(lower(g.word(d)))) return false;
    }
    return true;
  }

  private static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
