package harbinger.coding;

import java.util.Locale;

/**
 * The result of a match told in a sentence: a score ("a 1-1 draw", "stunned the United States 2-1", "beating Belgium
 * 1-0"), a shootout or penalties ("won the semi-final on penalties", "the cup final went to a shoot-out"), or a cricket margin ("a six-wicket victory").
 * So does a word that only a match report uses ("could not find an equaliser"). A sentence that gives one reports a game even when countries are its teams, so its war words ("fought off a
 * spirited English attack", "bombarded the batsmen", "marched on to victory", "fans pouring into the streets") are
 * sport, not acts of states (see {@link SportsSenses#story}). Stateless.
 */
final class MatchReports {
  private MatchReports() {}

  /** True when sentence {@code g} gives a match result. */
  static boolean result(SentenceGraph g) {
    for (int k = 0; k < g.size(); k++) if (TALLIES.contains(g.lemma(k).toLowerCase(Locale.ROOT))) return false;
    for (int k = 0; k < g.size(); k++) {
      String w = g.word(k).toLowerCase(Locale.ROOT);
      if (score(w) || k + 2 < g.size() && goals(w) && dash(g.word(k + 1)) && goals(g.word(k + 2))) return true;
      if ((w.equals("penalties") || w.equals("shootout") || w.equals("shoot-out")) && penaltyPhrase(g, k)) return true;
      if (shootout(g, k) && sportNoun(g)) return true; // "the World Cup final went to a shoot-out"
      if (shootout(g, k) && GamePhrases.settled(g, k)) return true; // "won the shoot-out", "a penalty shoot - out"
      if (GamePhrases.matchTime(g, k)) return true; // "the English try line", "until the hour mark"
      if (w.equals("equaliser") || w.equals("equalizer") || w.equals("hat-trick")) return true;
      if ((w.equals("wicket") || w.endsWith("-wicket")) && k + 1 < g.size() && margin(g.word(k + 1))) return true;
    }
    return false;
  }

  /** Words of war that a match report uses of the game ("a spirited English attack", "a barrage of attacks"). */
  static final java.util.Set<String> WAR_WORDS = java.util.Set.of("attack", "war", "bomb", "bombing", "tank", "tanks");

  /** Words of a vote or a ruling, whose tally ("voted 14-1", "ruled 5-4") is no score. */
  private static final java.util.Set<String> TALLIES = java.util.Set.of("vote", "voted", "ruling", "rule", "ruled",
      "decision", "ballot", "verdict", "margin", "majority");

  /** A shoot-out, written as one word or split at its hyphen ("shoot - out"). */
  private static boolean shootout(SentenceGraph g, int k) {
    String w = g.word(k).toLowerCase(Locale.ROOT);
    if (w.equals("shootout") || w.equals("shoot-out")) return true;
    return w.equals("out") && k >= 2 && g.word(k - 1).equals("-") && g.word(k - 2).equalsIgnoreCase("shoot");
  }

  /** A noun of sport only ({@link SportsSenses#SPORT}: "final", "cup", "match") somewhere in the sentence: a shoot-out
   *  beside one settles a game, not a gunfight between police and gunmen. */
  private static boolean sportNoun(SentenceGraph g) {
    for (int k = 0; k < g.size(); k++) {
      if (g.token(k).isNoun() && SportsSenses.SPORT.contains(g.lemma(k).toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }

  /** "on penalties", "a penalty shootout". */
  private static boolean penaltyPhrase(SentenceGraph g, int k) {
    if (g.word(k).equalsIgnoreCase("penalties")) return "on".equals(g.caseMarker(k));
    return k > 0 && g.word(k - 1).equalsIgnoreCase("penalty");
  }

  private static boolean margin(String w) {
    String x = w.toLowerCase(Locale.ROOT);
    return x.equals("victory") || x.equals("win") || x.equals("defeat") || x.equals("margin");
  }

  /** "2-1" as one token: two goal counts. */
  private static boolean score(String w) {
    int d = w.indexOf('-');
    return d > 0 && goals(w.substring(0, d)) && goals(w.substring(d + 1));
  }

  /** A goal count: one digit or two ("0" to "19"). */
  private static boolean goals(String w) {
    return w.matches("1?\\d");
  }

  private static boolean dash(String w) {
    return w.equals("-") || w.equals("--") || w.equals("\u2013");
  }
}
