package harbinger.coding;

import java.util.Locale;
import java.util.Set;

/**
 * Words of force used in a figure, with no party on the receiving or the doing end: a war declared on inflation, a
 * governor who "attacked the problem" of crowded prisons, a firm's "assault on the European market", a currency
 * "under attack", an industry "besieged by cheap imports", hopes "shot down", an antibiotic that "kills bacteria",
 * cells that "invade" tissue, a firm that "blamed a strong yen". CAMEO codes what political actors do to each other;
 * a market, a problem, a currency or a germ is none, and neither is a product or a medicine. The sign is the patient
 * (the object, the passive subject, what a war or an assault is "on" or "against", what "came under attack") or
 * the doer being such a thing. Stateless; {@link WordSenses} rejects the violent or accusing sense when it holds.
 */
final class FigurativeForce {
  private FigurativeForce() {}

  /** Patients that are problems, hardships or vices fought in a figure ("war on litter", "attacked the problem"). */
  private static final Set<String> PROBLEMS = Set.of("problem", "problems", "inflation", "hyperinflation", "deficit",
      "deficits", "debt", "debts", "poverty", "unemployment", "illiteracy", "crime", "corruption", "bureaucracy",
      "tape", "waste", "litter", "graffiti", "smoking", "obesity", "congestion", "pollution", "shortage", "shortages",
      "backlog", "complacency", "apathy", "ignorance", "prejudice", "inefficiency", "recession", "slump", "decline",
      "hope", "hopes", "dream", "dreams", "chance", "chances", "ambition", "ambitions", "bid", "record", "records",
      "odds", "boredom", "pothole", "potholes", "bottleneck", "bottlenecks", "mistake", "mistakes", "error",
      "errors", "indiscipline", "laziness", "sloppiness", "hooliganism", "littering", "speeding", "noise",
      "evasion", "avoidance", "fraud", "counterfeiting", "piracy", "fare-dodging",
      // foods and habits fought in a figure ("declared war on processed food")
      "food", "foods", "sugar", "salt", "junk", "calorie", "calories", "plastic", "plastics");

  /**
   * Plans, policies and speeches, which are attacked only in words: "launched a blistering attack on the health
   * reforms", "the budget came under attack". The act is criticism (111), not force.
   */
  private static final Set<String> POLICIES = Set.of("policy", "policies", "reform", "reforms", "budget", "budgets",
      "plan", "plans", "proposal", "proposals", "bill", "bills", "legislation", "decision", "decisions", "speech",
      "speeches", "remarks", "programme", "program", "record", "handling", "strategy", "manifesto", "stance");

  /** Markets, currencies and trade, which are attacked, invaded or besieged only in business copy. */
  private static final Set<String> MARKETS = Set.of("market", "markets", "currency", "currencies", "peso", "pesos",
      "rupiah", "yen", "dollar", "euro", "pound", "sterling", "rouble", "ruble", "rupee", "baht", "won", "ringgit",
      "lira", "real", "franc", "mark", "share", "shares", "stock", "stocks", "bond", "bonds", "import", "imports",
      "export", "exports", "sale", "sales", "profit", "profits", "earnings", "margin", "margins", "fare", "fares",
      "competition", "demand", "segment", "niche", "rival", "rivals", "competitor", "competitors");

  /** Grounds of a game or a show, which only fans invade: "fans invaded the pitch". */
  private static final Set<String> GROUNDS = Set.of("pitch", "pitches", "stage", "catwalk", "dancefloor", "rink");

  /** Contests of trade, fought only in a figure: "fired the first shot in a price war". */
  private static final Set<String> TRADE_CONTESTS = Set.of("price", "fare", "ratings", "bidding", "talent",
      "advertising", "streaming", "discount", "console", "smartphone");

  /** Germs, cells and tissue, which medicine attacks and illnesses invade. */
  private static final Set<String> BODY = Set.of("bacteria", "bacterium", "germ", "germs", "virus", "viruses",
      "microbe", "microbes", "cell", "cells", "tissue", "tissues", "tumour", "tumours", "tumor", "tumors", "organ",
      "organs", "infection", "infections", "parasite", "parasites", "fungus", "fungi", "weed", "weeds", "pest", "pests");

  /** Doers that are products, medicines or cells: "the new browser killed off its rivals", "the antibiotic kills". */
  private static final Set<String> THINGS = Set.of("browser", "software", "product", "products", "handset",
      "handsets", "gadget", "gadgets", "chip", "chips", "model", "models", "brand", "brands", "app",
      "website", "drug", "drugs", "medicine", "medicines", "antibiotic", "antibiotics", "vaccine", "vaccines",
      "treatment", "treatments", "therapy", "therapies", "cell", "cells", "bacteria", "bacterium", "germ", "germs",
      "antibody", "antibodies", "enzyme", "protein", "import", "imports", "export", "exports", "price", "prices",
      "competition", "film", "movie", "album", "single", "song", "novel", "sequel", "smartphone", "smartphones",
      "phone", "phones", "logo", "locust", "locusts", "swarm", "swarms", "insect", "insects");

  /**
   * Banks, funds, traders and speculators, whose force is money: "the central bank had fired its last bullet",
   * "speculators attacked the peso". A central bank is a state body, but what it fires is a rate or a purchase.
   */
  private static final Set<String> FINANCIERS = Set.of("bank", "banks", "lender", "lenders", "investor", "investors",
      "speculator", "speculators", "trader", "traders", "fund", "funds");

  /** Nouns of a contest that a verb of force takes as its object: "fought a losing battle against". */
  private static final Set<String> CONTESTS = Set.of("battle", "war", "fight", "struggle", "campaign", "crusade",
      "attack", "assault", "broadside", "onslaught", "offensive");

  /** Nouns of force whose "on" or "against" phrase names what is fought: "a war on inflation". */
  private static final Set<String> CASES = Set.of("on", "against", "upon");

  /** Whether the act of force (roots 18-20) at trigger {@code i} is a figure: its patient or its doer is no party. */
  static boolean figurative(SentenceGraph g, int i) {
    Integer patient = patient(g, i);
    if (patient != null && thing(g, patient, PROBLEMS, MARKETS, BODY, POLICIES, GROUNDS, THINGS)) return true;
    if (patient != null && standingInMarket(g, patient)) return true;
    Integer doer = doer(g, i);
    if (doer != null && (thing(g, doer, THINGS, FINANCIERS) || firm(g, doer))) return true;
    return inFiguredContest(g, i) || withWords(g, i);
  }

  /**
   * "fired its biggest gun yet in the battle against inflation", "the opening salvo in the war on red tape": the act is
   * told as a move in a contest whose "against" or "on" phrase names a problem.
   */
  private static boolean inFiguredContest(SentenceGraph g, int i) {
    for (int c : g.children(i)) {
      if (!g.baseRelation(c).equals("obl") || !"in".equals(g.caseMarker(c)) || !CONTESTS.contains(g.lemma(c))) continue;
      Integer kind = g.child(c, "compound");
      if (kind != null && TRADE_CONTESTS.contains(g.lemma(kind).toLowerCase(Locale.ROOT))) return true;
      for (int k : g.children(c)) {
        if (g.baseRelation(k).equals("nmod") && CASES.contains(String.valueOf(g.caseMarker(k)))
            && thing(g, k, PROBLEMS, MARKETS, BODY)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Words, figures and messages, the ammunition of a figure: "bombarded readers with statistics", "with questions". */
  private static final Set<String> WORDS = Set.of("statistic", "statistics", "figure", "figures", "number", "numbers",
      "data", "question", "questions", "query", "queries", "letter", "letters", "email", "emails", "e-mail",
      "e-mails", "message", "messages", "call", "calls", "complaint", "complaints", "request", "requests", "demand",
      "demands", "advertisement", "advertisements", "advert", "adverts", "ad", "ads", "offer", "offers", "information",
      "praise", "criticism", "jargon", "fact", "facts", "claim", "claims", "text", "texts", "petition", "petitions",
      "tweet", "tweets", "comment", "comments", "slogan", "slogans", "propaganda", "promise", "promises");

  /** Whether the act's "with" phrase is words, not weapons: "bombarded the minister with questions". */
  private static boolean withWords(SentenceGraph g, int i) {
    for (int c : g.children(i)) {
      if (g.baseRelation(c).equals("obl") && "with".equals(g.caseMarker(c)) && thing(g, c, WORDS)) return true;
    }
    return false;
  }

  /** Whether the figurative act of force at trigger {@code i} is aimed at a plan or policy: criticism in words. */
  static boolean criticism(SentenceGraph g, int i) {
    Integer patient = patient(g, i);
    return patient != null && thing(g, patient, POLICIES) && !byExperts(g, i);
  }

  /** Critics who are no party: economists, analysts, reviewers ("came under attack from economists"). */
  private static final Set<String> EXPERTS = Set.of("economist", "analyst", "commentator", "critic", "reviewer",
      "expert", "academic", "scientist", "researcher", "pundit", "columnist", "historian", "scholar");

  /** The figure's critics, in a "from" or "by" phrase of the trigger, are experts: no political act. */
  private static boolean byExperts(SentenceGraph g, int i) {
    for (int c : g.children(i)) {
      String mark = String.valueOf(g.caseMarker(c));
      if ((mark.equals("from") || mark.equals("by")) && EXPERTS.contains(g.lemma(c).toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }

  /** Currencies and financial markets, which are blamed but never accused of anything. */
  private static final Set<String> CURRENCIES = Set.of("market", "markets", "currency", "currencies", "peso", "pesos",
      "rupiah", "yen", "dollar", "euro", "pound", "sterling", "rouble", "ruble", "rupee", "baht", "ringgit", "lira",
      "franc", "share", "shares", "stock", "stocks", "bond", "bonds");

  /** Whether the act of force or seizure at trigger {@code i} is done to a market or a rival: "seized market share". */
  static boolean ofMarket(SentenceGraph g, int i) {
    Integer patient = patient(g, i);
    return patient != null && thing(g, patient, MARKETS);
  }

  /** A firm's standing in a market, which rivals attack only in business copy: "Coca-Cola's dominance of the market". */
  private static final Set<String> STANDINGS = Set.of("dominance", "grip", "hold", "stranglehold", "monopoly",
      "supremacy", "lead", "leadership", "position", "share", "foothold", "presence");

  /**
   * "launched an all-out offensive against Coca-Cola's dominance of the Indian soft drinks market", "against Apple's
   * grip on the smartphone market": the patient is a standing whose own "of", "on" or "in" phrase is a market.
   */
  private static boolean standingInMarket(SentenceGraph g, int patient) {
    if (!thing(g, patient, STANDINGS)) return false;
    for (int c : g.children(patient)) {
      String mark = String.valueOf(g.caseMarker(c));
      if (g.baseRelation(c).equals("nmod") && (mark.equals("of") || mark.equals("on") || mark.equals("in"))
          && thing(g, c, MARKETS)) return true;
    }
    return false;
  }

  /**
   * Whether the disapproval (root 11) at trigger {@code i} is aimed at a currency or a market: "blamed a strong yen".
   * Trade itself may be a party's act and stays: "denounced the arms sale".
   */
  static boolean atMarket(SentenceGraph g, int i) {
    Integer patient = patient(g, i);
    return patient != null && thing(g, patient, CURRENCIES);
  }

  @SafeVarargs
  private static boolean thing(SentenceGraph g, int k, Set<String>... kinds) {
    if (g.token(k).isProperNoun() || !g.token(k).isNoun()) return false;
    String lemma = g.lemma(k).toLowerCase(Locale.ROOT);
    for (Set<String> kind : kinds) if (kind.contains(lemma)) return true;
    return false;
  }

  /**
   * What the act is done to: the object, the passive subject, what a noun of force is "on" or "against" (for a noun
   * that is a light verb's object, "declared war on inflation", the phrase may hang from the verb), or what "came
   * under attack".
   */
  private static Integer patient(SentenceGraph g, int i) {
    Integer o = g.child(i, "obj");
    if (o == null) o = g.child(i, "nsubj:pass");
    // "fought a losing battle against the falling peso": the battle's own "against" phrase names the patient
    if (o != null && CONTESTS.contains(g.lemma(o))) {
      for (int c : g.children(o)) {
        if (g.baseRelation(c).equals("nmod") && CASES.contains(String.valueOf(g.caseMarker(c)))) return c;
      }
    }
    if (o != null) return o;
    for (int c : g.children(i)) {
      String base = g.baseRelation(c);
      if ((base.equals("nmod") || base.equals("obl")) && CASES.contains(String.valueOf(g.caseMarker(c)))) return c;
    }
    int h = g.head(i);
    if (h < 0 || !g.token(i).isNoun()) return null;
    if (g.relation(i).equals("obj")) {
      for (int c : g.children(h)) {
        if (g.baseRelation(c).equals("obl") && CASES.contains(String.valueOf(g.caseMarker(c)))) return c;
      }
    }
    // "the rupiah came under attack": the subject of the verb the phrase hangs from
    if ("under".equals(g.caseMarker(i))) return g.subject(h);
    return null;
  }

  /** Firms by a common noun that names nothing else: not "miners" (workers) or "carrier" (a warship). */
  private static final Set<String> FIRMS = Set.of("company", "companies", "firm", "firms", "airline", "airlines",
      "carmaker", "carmakers", "automaker", "retailer", "retailers", "supermarket", "supermarkets", "insurer", "bank",
      "banks", "lender", "conglomerate", "corporation", "brewer", "chipmaker", "maker", "makers", "startup");

  /** A business doer: "the airline declared war on its rivals", "technology firms are waging a battle for engineers". */
  private static boolean firm(SentenceGraph g, int k) {
    return !g.token(k).isProperNoun() && FIRMS.contains(g.lemma(k).toLowerCase(Locale.ROOT)) && CommercialDeals.business(g, k);
  }

  /** Who does the act: the subject, the agent of a passive ("besieged by cheap imports"), a light verb's subject. */
  private static Integer doer(SentenceGraph g, int i) {
    Integer s = g.token(i).isVerb() ? g.subject(i) : null;
    if (s != null) return s;
    // "the airline declared war on its rivals", "firms are waging a battle for engineers"
    if (g.token(i).isNoun() && g.relation(i).equals("obj") && g.head(i) >= 0 && g.subject(g.head(i)) != null) {
      return g.subject(g.head(i));
    }
    for (int c : g.children(i)) if (g.baseRelation(c).equals("obl") && "by".equals(g.caseMarker(c))) return c;
    return null;
  }
}
