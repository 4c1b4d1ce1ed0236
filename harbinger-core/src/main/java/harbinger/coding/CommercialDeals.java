package harbinger.coding;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;

/**
 * Trade between firms: "the airline agreed to buy 50 aircraft from Airbus", "the software firm signed a deal to supply
 * a bank", "Thai Airways agreed to lease three aircraft from a Singapore company", "the carmaker merged with its rival".
 * CAMEO codes what political actors do to each other; a purchase, a lease or a merger between companies has no party
 * on either side. The sign is a doer named as a business (a company noun or a firm's name ending in Airways, Inc,
 * Ltd...) that is not the state's (no "state-owned", "national", "government" modifier, no strategic trade such as
 * oil, gas or arms, whose firms are mostly state-owned), a trade word in the trigger or
 * its content (buy, lease, merge, deal, contract, order...), and no state, place or non-business party among the
 * trigger's arguments: "the company agreed to sell jets to India", "a firm signed a deal with the defence ministry" or
 * "with the union" stay events. Only cooperation codes (roots 03, 05, 06) are affected, and a rescue of one firm by
 * another ("an investment fund rescued the debt-laden carmaker", root 07) when both sides are businesses, and a firm's yielding (083: "the company conceded defeat in Russia"), as a
 * firm holds no political power to give up (session 19). A firm declining to comment (011) is {@link FirmSilence}'s.
 * Stateless.
 */
final class CommercialDeals {
  private CommercialDeals() {}

  private static final Set<String> ROOTS = Set.of("03", "04", "05", "06",
      // a firm scrapping or suspending its deal or agreement with another firm reduces no political relation (session 21)
      "16");

  /** Verbs of a firm saving another from failure: aid only between political actors. */
  private static final Set<String> RESCUES = Set.of("rescue", "bail", "save", "lend", "loan");

  /** Nouns that name a business. */
  static final Set<String> FIRMS = Set.of("company", "companies", "firm", "firms", "airline", "airlines",
      "carrier", "carmaker", "automaker", "maker", "manufacturer", "producer", "retailer", "insurer", "bank", "lender",
      "conglomerate", "corporation", "giant", "supplier", "developer", "startup", "start-up", "brewer", "miner",
      "chipmaker", "shipbuilder", "planemaker", "aircraft-maker", "telecom", "operator", "subsidiary",
      "shipper", "distributor", "publisher", "broadcaster", "chain", "investor", "fund", "consortium", "meatpacker",
      "drugmaker", "steelmaker", "builder", "contractor", "makers");

  /** The last word of a firm's name: "Thai Airways", "Acme Inc", "Tata Steel Ltd". */
  private static final Set<String> FIRM_NAMES = Set.of("airways", "airlines", "inc", "inc.", "corp", "corp.",
      "ltd", "ltd.", "co", "co.", "plc", "ag", "gmbh", "sa", "nv", "llc", "holdings", "motors", "bank",
      "steel", "petroleum", "telecom", "industries");

  /** Modifiers and nouns that make a business or a party the state's, or a party not a business. */
  static final Set<String> STATE = Set.of("state", "state-owned", "state-run", "government",
      "government-owned", "national", "central", "military", "army", "navy", "defence", "defense", "ministry",
      "minister", "authorities", "official", "officials", "president", "parliament", "police",
      "union", "unions", "workers", "employees", "residents", "villagers", "victims", "families", "rebels", "farmers",
      "world", "development", "federal", "public", "treasury", "regulator", "regulators", "agency", "council",
      // strategic trades whose firms are mostly the state's own: "Indian and Iranian oil firms formed a joint venture"
      "oil", "gas", "petroleum", "nuclear", "arms", "weapons", "energy");

  /** Words of trade: the act or its content is a purchase, a sale, a lease, a merger or a contract. */
  private static final Set<String> TRADE = Set.of("buy", "purchase", "sell", "sale", "lease", "acquire", "acquisition",
      "merge", "merger", "takeover", "deal", "contract", "order", "supply", "invest", "investment", "stake", "licence",
      "license", "venture", "aircraft", "jet", "jets", "plane", "planes", "software", "shares", "share", "delivery",
      "deliver", "customer", "client", "subscriber", "passenger", "flight", "flights", "route", "routes",
      "agreement", "agreements", "project", "pipeline");

  /** Continents a route or a market spans ("flights between Europe and Asia"): no state's party. */
  private static final Set<String> CONTINENTS = Set.of("europe", "asia", "africa", "america", "americas",
      "australia", "antarctica", "oceania", "eurasia");

  /** Places by named-entity tag: a place as a party makes the deal the state's business. */
  private static final Set<String> PLACES = Set.of("COUNTRY", "STATE_OR_PROVINCE", "CITY", "LOCATION");

  /** True when the cooperation coded at trigger {@code i} is trade between private firms. */
  static boolean between(SentenceGraph g, int i, String code, boolean noun) {
    if (code.length() < 2) return false;
    if (FirmInvestments.pledge(g, i, code, noun)) return true;
    Integer doer = doer(g, i, noun);
    boolean takeover = doer != null && takeover(g, i, noun, doer);
    if (doer == null || !(business(g, doer) || takeover)) return false;
    // "the ride-hailing company conceded defeat and sold its business": a firm holds no political power to yield (session 19)
    if (code.startsWith("083") && business(g, doer)) return true;
    if (!ROOTS.contains(code.substring(0, 2))) return code.startsWith("07") && rescueOfFirm(g, i, noun);
    BitSet context = TriggerFinder.context(g, i, noun);
    context.set(i);
    boolean trade = takeover; // one named firm taking over another is trade ("agreed to swallow Mobil", session 22)
    for (int k = context.nextSetBit(0); k >= 0; k = context.nextSetBit(k + 1)) {
      if (TRADE.contains(lower(g.lemma(k)))) trade = true;
      if (STATE.contains(lower(g.lemma(k))) || party(g, k)) return false;
    }
    return trade;
  }

  /** Verbs and nouns of one firm buying another. */
  private static final Set<String> TAKEOVERS = Set.of("buy", "acquire", "acquisition", "take", "takeover", "merge",
      "merger", "purchase",
      // "Exxon agreed to swallow Mobil", "absorb its rival" (session 22)
      "swallow", "absorb");

  /**
   * "America Online agreed to take over Time Warner", "Bayer agreed to buy Monsanto": a named organisation that buys or
   * merges with another named organisation, the object of the takeover word in the trigger's content.
   */
  private static boolean takeover(SentenceGraph g, int i, boolean noun, int doer) {
    if (!g.token(doer).isProperNoun()) return false;
    boolean organisation = "ORGANIZATION".equals(g.token(doer).ner());
    // "Kraft agreed to buy Cadbury for 11.5 billion pounds": a name the tagger took for a person's is a buyer too
    // when the takeover is paid for (session 21), but not a place's or a people's name
    if (!organisation && (PLACES.contains(g.token(doer).ner()) || "NATIONALITY".equals(g.token(doer).ner()))) return false;
    if (BoardOffers.made(g, i, noun)) return true;
    BitSet context = TriggerFinder.context(g, i, noun);
    context.set(i);
    for (int k = context.nextSetBit(0); k >= 0; k = context.nextSetBit(k + 1)) {
      if (!TAKEOVERS.contains(lower(g.lemma(k)))) continue;
      // "Daimler-Benz and Chrysler agreed to merge": two named organisations that merge with each other
      if (organisation && MERGERS.contains(lower(g.lemma(k))) && organisationPair(g, doer)) return true;
      Integer o = g.child(k, "obj");
      if (o == null) o = g.child(k, "obl");
      if (o == null) continue;
      if (organisation && g.token(o).isProperNoun() && "ORGANIZATION".equals(g.token(o).ner())) return true;
      if (paidFor(g, k) && (firmName(g, o) || ownedByFirm(g, o))) return true;
    }
    return false;
  }

  /** A purchase with its price: "to buy Cadbury for 11.5 billion pounds", "acquire LinkedIn for 26.2 billion dollars". */
  private static boolean paidFor(SentenceGraph g, int k) {
    for (int c : g.children(k)) {
      if (g.baseRelation(c).equals("obl") && "for".equals(g.caseMarker(c)) && "MONEY".equals(g.token(c).ner())) return true;
    }
    return false;
  }

  /** A name that is no place's, people's or person's: "Cadbury", "LinkedIn". */
  private static boolean firmName(SentenceGraph g, int o) {
    String ner = g.token(o).ner();
    return g.token(o).isProperNoun() && !PLACES.contains(ner) && !"NATIONALITY".equals(ner) && !"PERSON".equals(ner);
  }

  /** A part of a named organisation: "Volvo's car division", "Fiat's truck unit". */
  private static boolean ownedByFirm(SentenceGraph g, int o) {
    if (!PARTS.contains(lower(g.lemma(o)))) return false;
    for (int c : g.children(o)) {
      if (g.relation(c).equals("nmod:poss") && "ORGANIZATION".equals(g.token(c).ner())) return true;
    }
    return false;
  }

  /** Nouns of a part of a firm that is bought. */
  private static final Set<String> PARTS = Set.of("division", "unit", "arm", "business", "subsidiary", "operations",
      "stake", "brand", "plant", "factory", "assets");

  /** Words of two firms becoming one. */
  private static final Set<String> MERGERS = Set.of("merge", "merger");

  /** A named organisation joined by "and" to another named organisation: "Daimler-Benz and Chrysler". */
  private static boolean organisationPair(SentenceGraph g, int doer) {
    for (int c : g.children(doer)) {
      if (g.relation(c).equals("conj") && g.token(c).isProperNoun() && "ORGANIZATION".equals(g.token(c).ner())) return true;
    }
    return false;
  }

  /** "rescued the debt-laden carmaker": a rescue verb whose object is a business too. */
  private static boolean rescueOfFirm(SentenceGraph g, int i, boolean noun) {
    if (noun || !RESCUES.contains(lower(g.lemma(i)))) return false;
    Integer obj = g.child(i, "obj");
    Integer iobj = g.child(i, "iobj");
    return obj != null && business(g, obj) || iobj != null && business(g, iobj);
  }

  /** The doer of the trigger: its subject, or for a noun ("signed a deal") the subject of the verb that governs it. */
  static Integer doer(SentenceGraph g, int i, boolean noun) {
    Integer s = TriggerFinder.subjectHead(g, i);
    if (s == null && noun && g.head(i) >= 0) s = g.subject(TriggerFinder.governor(g, i));
    if (s == null && g.relation(i).equals("xcomp") && g.head(i) >= 0) s = g.subject(g.head(i));
    return s == null || !g.token(s).isPronoun() ? s : reporter(g, s);
  }

  /**
   * The firm a pronoun doer stands for when it reports its own deal: "the company said it had signed a contract",
   * "Qantas said it had agreed to buy": the subject of the reporting verb above the pronoun's clause.
   */
  private static Integer reporter(SentenceGraph g, int pronoun) {
    int clause = g.head(pronoun);
    while (clause >= 0 && g.relation(clause).equals("xcomp")) clause = g.head(clause);
    if (clause < 0 || !g.relation(clause).equals("ccomp") || g.head(clause) < 0) return pronoun;
    Integer s = g.subject(g.head(clause));
    return s == null ? pronoun : s;
  }

  /** A business not named as the state's: "the Turkish airline", "Thai Airways", not "the state-owned oil company". */
  static boolean business(SentenceGraph g, int k) {
    String w = lower(g.word(k));
    boolean firm = g.token(k).isProperNoun() ? FIRM_NAMES.contains(w) : FIRMS.contains(lower(g.lemma(k)));
    if (!firm) return false;
    BitSet phrase = g.subtree(k);
    for (int d = phrase.nextSetBit(0); d >= 0; d = phrase.nextSetBit(d + 1)) {
      if (STATE.contains(lower(g.lemma(d))) || STATE.contains(lower(g.word(d)))) return false;
    }
    return true;
  }

  /** A place standing as a party of the act ("sell jets to India"), not as a modifier ("a Singapore company"). */
  static boolean party(SentenceGraph g, int k) {
    if (!PLACES.contains(g.token(k).ner()) || CONTINENTS.contains(lower(g.lemma(k)))) return false;
    String rel = g.relation(k);
    return !(rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:poss") || rel.equals("flat"));
  }

  private static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
