package harbinger.coding;

import java.util.BitSet;
import org.jspecify.annotations.Nullable;

/**
 * Speakers the parser detached from their reporting verb, recovered for {@link QuoteSpeakers} and
 * {@link ReportedSpeech}. Each recovery checks a configuration that the correct analysis cannot have: a finite
 * reporting verb with no subject right after a noun phrase that opens a new conjunct, or a "said" inside a
 * relative clause of the sentence's own subject with the reported clause made the sentence's predicate. Pure
 * functions over a {@link SentenceGraph}.
 */
final class DetachedSubjects {
  private DetachedSubjects() {}

  /** Content and speaker of a reporting verb whose reported clause the parser made the sentence's predicate. */
  record Swallowed(int speaker, BitSet content) {}

  /**
   * The noun phrase right before a finite reporting verb that has no subject of its own, when that phrase opens a
   * conjunct (after a comma or conjunction, or at the start of the sentence): "Trump won seven states, and party
   * leaders who have opposed him said ..." with "leaders" made an apposition and "said" a loose dependent of
   * "won", whose subject is not the speaker. The phrase may be the subject the parser gave a participle it took for
   * a reduced relative ("..., and several state polls published over the weekend showed ..."). Returns the head
   * noun, or null.
   */
  static @Nullable Integer precedingPhrase(SentenceGraph g, int v) {
    if (g.subject(v) != null || v < 2 || !g.token(v).pos().matches("VBD|VBZ|VBP")) return null;
    int k = v - 1;
    if (g.baseRelation(k).equals("punct")) return null;
    for (int steps = 0; k >= 0 && k < v && steps < 6; steps++) {
      if (lastWord(g, g.subtree(k)) != v - 1) return null; // the phrase must end right before the verb
      if (g.token(k).isNoun() && !g.baseRelation(k).matches("obj|iobj|obl|nmod|compound") && opens(g, k)
          && QuoteSources.plausible(g, k, false)) return k;
      if (g.token(k).pos().equals("VBN") && !auxiliary(g, k)) { // "polls published over the weekend"
        Integer subject = g.subject(k);
        if (subject != null && subject < k && opens(g, subject) && QuoteSources.plausible(g, subject, false)) return subject;
      }
      k = g.head(k);
    }
    return null;
  }

  /**
   * "Pruett, a Republican who faces re-election in November, said the ruling would cause confusion": the parser
   * hung "said" as a relative clause inside the sentence's subject and made "cause" the predicate of "Pruett". The
   * reporting verb is finite, follows a comma, has no subject and an object after it; the sentence's top predicate
   * follows it and has a subject whose phrase holds the verb. Returns that subject as speaker and, as content, the
   * verb's object with the predicate (without its subject), or null.
   */
  static @Nullable Swallowed swallowed(SentenceGraph g, int v) {
    if (!QuoteCues.REPORTING.contains(g.lemma(v)) || !g.token(v).pos().matches("VBD|VBZ|VBP") || g.subject(v) != null
        || !g.baseRelation(v).equals("acl") || !g.word(v - 1).equals(",")) return null;
    Integer obj = null;
    for (int c : g.children(v)) if (obj == null && c > v && g.baseRelation(c).equals("obj") && g.token(c).isNoun()) obj = c;
    if (obj == null) return null;
    int top = v;
    while (g.head(top) >= 0) top = g.head(top);
    if (top <= obj || !g.token(top).isVerb()) return null;
    Integer subject = g.subject(top);
    if (subject == null || subject > v || !g.subtree(subject).get(v)) return null;
    BitSet content = g.subtree(top);
    content.andNot(g.subtree(subject));
    content.or(g.subtree(obj));
    content.clear(0, obj);
    return new Swallowed(subject, content);
  }

  /**
   * "A poll published on Sunday showed him trailing Mrs. Clinton": the tagger saw "showed him trailing" as "was
   * trailing" and the parser made the reporting verb an auxiliary of the reported predicate, which hangs loose on
   * the participle of the subject ("poll published"). The reporting verb is finite, an auxiliary of a verb after
   * it, and that verb depends on a verb before it whose subject precedes the reporting verb and can be a source.
   * Returns that subject as speaker and the predicate's words after the reporting verb as content, or null.
   */
  static @Nullable Swallowed auxiliaryCue(SentenceGraph g, int v) {
    if (!QuoteCues.REPORTING.contains(g.lemma(v)) || !g.token(v).pos().matches("VBD|VBZ|VBP")
        || !g.baseRelation(v).equals("aux")) return null;
    int clause = g.head(v);
    if (clause <= v || !g.token(clause).isVerb()) return null;
    int host = g.head(clause);
    if (host < 0 || host > v || !g.token(host).isVerb()) return null;
    Integer subject = g.subject(host);
    if (subject == null || subject > v || !QuoteSources.plausible(g, subject, false)) return null;
    BitSet content = g.subtree(clause);
    content.clear(0, v + 1);
    return content.isEmpty() ? null : new Swallowed(subject, content);
  }

  /** Does the phrase of {@code k} open the sentence or follow a comma or a conjunction? */
  private static boolean opens(SentenceGraph g, int k) {
    int start = g.subtree(k).nextSetBit(0);
    return start == 0 || g.word(start - 1).equals(",") || g.token(start - 1).pos().equals("CC");
  }

  private static boolean auxiliary(SentenceGraph g, int k) {
    for (int c : g.children(k)) if (g.baseRelation(c).equals("aux")) return true;
    return false;
  }

  private static int lastWord(SentenceGraph g, BitSet tokens) {
    int last = tokens.length() - 1;
    while (last > 0 && tokens.get(last) && g.baseRelation(last).equals("punct")) last = tokens.previousSetBit(last - 1);
    return last;
  }
}
