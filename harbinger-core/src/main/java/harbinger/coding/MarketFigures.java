package harbinger.coding;

import harbinger.data.DataFile;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Retreats, surrenders and acts of force in market copy: "shares in Tokyo beat a retreat", "the dollar surrendered its
 * early gains", "currency speculators mounted a fresh assault on the baht", "launched a fresh offensive against its
 * rival with a round of price cuts". A price, a currency, a share index or a trader is no party, and an act of force
 * fought with prices or in a market is business. {@link FigurativeForce} knows markets as the patient of a figure; this
 * class adds markets and traders as the doer, gains and leads as what is surrendered, currencies written as names
 * ("the Thai baht"), and the business means or arena of the act. Its word lists are read once from
 * {@link #RESOURCE}. Stateless.
 */
final class MarketFigures {
  private MarketFigures() {}

  static final String RESOURCE = "/harbinger/data/coding/market-words.tsv";
  private static final Map<String, Set<String>> WORDS = WordFamilies.read(DataFile.readResource(RESOURCE),
      Set.of("traded", "traders", "gains", "business", "named"));

  /** Codes whose words market copy borrows: truce, retreat and surrender (087) and the roots of force. */
  private static final Set<String> ROOTS = Set.of("18", "19", "20");

  /** Things traded or priced, and their measures: never a party. */
  private static final Set<String> TRADED = WORDS.get("traded");

  /** Traders, who only attack a currency or a price in a figure. */
  private static final Set<String> TRADERS = WORDS.get("traders");

  /** What a market surrenders: its gains, its lead, its edge. */
  private static final Set<String> GAINS = WORDS.get("gains");

  /**
   * Means of business rivalry: "with a round of price cuts", "in a price war". A market as the place of the act is
   * not enough ("a bomb exploded in a crowded market").
   */
  private static final Set<String> BUSINESS = WORDS.get("business");

  /** Traded things whose names are written capitalised: "the Thai baht", "the Nikkei". */
  private static final Set<String> NAMED = WORDS.get("named");

  /** Whether the trigger {@code i} coded {@code code} is a market figure and no event. */
  static boolean figure(SentenceGraph g, int i, String code) {
    if (!code.startsWith("087") && (code.length() < 2 || !ROOTS.contains(code.substring(0, 2)))) return false;
    Integer doer = doer(g, i);
    if (doer != null && (traded(g, doer) || TRADERS.contains(lower(g.lemma(doer))))) return true;
    Integer o = g.child(i, "obj");
    if (code.startsWith("0874") && o != null && GAINS.contains(lower(g.lemma(o)))) return true;
    for (int c : g.children(i)) {
      if (!g.baseRelation(c).equals("nmod") && !g.baseRelation(c).equals("obl")) continue;
      String mark = String.valueOf(g.caseMarker(c));
      if ((mark.equals("on") || mark.equals("against")) && traded(g, c)) return true;
    }
    return businessMeans(g, i) || g.token(i).isNoun() && g.head(i) >= 0 && g.relation(i).equals("obj") && businessMeans(g, g.head(i));
  }

  /** A traded thing, also written as a name ("the Thai baht", "the Nikkei"). */
  private static boolean traded(SentenceGraph g, int k) {
    String lemma = lower(g.lemma(k));
    return g.token(k).isNoun() && (g.token(k).isProperNoun() ? NAMED.contains(lemma) : TRADED.contains(lemma));
  }

  /** An "in" or "with" phrase of {@code h} whose words are prices or advertising: the act is business. */
  private static boolean businessMeans(SentenceGraph g, int h) {
    for (int c : g.children(h)) {
      if (!g.baseRelation(c).equals("obl") && !g.baseRelation(c).equals("nmod")) continue;
      String mark = String.valueOf(g.caseMarker(c));
      if (!mark.equals("in") && !mark.equals("with") && !mark.equals("into")) continue;
      var phrase = g.subtree(c);
      for (int k = phrase.nextSetBit(0); k >= 0; k = phrase.nextSetBit(k + 1)) {
        if (BUSINESS.contains(lower(g.lemma(k)))) return true;
      }
    }
    return false;
  }

  /** The doer: the subject, or for a noun that is a light verb's object ("beat a retreat") that verb's subject. */
  private static Integer doer(SentenceGraph g, int i) {
    Integer s = g.token(i).isVerb() ? g.subject(i) : null;
    if (s == null && g.token(i).isNoun() && g.relation(i).equals("obj") && g.head(i) >= 0) s = g.subject(g.head(i));
    if (s == null) return null;
    // "traders said speculators ..." stays; "a group of speculators": what the group counts
    Integer counted = TriggerFinder.counted(g, s);
    return counted == null ? s : counted;
  }

  private static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
