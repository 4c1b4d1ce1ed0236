package harbinger.coding;

/**
 * The source behind "its" on a cue noun whose verb has no subject of its own, when the parser has broken the
 * coordination that gave it one (session 18): "Fair Lending Now tweeted that the hearing showed regulators had been
 * asleep and renewed its call for the bank to be broken up" hangs "renewed" on the reported clause, and "its" is then
 * resolved through the discourse to whatever country or firm was named last. News writes such a sentence about the
 * organisation that speaks first in it: the subject of the first reporting verb before "its", when that subject is a
 * singular noun that is no person. Pure functions over a {@link SentenceGraph}.
 */
final class PossessiveSources {
  private PossessiveSources() {}

  /** The token that "its" at {@code its} stands for, or -1 when this rule does not apply. */
  static int reporter(SentenceGraph g, int its) {
    if (!g.word(its).equalsIgnoreCase("its") || !g.relation(its).equals("nmod:poss")) return -1;
    int noun = g.head(its);
    int verb = noun < 0 ? -1 : g.head(noun);
    if (verb < 0 || !g.token(verb).isVerb() || g.subject(verb) != null) return -1;
    for (int v = 0; v < its; v++) {
      if (!g.token(v).isVerb() || !QuoteCues.REPORTING.contains(g.lemma(v))) continue;
      Integer subject = g.subject(v);
      if (subject == null || subject > v || !g.token(subject).isNoun() || g.token(subject).isPronoun()) return -1;
      if (g.token(subject).pos().matches("NNS|NNPS") || g.token(subject).ner().equals("PERSON")) return -1;
      return subject;
    }
    return -1;
  }
}
