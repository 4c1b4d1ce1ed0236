package harbinger.coding;

import java.util.Locale;
import java.util.Set;

/**
 * Words between firms and those who own, fund, supply or run them: "shareholders demanded the resignation of the
 * bank's chief executive", "a group of hedge funds called on the mining company to replace its board", "the
 * supermarket chain gave its suppliers an ultimatum", "the brewer accused its former distributor of breaching their
 * contract", "the telecom operator rejected a takeover bid", "the bondholders agreed to accept shares for their debt",
 * "investors are looking into the company's accounts",
 * "the village school appealed to parents for donations". CAMEO's appeals, promises, praise, demands, disapproval,
 * rejections and threats (roots 02, 03, 05, 10 to 13) and investigations (09) are acts between political actors; a
 * firm's dealings with its
 * owners, creditors, suppliers and rivals, or a school's or a charity's call for gifts, have no party on either side.
 * The sign is a doer that is a business ({@link CommercialDeals#business}) or one of its stakeholders or a private
 * body, and a sentence with no word of the state, no political word ({@link PrivateWords}) and no place standing as a
 * party: "the government threatened to revoke the mining company's licence", "the company agreed to sell jets to
 * India" or "the mining company threatened to close the mine unless workers accepted a pay cut" stay events. Stateless.
 */
final class FirmDisputes {
  private FirmDisputes() {}

  private static final Set<String> ROOTS = Set.of("02", "03", "05", "09", "10", "11", "12", "13");

  /** Those who own, fund, supply or run a firm, and private bodies that ask for gifts. */
  private static final Set<String> STAKEHOLDERS = Set.of("shareholder", "shareholders", "bondholder", "bondholders",
      "creditor", "creditors", "investor", "investors", "fund", "funds", "board", "supplier", "suppliers",
      "distributor", "distributors", "rival", "rivals", "competitor", "competitors", "group", "school", "charity",
      "club", "operator", "chain", "brewer", "miner", "carmaker", "maker", "firm", "company", "studio", "studios",
      "publisher", "publishers");

  /** Those who own or lend to a firm, whose looking into its books is business. */
  private static final Set<String> OWNERS = Set.of("shareholder", "shareholders", "bondholder", "bondholders",
      "creditor", "creditors", "investor", "investors");

  private static final Set<String> POLITICAL = PrivateWords.defaults().family("political");

  /** True when the act coded {@code code} at trigger {@code i} is a firm's dealing with no political party. */
  static boolean between(SentenceGraph g, int i, String code, boolean noun) {
    if (code.length() < 2 || !ROOTS.contains(code.substring(0, 2))) return false;
    Integer doer = CommercialDeals.doer(g, i, noun);
    if (doer == null || !(CommercialDeals.business(g, doer) || stakeholder(g, doer))) return false;
    // an inquiry by a private body or a group may be a rights inquiry: only firms and their owners and lenders
    if (code.startsWith("09") && !CommercialDeals.business(g, doer) && !OWNERS.contains(lower(g.lemma(doer)))) return false;
    for (int k = 0; k < g.size(); k++) {
      String lemma = lower(g.lemma(k));
      String word = lower(g.word(k));
      if (CommercialDeals.STATE.contains(lemma) || CommercialDeals.STATE.contains(word)) return false;
      if (POLITICAL.contains(lemma) || POLITICAL.contains(word)) return false;
      if (g.token(k).ner().equals("PERSON") || CommercialDeals.party(g, k)) return false;
      // "rejected Zimbabwe's demand": a state's own act or claim
      if (g.token(k).isProperNoun() && g.token(k).ner().equals("COUNTRY")) return false;
    }
    return true;
  }

  /** A common noun of a firm's stakeholder or a private body, with no word of the state in its phrase. */
  private static boolean stakeholder(SentenceGraph g, int k) {
    if (g.token(k).isProperNoun() || !STAKEHOLDERS.contains(lower(g.lemma(k)))) return false;
    var phrase = g.subtree(k);
    for (int d = phrase.nextSetBit(0); d >= 0; d = phrase.nextSetBit(d + 1)) {
      if (CommercialDeals.STATE.contains(lower(g.lemma(d)))) return false;
    }
    return true;
  }

  private static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
