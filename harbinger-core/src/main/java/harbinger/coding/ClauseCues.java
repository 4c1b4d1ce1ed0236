package harbinger.coding;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;

/**
 * Clauses of cue verbs that {@link QuoteCues} reads otherwise: a stance verb with a "that" or "whether" clause
 * instead of an object ("disputed that the count had been fair", "challenged whether the witness was there"), and
 * the content of a reporting verb without a coordinated report of the same source ("They wrote that X, and they
 * demanded Y": the demand is a second attribution, not part of what was written). Pure functions over a
 * {@link SentenceGraph}.
 */
final class ClauseCues {
  private ClauseCues() {}

  private static final Set<String> CLAUSE_MARKERS = Set.of("that", "whether", "if");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");

  /**
   * The clause of a stance verb that is no reporting verb, marked "that", "whether" or "if" and after the verb;
   * an attribution only with a source, as every stance content is.
   */
  static QuoteCues.Content stanceClause(SentenceGraph g, int v) {
    if (!QuoteCues.STANCE.contains(g.lemma(v)) || QuoteCues.REPORTING.contains(g.lemma(v)) || !g.token(v).isVerb()) return QuoteCues.Content.NONE;
    Integer clause = g.child(v, "ccomp");
    if (clause == null || clause < v) return QuoteCues.Content.NONE;
    String marker = g.caseMarker(clause);
    if (marker == null || !CLAUSE_MARKERS.contains(marker)) return QuoteCues.Content.NONE;
    return new QuoteCues.Content(g.subtree(clause), true);
  }

  /**
   * The content without a clause coordinated into it that is a report of its own by the same source: a finite cue
   * verb joined by "and" with no "that" of its own, whose subject is a pronoun or the reporting verb's subject word
   * ("..., and they demanded that ...", "..., and the senators urged ..."). "... and that voters had lost patience"
   * is not removed here: its "that" makes it a second reported clause, which {@link ThatClauses} splits into a claim of
   * its own by the same speaker.
   */
  static BitSet withoutCoordinatedReports(SentenceGraph g, int v, BitSet content) {
    Integer speaker = g.subject(v);
    if (speaker == null) return content;
    BitSet out = (BitSet) content.clone();
    for (int c = content.nextSetBit(0); c >= 0; c = content.nextSetBit(c + 1)) {
      if (c == v || !g.baseRelation(c).equals("conj") || !g.token(c).pos().matches("VBD|VBZ|VBP") || !QuoteCues.isCue(g.lemma(c))
          || g.caseMarker(c) != null) continue;
      Integer own = g.subject(c);
      if (own == null || own > c) continue;
      String word = g.word(own).toLowerCase(Locale.ROOT);
      if (!PRONOUNS.contains(word) && !g.lemma(own).equals(g.lemma(speaker))) continue;
      BitSet cut = g.subtree(c);
      int first = cut.nextSetBit(0) - 1; // and the comma before it
      if (first >= 0 && g.word(first).equals(",")) cut.set(first);
      out.andNot(cut);
    }
    return out;
  }
}
