package harbinger.coding;

import java.util.Set;

/**
 * What a sentence reports, as opposed to what it only mentions: a bare event (one whose parties the parser or the actor
 * tables cannot name) is kept only when it is the sentence's main predicate ({@link #is}) and its doer is not a
 * stranger ({@link #namedStranger}). Split out of {@link EventCoder}. Stateless.
 */
final class MainPredicate {
  private MainPredicate() {}

  /** Prepositions that set the scene of the reported act rather than name what it is about. */
  private static final Set<String> SETTINGS = Set.of("after", "before", "following", "during", "since", "until", "amid",
      "despite", "at", "in", "on");

  private static final Set<String> MAIN_PATH = Set.of("obj", "obl", "nmod", "xcomp", "ccomp", "amod", "acl");

  /**
   * A verb (or adjective predicate) that is the sentence's main predicate or a complement of it at most two steps
   * down ("X threatened to institute a curfew", "officials said X had denied the permit"), or an event noun that is
   * the main predicate's object or argument ("is responsible for mass killings") or its indefinite subject ("a general
   * strike paralysed the oil industry"): what the sentence reports, even
   * when the parser or the actor tables cannot name its parties. Deeper event nouns are not: their bare mentions
   * are mostly generic ("the fight against terrorism") or background ("after the attack").
   */
  static boolean is(SentenceGraph g, int token) {
    if (!g.token(token).isVerb() && !g.token(token).pos().startsWith("JJ")) {
      // an event noun only as the main predicate's object or argument, not in a setting ("after the attack"); the
      // cause named "as a result of" stands in its carrier's place ("died as a result of torture")
      int k = token;
      if (g.head(k) >= 0 && g.baseRelation(k).equals("nmod") && TriggerFinder.RESULTS.contains(g.lemma(g.head(k)))) k = g.head(k);
      if (g.head(k) >= 0 && g.head(g.head(k)) == -1 && (g.relation(k).equals("obj")
          || g.baseRelation(k).equals("obl") && g.caseMarker(k) != null && !SETTINGS.contains(g.caseMarker(k)))) {
        return true;
      }
      // the subject of a main predicate that is no event itself, introduced by "a" as news: "a general strike
      // paralysed the capital", "a nationwide strike shut schools"; a definite one refers to an event told before
      // ("the bombings have decimated critical sites", "the shooting has triggered outrage")
      return g.relation(token).equals("nsubj") && indefinite(g, token) && g.token(g.head(token)).isVerb()
          && is(g, g.head(token));
    }
    int k = token;
    for (int steps = 0; steps <= 2; steps++) {
      if (g.head(k) == -1) return true;
      if (g.head(k) < 0 || !MAIN_PATH.contains(g.baseRelation(k))) return false;
      k = g.head(k);
    }
    return false;
  }

  private static boolean indefinite(SentenceGraph g, int noun) {
    for (int c : g.children(noun)) {
      if (g.relation(c).equals("det") && (g.lemma(c).equalsIgnoreCase("a") || g.lemma(c).equalsIgnoreCase("an"))) return true;
    }
    return false;
  }

  /**
   * A verb whose subject is a name the actor tables do not know and no title marks as an office holder ("Rovers
   * attacked relentlessly", a football club): nothing says the doer is a political party at all, so its bare event
   * is not kept. A titled name still is ("President Abdelaziz Bouteflicka threatened ...").
   */
  static boolean namedStranger(SentenceGraph g, int token) {
    if (!g.token(token).isVerb()) return false;
    Integer subject = g.subject(token);
    if (subject == null || !g.token(subject).pos().startsWith("NNP")) return false;
    if (g.token(subject).ner().equals("TITLE")) return false;
    for (int c : g.children(subject)) if (g.token(c).ner().equals("TITLE")) return false;
    return true;
  }
}
