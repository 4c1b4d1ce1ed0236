package harbinger.coding;

import java.util.Locale;
import java.util.Set;

/**
 * Contracts of the entertainment, publishing and sports trades: "the pop star had signed a record deal for her first
 * album", "signed a sponsorship deal with a sportswear maker", "inked a publishing contract". Such a deal binds an
 * artist or a player to a firm and is no agreement between political actors (CAMEO 057, or cooperation in roots 03-06),
 * whoever the signer is (a pronoun or a name the actor tables do not know). The sign is the deal or contract noun, the
 * trigger itself or its object, qualified by a word of those trades. Session 21. Stateless.
 */
final class TradeContracts {
  private TradeContracts() {}

  /** Nouns of a contract. */
  private static final Set<String> CONTRACTS = Set.of("deal", "contract", "agreement");

  /** Words that make a contract one of the entertainment, publishing or sports trades. */
  private static final Set<String> TRADES = Set.of("record", "recording", "sponsorship", "endorsement", "publishing",
      "book", "film", "movie", "modelling", "modeling", "album", "boot", "kit", "sportswear", "streaming");

  /** True when the cooperation coded at trigger {@code i} is a contract of those trades. */
  static boolean tradeContract(SentenceGraph g, int i, String code, boolean noun) {
    if (!code.startsWith("057") && !code.startsWith("03") && !code.startsWith("06")) return false;
    Integer deal = noun ? Integer.valueOf(i) : g.child(i, "obj");
    if (deal == null || !CONTRACTS.contains(g.lemma(deal).toLowerCase(Locale.ROOT))) return false;
    for (int c : g.children(deal)) {
      String r = g.relation(c);
      if ((r.equals("compound") || r.equals("amod")) && TRADES.contains(g.lemma(c).toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }
}
