package harbinger.coding;

import java.util.Locale;
import java.util.Set;

/**
 * Phrases that only a match report uses, which {@link MatchReports} counts as a report of a game even without a score:
 * a shoot-out that a side won or lost, or that penalties name when the tokenizer split its hyphen ("won the shoot-out
 * at Wembley", "a penalty shoot - out"); the try line of rugby; and the hour mark of a football match ("held firm
 * until the hour mark"). Not the halves of a game: "the second half" is as often a half-year of company results.
 * Countries named as teams in such a sentence are sides in a game, so its war words (laid siege, attacked, shot down)
 * are sport (session 23). Stateless.
 */
final class GamePhrases {
  private GamePhrases() {}

  /** Verbs by which a side settles a shoot-out. */
  private static final Set<String> SETTLING = Set.of("win", "lose");

  /** The shoot-out at {@code k} (its last token) is won or lost by a side, or follows "penalty". */
  static boolean settled(SentenceGraph g, int k) {
    int start = g.word(k).equalsIgnoreCase("out") && k >= 2 ? k - 2 : k;
    if (start > 0 && g.word(start - 1).equalsIgnoreCase("penalty")) return true;
    for (int t = start; t <= k; t++) {
      int h = g.head(t);
      if (h >= 0 && g.token(h).isVerb() && SETTLING.contains(g.lemma(h).toLowerCase(Locale.ROOT)) && g.relation(t).equals("obj")) return true;
    }
    return false;
  }

  /** Token {@code k} heads a phrase of a game's time or field: "the try line", "the hour mark". */
  static boolean matchTime(SentenceGraph g, int k) {
    String w = g.word(k).toLowerCase(Locale.ROOT);
    if (w.equals("try-line")) return true;
    if ((w.equals("line") || w.equals("mark")) && k > 0) {
      String before = g.word(k - 1).toLowerCase(Locale.ROOT);
      return w.equals("line") ? before.equals("try") : before.equals("hour") && !hasOf(g, k);
    }
    return false;
  }

  /** The noun has an "of" phrase ("the second half of the year", "the hour mark of ..."). */
  private static boolean hasOf(SentenceGraph g, int k) {
    for (int c : g.children(k)) if (g.baseRelation(c).equals("nmod") && "of".equals(g.caseMarker(c))) return true;
    return false;
  }
}
