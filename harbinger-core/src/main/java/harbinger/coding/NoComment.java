package harbinger.coding;

import harbinger.lexicon.LexiconEntry;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A negated comment: "officials would not comment on the fate of the students", "the ministry did not comment",
 * "the spokesman could not immediately comment" are CAMEO 011 (decline comment). "Comment" is a reporting verb, which
 * the lexicon may not hold as a row, so the rule lives here; "declined to comment" and "no comment" are lexicon rows,
 * but "refused to comment" is decided here too, before the topic rows of "refuse", and "would neither confirm nor deny"
 * is no denial (session 13). Stateless.
 */
final class NoComment {
  private NoComment() {}

  /** Verbs whose negation declines to speak. */
  private static final Set<String> VERBS = Set.of("comment", "elaborate");

  /** Negators of a verb. */
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never");

  /**
   * Verbs of telling whose negation is a refusal only with "would" or "will" and an open question as what is not told:
   * "would not say whether the journalists would be freed", "will not disclose where the talks are held". "Did not
   * say when" only leaves something out, and "would not say that" is no question.
   */
  private static final Set<String> TELLING = Set.of("say", "disclose", "reveal", "confirm", "specify", "identify", "discuss");

  /** Modals that make a negated verb of telling a refusal. */
  private static final Set<String> REFUSING_MODALS = Set.of("would", "will", "wo");

  /** Question words opening what is not told. */
  private static final Set<String> QUESTIONS = Set.of("whether", "if", "how", "when", "where", "what", "who", "why", "which");

  /**
   * True when verb {@code i} is "comment" (or "elaborate") negated by its own "not" or "never", or a verb of telling
   * negated with "would" or "will" whose clause is an open question ("would not say whether ...").
   */
  static boolean negated(SentenceGraph g, int i) {
    String lemma = g.lemma(i).toLowerCase(Locale.ROOT);
    if (REFUSING.contains(lemma)) return refusesComment(g, i);
    if (PAIRED.contains(lemma) && neitherNor(g, i)) return true;
    boolean comment = VERBS.contains(lemma);
    if (!comment && !TELLING.contains(lemma)) return false;
    boolean not = false;
    boolean modal = false;
    boolean question = false;
    boolean nothing = false;
    boolean habit = false;
    for (int c : g.children(i)) {
      String r = g.baseRelation(c);
      String w = g.word(c).toLowerCase(Locale.ROOT);
      if ((r.equals("advmod") || r.equals("neg")) && NEGATORS.contains(w)) not = true;
      if ((r.equals("advmod") || r.equals("neg")) && w.equals("never") || r.equals("aux") && HABIT_AUX.contains(w)) habit = true;
      if (r.equals("aux") && REFUSING_MODALS.contains(w)) modal = true;
      if ((r.equals("ccomp") || r.equals("advcl")) && opensQuestion(g, c)) question = true;
      if (r.equals("obj") && w.equals("nothing")) nothing = true;
    }
    // "the ministry would say nothing about reports that ...": a refusal told with "nothing" as what is told (session 21)
    if (modal && nothing && !lemma.equals("discuss")) return true;
    // "it does not discuss such matters", "never discusses operational matters", "would not discuss the arrests": a
    // refusal or a standing policy of silence, unless talks with a partner are refused ("would not discuss the
    // border with Syria" rejects negotiation, 125) (session 21)
    if (lemma.equals("discuss") && not && (modal || habit) && ArgumentFinder.obliqueWith(g, i, List.of("with")) == null) return true;
    return not && (comment || modal && question);
  }

  /** Auxiliaries of a present habit: "it does not discuss", "they do not comment". */
  private static final Set<String> HABIT_AUX = Set.of("does", "do");

  /**
   * Verbs of refusing whose own infinitive is "comment": "the Kremlin refused to comment on reports that Russian jets
   * had struck a base" declines comment whatever the reports are about (the lexicon's topic rows for "refuse" would
   * read the reported strike as a refused topic).
   */
  private static final Set<String> REFUSING = Set.of("refuse", "decline");

  /** The verbs of "would neither confirm nor deny", which says nothing either way. */
  private static final Set<String> PAIRED = Set.of("confirm", "deny");

  private static boolean refusesComment(SentenceGraph g, int i) {
    Integer x = g.child(i, "xcomp");
    return x != null && VERBS.contains(g.lemma(x).toLowerCase(Locale.ROOT));
  }

  /** True when {@code i} is "confirm" or "deny" in "neither confirm nor deny" (either verb heading the pair). */
  private static boolean neitherNor(SentenceGraph g, int i) {
    int first = g.relation(i).equals("conj") && g.head(i) >= 0 ? g.head(i) : i;
    if (!PAIRED.contains(g.lemma(first).toLowerCase(Locale.ROOT))) return false;
    boolean neither = false;
    boolean other = false;
    for (int c : g.children(first)) {
      if (g.word(c).equalsIgnoreCase("neither")) neither = true;
      if (g.relation(c).equals("conj") && PAIRED.contains(g.lemma(c).toLowerCase(Locale.ROOT)) && c != first) other = true;
    }
    return neither && other;
  }

  /** True when clause {@code c} opens with a question word ("whether the journalists would be freed"). */
  private static boolean opensQuestion(SentenceGraph g, int c) {
    for (int k : g.children(c)) {
      if (k > c) continue;
      String r = g.baseRelation(k);
      if ((r.equals("mark") || r.equals("advmod") || r.equals("nsubj") || r.equals("obj") || r.equals("det"))
          && QUESTIONS.contains(g.word(k).toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }

  static Trigger trigger(SentenceGraph g, int i) {
    return new Trigger(i, new LexiconEntry("011", g.lemma(i), false, null, List.of(), false, "NoComment"));
  }
}
