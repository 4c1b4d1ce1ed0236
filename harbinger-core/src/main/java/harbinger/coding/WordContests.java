package harbinger.coding;

import java.util.Set;

/**
 * Fights, battles, wars and clashes that are contests of words, votes or lawsuits rather than of arms, by the ACE
 * definition of an attack ("a violent physical act causing harm or damage") and by CAMEO's own line between verbal
 * conflict (11-13) and fighting (19): "the congressional battle over the spending bills", "an information war",
 * "fighting on social media", "lawmakers clashed over the budget". The lexicon's context words already exclude many
 * such uses ("legal battle"); this check reads the syntax, which nearby words cannot: a modifier of the trigger (or of
 * the war or battle a verb wages), a complement with "over" or "about" naming a law, a policy or a vote, or a
 * complement with "on" or "in" naming a medium. A complement "over" a place or a thing ("clashes over land", "the war
 * over Kashmir") is no sign: such contests are often armed. Contests of skill are no fighting either: a complement
 * "for" a prize or business ("battling for orders") or "at" a competition ("battled their rivals for the title at
 * the culinary competition"). Stateless.
 */
final class WordContests {
  private WordContests() {}

  /** Trigger lemmas of armed contest that also name contests of words. */
  static final Set<String> CONTESTS = Set.of("fight", "fighting", "battle", "war", "clash", "combat", "skirmish");

  /** Modifiers that make a contest one of words, votes, money or media: "an information war", "a budget battle". */
  private static final Set<String> WORDY = Set.of("information", "propaganda", "cyber", "media", "legal", "court",
      "courtroom", "political", "congressional", "parliamentary", "legislative", "budget", "budgetary", "verbal",
      "word", "trade", "price", "tariff", "currency", "ratings", "electoral", "ideological", "culture", "cultural",
      "rhetorical", "diplomatic", "bidding", "custody", "procedural", "partisan", "messaging", "narrative", "twitter",
      "online", "internet", "pr", "advertising", "ad", "lobbying", "policy", "funding", "spending");

  /** What a contest of words is "over" or "about": laws, policies, money and votes. */
  private static final Set<String> ISSUES = Set.of("bill", "law", "legislation", "budget", "spending", "policy",
      "tax", "taxis", "nomination", "nominee", "reform", "rule", "regulation", "funding", "ceiling", "debt",
      "healthcare", "abortion", "vote", "amendment", "appointment", "confirmation", "measure",
      "proposal", "wording", "contract", "pension", "tariff", "subsidy", "narrative",
      "message", "ruling", "verdict", "lawsuit", "case", "impeachment", "procedure");

  /** Contests that are physical even over a law: "protesters clashed with police over the new law". */
  private static final Set<String> SCUFFLES = Set.of("clash", "skirmish", "combat");

  /** Media a contest of words is fought "on" or "in". */
  private static final Set<String> MEDIA = Set.of("internet", "medium", "media", "twitter", "facebook", "television",
      "airwave", "airwaves", "web", "website", "radio", "press", "court", "courtroom", "ballot", "poll", "polls",
      "newspaper", "newspapers", "screen");

  /** What a contest of words or votes is "for": "a battle for the soul of the nation", "the fight for votes". */
  private static final Set<String> PRIZES = Set.of("soul", "souls", "heart", "hearts", "mind", "minds", "vote",
      "votes", "voter", "voters", "nomination", "presidency", "leadership", "ratings", "audience", "audiences",
      "honour", "honours", "honor", "honors", "prize", "prizes", "title", "titles", "award", "awards", "trophy",
      "crown", "medal", "medals",
      // business won from rivals: "Airbus and Boeing are battling for orders"
      "order", "orders", "contract", "contracts", "customer", "customers", "client", "clients", "sale", "sales",
      "subscriber", "subscribers", "viewer", "viewers", "reader", "readers", "listener", "listeners", "investor",
      "investors", "passenger", "passengers", "shopper", "shoppers");

  /** Competitions a contest of skill is fought "at" or "in": "battled for honours at the culinary competition". */
  private static final Set<String> COMPETITIONS = Set.of("competition", "competitions", "contest", "contests",
      "festival", "festivals", "fair", "awards", "olympiad", "race", "pageant", "quiz", "tournament",
      "championship", "championships", "auction");

  /** True when the contest at token {@code i} (a trigger of one of {@link #CONTESTS}) is one of words. */
  static boolean ofWords(SentenceGraph g, int i) {
    if (wordy(g, i)) return true;
    if (g.sentence().token(i).pos().startsWith("V")) {
      Integer o = g.child(i, "obj");
      if (o != null && CONTESTS.contains(g.lemma(o)) && wordy(g, o)) return true;
      // "battled French rivals for top honours": the prize may hang on the object
      if (o != null) {
        for (int c : g.children(o)) {
          if (g.baseRelation(c).equals("nmod") && g.hasMarker(c, "for") && PRIZES.contains(g.lemma(c))) return true;
        }
      }
    }
    return false;
  }

  private static boolean wordy(SentenceGraph g, int i) {
    for (int c : g.children(i)) {
      String rel = g.baseRelation(c);
      String lemma = g.lemma(c);
      if ((rel.equals("amod") || rel.equals("compound")) && WORDY.contains(lemma)) return true;
      if (rel.equals("advmod") && lemma.equals("online")) return true;
      if (rel.equals("nmod") || rel.equals("obl")) {
        if (!SCUFFLES.contains(g.lemma(i)) && (g.hasMarker(c, "over") || g.hasMarker(c, "about"))
            && ISSUES.contains(lemma)) {
          return true;
        }
        if ((g.hasMarker(c, "on") || g.hasMarker(c, "in")) && MEDIA.contains(lemma)) return true;
        if (g.hasMarker(c, "for") && PRIZES.contains(lemma)) return true;
        if ((g.hasMarker(c, "at") || g.hasMarker(c, "in")) && COMPETITIONS.contains(lemma)) return true;
      }
    }
    return false;
  }
}
