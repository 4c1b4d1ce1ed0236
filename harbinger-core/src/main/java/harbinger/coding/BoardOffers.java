package harbinger.coding;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;

/**
 * A takeover offer put to another firm's board or shareholders: "Bayer won over Monsanto's board with a sweetened
 * offer of 66 billion dollars", "Amazon offered shareholders of Whole Foods 42 dollars a share", "raised its bid for
 * the shares to 5 billion dollars". An offer or bid priced in money and made to a board, its shareholders or its
 * shares is a purchase between firms, not a political offer of material aid (033) or of cooperation (03): its
 * doer is checked by {@link CommercialDeals} (a named organisation, no place or people). Stateless.
 */
final class BoardOffers {
  private BoardOffers() {}

  /** Words of an offer or bid, as verb or noun. */
  private static final Set<String> OFFERS = Set.of("offer", "bid", "tender");

  /** Who a takeover offer is made to, or what it buys. */
  private static final Set<String> OWNERS = Set.of("board", "shareholder", "shareholders", "stockholder",
      "stockholders", "share", "shares", "stock", "investors");

  /** True when trigger {@code i} is, or carries, a money offer to a firm's board or shareholders. */
  static boolean made(SentenceGraph g, int i, boolean noun) {
    BitSet around = TriggerFinder.context(g, i, noun);
    around.set(i);
    // the verb that carries an offer noun and its own arguments: "won over Monsanto's board with an offer"
    if (noun && g.head(i) >= 0) around.or(g.subtree(TriggerFinder.governor(g, i)));
    boolean offer = false;
    boolean money = false;
    boolean owners = false;
    for (int k = around.nextSetBit(0); k >= 0; k = around.nextSetBit(k + 1)) {
      String lemma = g.lemma(k).toLowerCase(Locale.ROOT);
      if (OFFERS.contains(lemma)) offer = true;
      if ("MONEY".equals(g.token(k).ner())) money = true;
      if (OWNERS.contains(lemma)) owners = true;
    }
    return offer && money && owners;
  }
}
