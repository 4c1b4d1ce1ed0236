package harbinger.coding;

import java.util.Locale;
import java.util.Set;

/**
 * Meetings, attacks, defeats and bans of sport: "the two sides met in the semi-final", "his bowlers destroyed the
 * batting line-up", "the team would attack from the first whistle", "was banned for three matches". CAMEO codes what
 * political actors do to each other; a match is no meeting of parties and a rout on the field no destruction. The
 * sign is a word that only sport uses, as a participant or a circumstance of the trigger itself (its subject, object
 * or a prepositional complement, or a modifier of one of them), not anywhere in the sentence: "fans clashed with police
 * after the match" stays a riot, because the match is only when it happened. Stateless.
 */
final class SportsSenses {
  private SportsSenses() {}

  /** Words of sport only: competitions, their stages, players by position, and the field's own terms. */
  static final Set<String> SPORT = Set.of("final", "finals", "semi-final", "semi-finals", "semifinal", "semifinals",
      "quarter-final", "quarter-finals", "quarterfinal", "quarterfinals", "match", "matches", "tournament",
      "championship", "championships", "league", "cup", "derby", "fixture", "fixtures", "innings", "wicket",
      "wickets", "batting", "bowling", "whistle", "kickoff", "kick-off", "half-time", "halftime", "olympics", "medal",
      "medals", "playoff", "playoffs", "play-off", "play-offs", "scrum", "touchdown",
      // the games by name, as modifiers of players and teams ("the tennis player fought back to beat ...")
      "tennis", "football", "soccer", "cricket", "rugby", "basketball", "volleyball", "handball", "hockey", "golf",
      "chess", "snooker", "marathon", "qualifier", "qualifiers", "boxing", "athletics",
      // the field's own terms
      "equaliser", "equalizer", "equalisers", "equalizers", "goalmouth", "hat-trick");

  /** Players by position: sport when they do the act ("his bowlers destroyed"), not when it is done to them
   *  ("deported a footballer"). */
  static final Set<String> PLAYERS = Set.of("bowler", "bowlers", "batsman", "batsmen", "goalkeeper", "goalkeepers",
      "midfielder", "midfielders", "footballer", "footballers", "striker", "strikers", "coach", "coaches",
      "grandmaster", "grandmasters", "runner", "runners", "sprinter", "sprinters", "boxer", "boxers", "defender",
      "defenders", "winger", "wingers", "forward", "forwards");

  /** Halves of a match ("in the second half"), named by their ordinal. */
  private static final Set<String> HALVES = Set.of("first", "second", "opening", "closing");

  /** Relations through which a word is a participant or a circumstance of the trigger. */
  private static final Set<String> ARGUMENTS = Set.of("nsubj", "obj", "iobj", "obl", "nmod");

  /** Modifiers of a participant that name it by sport: "the batting line-up", "the cup holders". */
  private static final Set<String> MODIFIERS = Set.of("compound", "amod", "nmod");

  /** True when a participant or circumstance of trigger {@code i}, or a modifier of one, is a word of sport. */
  static boolean sporting(SentenceGraph g, int i) {
    // "a fiercely fought qualifier": a participle describing a sporting occasion
    int h = g.head(i);
    // "laid siege to the goal in the second half": a noun made a verb's object by a light verb takes the verb's circumstances
    if (!g.token(i).isVerb() && g.baseRelation(i).equals("obj") && h >= 0 && LIGHT_VERBS.contains(g.lemma(h)) && circumstance(g, h, i)) return true;
    if (h >= 0 && (g.relation(i).equals("amod") || g.relation(i).startsWith("acl")) && sport(g, h)) return true;
    // "was sent off for attacking an opponent": the act for which a player was punished on the field
    if (h >= 0 && g.relation(i).startsWith("advcl")) {
      Integer s = g.subject(h);
      if (s != null && PLAYERS.contains(g.lemma(s).toLowerCase(Locale.ROOT))) return true;
    }
    for (int c : g.children(i)) {
      if (!ARGUMENTS.contains(g.baseRelation(c))) continue;
      if (sport(g, c) || playedGame(g, c) || half(g, c) || lead(g, c)) return true;
      if (g.relation(c).equals("nsubj") && PLAYERS.contains(g.lemma(c).toLowerCase(Locale.ROOT))) return true;
      for (int d : g.children(c)) if (MODIFIERS.contains(g.baseRelation(d)) && sport(g, d)) return true;
    }
    return false;
  }

  /** Verbs that only carry an event noun ("laid siege to", "mounted an attack on", "launched an assault"). */
  private static final Set<String> LIGHT_VERBS = Set.of("lay", "mount", "launch", "wage", "stage");

  /** A word of sport among the circumstances of verb {@code v} other than the event noun {@code noun} itself. */
  private static boolean circumstance(SentenceGraph g, int v, int noun) {
    for (int c : g.children(v)) {
      if (c != noun && ARGUMENTS.contains(g.baseRelation(c)) && (sport(g, c) || half(g, c) || lead(g, c))) return true;
    }
    return false;
  }

  /** "resigned the game": a game that is played, not a war game ("war games", "a game of chicken" aside). */
  private static boolean playedGame(SentenceGraph g, int k) {
    if (!g.lemma(k).equalsIgnoreCase("game") || !g.baseRelation(k).equals("obj")) return false;
    for (int d : g.children(k)) if (g.lemma(d).equalsIgnoreCase("war")) return false;
    return true;
  }

  /** "in the second half": a half of a match, with its ordinal. */
  private static boolean half(SentenceGraph g, int k) {
    if (!g.lemma(k).equalsIgnoreCase("half") || !g.baseRelation(k).equals("obl")) return false;
    for (int d : g.children(k)) if (HALVES.contains(g.lemma(d).toLowerCase(Locale.ROOT))) return true;
    return false;
  }

  /** "shot into the lead": moving into the lead of a race. */
  private static boolean lead(SentenceGraph g, int k) {
    return g.lemma(k).equalsIgnoreCase("lead") && g.baseRelation(k).equals("obl") && "into".equals(g.caseMarker(k));
  }

  /** Words of a sports story beyond those of {@link #SPORT} and {@link #PLAYERS}. */
  private static final Set<String> STORY = Set.of("olympic", "prix", "team-mate", "teammate", "team-mates",
      "teammates", "athlete", "athletes", "cyclist", "cyclists", "judoka", "jockey", "jockeys");

  private static final Set<String> POLITICAL = PrivateWords.defaults().family("political");

  /**
   * A sports story: a word of sport anywhere in the sentence and no political word ({@link PrivateWords}), so that
   * nothing in it is a political act ("the football association imposed a ban on the striker", "the cricket captain
   * praised his bowlers", "the Olympic committee expelled the sprinter"). "Police fired tear gas at football fans" or
   * "the president congratulated the national football team" name a party of the state and stay events; so do names
 * ("the Arab League"), words of sport that are no nouns ("a final warning", "put forward"), figures ("marathon
 * talks") and a state as the doer or the object ("Thailand deported a Bahraini footballer").
   */
  static boolean story(SentenceGraph g) {
    // a match result makes countries teams ({@link MatchReports}): "Iran stunned the United States 2-1"
    boolean result = MatchReports.result(g);
    boolean sport = result;
    for (int k = 0; k < g.size(); k++) {
      String lemma = g.lemma(k).toLowerCase(Locale.ROOT);
      String word = g.word(k).toLowerCase(Locale.ROOT);
      boolean metaphor = result && MatchReports.WAR_WORDS.contains(lemma); // "fought off a spirited English attack"
      if (!metaphor && (POLITICAL.contains(lemma) || POLITICAL.contains(word))) return false;
      if (countryParty(g, k) && !result) return false;
      boolean noun = g.token(k).isNoun() && !g.token(k).isProperNoun();
      if (STORY.contains(word) || noun && (PLAYERS.contains(word) || sport(g, k) && !figure(g, k)) || tournament(g, k)) sport = true;
    }
    return sport;
  }

  /** Numbers that name a rugby championship with "Nations": "the Five Nations", "the Six Nations", "the Tri Nations". */
  private static final Set<String> NATIONS_COUNTS = Set.of("four", "five", "six", "tri");

  /** "came away beaten in the Five Nations": a championship named by the count of its nations (a proper name); not
   *  as a modifier ("Six Nations protesters", the Haudenosaunee of Ontario). */
  private static boolean tournament(SentenceGraph g, int k) {
    return k > 0 && g.word(k).equals("Nations") && !g.relation(k).equals("compound") && NATIONS_COUNTS.contains(g.word(k - 1).toLowerCase(Locale.ROOT))
        && Character.isUpperCase(g.word(k - 1).charAt(0));
  }

  /** "Thailand deported a footballer", "Russia freed a basketball player": a state as the doer or the object. */
  static boolean countryParty(SentenceGraph g, int k) {
    if (!g.token(k).isProperNoun() || !"COUNTRY".equals(g.token(k).ner())) return false;
    String rel = g.baseRelation(k);
    return rel.equals("nsubj") || rel.equals("obj") || rel.equals("iobj");
  }

  /** "marathon talks", "a cup of tea" aside: a game's name modifying a noun of no sport is a figure. */
  private static boolean figure(SentenceGraph g, int k) {
    String rel = g.relation(k);
    return g.word(k).equalsIgnoreCase("marathon") && (rel.equals("compound") || rel.equals("amod"));
  }

  private static boolean sport(SentenceGraph g, int k) {
    return SPORT.contains(g.lemma(k).toLowerCase(Locale.ROOT)) || SPORT.contains(g.word(k).toLowerCase(Locale.ROOT));
  }
}
