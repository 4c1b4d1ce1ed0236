package harbinger.coding;

import java.util.Locale;
import java.util.Set;

/**
 * Acts told by a work of art, a show or an exhibition, or done by a character: "the exhibition recalls how Napoleon
 * invaded Russia", "the play depicts an army besieging a medieval town", "the hero of the novel assassinates a
 * general". Nothing is reported as happening: the act is the content of a story or a display. The signs are a
 * telling verb whose subject is such a work, with the act in its complement; a doer that is a character or one "of"
 * a work; or a setting "in the film". A report or a statement describing acts is no such work: "the report describes
 * how troops tortured detainees" stays. Stateless.
 */
final class Depictions {
  private Depictions() {}

  /** Works of art, entertainment and display. */
  private static final Set<String> WORKS = Set.of("film", "films", "movie", "movies", "documentary", "play",
      "plays", "novel", "novels", "book", "opera", "musical", "drama", "sitcom", "thriller", "episode",
      "exhibition", "exhibit", "museum", "painting", "mural", "poem", "song", "ballad", "tale", "legend", "myth",
      "epic", "saga", "comic", "cartoon", "memoir", "biography", "script", "screenplay");
  // not "show", "display", "game", "series" or "story": "in a show of force", "war games", "in a series of attacks",
  // "in a story published on Monday" are news

  /** Verbs by which a work tells or shows something. */
  private static final Set<String> TELLING = Set.of("recall", "depict", "describe", "portray", "show", "tell",
      "recount", "chronicle", "dramatize", "dramatise", "retell", "imagine", "explore", "follow", "re-create",
      "recreate", "reconstruct", "illustrate", "relate", "trace", "celebrate", "commemorate", "let", "feature");

  /** Doers that are characters of a story. */
  private static final Set<String> CHARACTERS = Set.of("hero", "heroine", "protagonist", "villain", "character",
      "characters", "narrator", "antihero");

  /** Whether trigger {@code i} is an act told by a work or done by a character in one. */
  static boolean told(SentenceGraph g, int i) {
    Integer doer = g.subject(i);
    if (doer != null && character(g, doer)) return true;
    int k = i;
    for (int steps = 0; steps < 12 && k >= 0; steps++) {
      for (int c : g.children(k)) {
        if (g.baseRelation(c).equals("obl") && "in".equals(g.caseMarker(c)) && work(g, c)) return true;
      }
      if (k != i && g.token(k).isVerb() && TELLING.contains(g.lemma(k))) {
        Integer s = g.subject(k);
        if (s != null && work(g, s)) return true;
      }
      k = g.head(k);
    }
    return false;
  }

  private static boolean work(SentenceGraph g, int k) {
    return !g.token(k).isProperNoun() && WORKS.contains(g.lemma(k).toLowerCase(Locale.ROOT));
  }

  /** "the hero", "the hero of the novel": a character, or a doer "of" a work. */
  private static boolean character(SentenceGraph g, int s) {
    String lemma = g.lemma(s).toLowerCase(Locale.ROOT);
    for (int c : g.children(s)) {
      if (g.baseRelation(c).equals("nmod") && "of".equals(g.caseMarker(c)) && work(g, c)) return true;
    }
    return CHARACTERS.contains(lemma);
  }
}
