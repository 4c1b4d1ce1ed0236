package harbinger.coding;

import java.util.Set;

/**
 * Who a cue belongs to when the word the parser links it to stands for someone named elsewhere in the phrase or
 * clause: the name a descriptive apposition describes ("Carl Beddoes, a bricklayer from Liverpool who said ...": the
 * relative clause hangs on the apposition, the speaker is the name), and the subject of a verb that repeats its own
 * cue noun ("France renewed its call for ...": the possessive pronoun is France). Pure functions over a
 * {@link SentenceGraph}.
 */
final class CueOwners {
  private CueOwners() {}

  /** Verbs whose subject owns the cue noun they take as object with a possessive pronoun (cue-words.tsv 'repeating'). */
  static final Set<String> REPEATING = CueWords.defaults().family("repeating");

  /**
   * The proper name a common-noun apposition describes ("Beddoes, a bricklayer": "bricklayer" gives "Beddoes"), or
   * the noun itself. Only a common noun set off after a proper noun: "the mayor, Ms. Reed" keeps its own head.
   */
  static int namedInApposition(SentenceGraph g, int noun) {
    int head = g.head(noun);
    if (head < 0 || head > noun || !g.baseRelation(noun).equals("appos") || g.token(noun).isProperNoun()) return noun;
    return g.token(head).isProperNoun() ? head : noun;
  }

  /**
   * The subject of a verb that repeats its own cue ("France renewed its call", "the union repeated its demand") in
   * place of the possessive pronoun that names it; otherwise the possessor unchanged. The cue noun is the verb's
   * object, the possessor a possessive pronoun, and the subject stands before the verb.
   */
  static int possessorOwner(SentenceGraph g, int cueNoun, int possessor) {
    if (!g.token(possessor).pos().equals("PRP$") || !g.baseRelation(cueNoun).equals("obj")) return possessor;
    int verb = g.head(cueNoun);
    if (verb < 0 || !g.token(verb).isVerb() || !REPEATING.contains(g.lemma(verb))) return possessor;
    Integer subject = g.subject(verb);
    return subject != null && subject < verb ? subject : possessor;
  }
}
