package harbinger.coding;

import java.util.BitSet;
import org.jspecify.annotations.Nullable;

/**
 * Cue verbs the parser hung as a relative clause when they are the sentence's predicate, or whose reported
 * clause it made the predicate of the noun a relative clause modifies. Each recovery checks a configuration the
 * correct analysis cannot have (a verb as a nominal subject, a sentence with no verb predicate, a relative pronoun
 * with a subject of its own after it and no clause to fill). Complements {@link DetachedSubjects#swallowed}.
 * Pure functions over a {@link SentenceGraph}.
 */
final class RelativeCues {
  private RelativeCues() {}

  /**
   * A reporting verb made a relative clause of the sentence's subject, whose reported clause became the top
   * predicate: "An aide who asked not to be named said the president was ..." ("asked" made the subject of
   * "said"), "The letter, which had ... signatories, said the disclosure was “inconsistent ...”" (a copular
   * top predicate). The verb is finite, has no nominal subject, and either follows a comma or has a verb as its
   * subject; the top predicate follows its object and has a subject whose phrase holds the verb. Returns that
   * subject as speaker and the verb's object with the predicate (without its subject) as content, or null.
   */
  static DetachedSubjects.@Nullable Swallowed swallowedByPredicate(SentenceGraph g, int v) {
    if (!QuoteCues.REPORTING.contains(g.lemma(v)) || !g.token(v).pos().matches("VBD|VBZ|VBP") || !g.baseRelation(v).equals("acl")
        || v < 1) return null;
    Integer own = g.subject(v);
    boolean verbSubject = own != null && g.token(own).isVerb();
    if (own != null && !verbSubject) return null;
    if (!verbSubject && !g.word(v - 1).equals(",")) return null;
    Integer obj = null;
    for (int c : g.children(v)) if (obj == null && c > v && g.baseRelation(c).equals("obj") && g.token(c).isNoun()) obj = c;
    if (obj == null) return null;
    int top = top(g, v);
    if (top <= obj || !predicate(g, top)) return null;
    Integer subject = g.subject(top);
    if (subject == null) subject = g.child(top, "nsubj:pass"); // "An officer, who asked ..., said his men had been ordered"
    if (subject == null || subject > v || !g.subtree(subject).get(v)) return null;
    BitSet content = g.subtree(top);
    content.andNot(g.subtree(subject));
    content.or(g.subtree(obj));
    content.clear(0, g.subtree(obj).nextSetBit(0));
    return new DetachedSubjects.Swallowed(subject, content);
  }

  /**
   * A cue verb made a relative clause of the noun that heads the whole sentence, which then has no verb
   * predicate: "The association, which filed one of the requests, rejected Rousseff's claim" ("which" made the
   * object of "rejected"). The verb is finite, follows a comma and has no nominal subject. Returns the noun as
   * speaker and the verb's words after it as content, or null.
   */
  static DetachedSubjects.@Nullable Swallowed nounPredicate(SentenceGraph g, int v) {
    if (!QuoteCues.isCue(g.lemma(v)) || !g.token(v).pos().matches("VBD|VBZ|VBP") || !g.baseRelation(v).equals("acl") || v < 1
        || !g.word(v - 1).equals(",")) return null;
    int head = g.head(v);
    if (head < 0 || g.head(head) >= 0 || !g.token(head).isNoun() || head > v) return null;
    Integer own = g.subject(v);
    if (own != null && !g.token(own).pos().startsWith("W")) return null;
    BitSet content = g.subtree(v);
    content.clear(0, v + 1);
    int last = content.length() - 1;
    while (last > v && g.baseRelation(last).equals("punct")) content.clear(last--);
    return content.isEmpty() ? null : new DetachedSubjects.Swallowed(head, content);
  }

  /**
   * "..., a theme that analysts say could discourage voters": the parser made the relative pronoun the object of
   * the reporting verb and the reported predicate ("could discourage") the predicate of the modified noun. The
   * verb has a subject of its own after a wh-object and no clause of its own; the noun it modifies is the subject
   * of a predicate after the verb. Returns the verb's subject as speaker and that predicate, without its subject,
   * as content, or null.
   */
  static DetachedSubjects.@Nullable Swallowed relativeReport(SentenceGraph g, int v) {
    if (!QuoteCues.REPORTING.contains(g.lemma(v)) || !g.token(v).isVerb() || !g.baseRelation(v).equals("acl")) return null;
    Integer speaker = g.subject(v);
    Integer pronoun = g.child(v, "obj");
    if (speaker == null || pronoun == null || !g.token(pronoun).pos().startsWith("W") || pronoun > speaker || speaker > v
        || g.child(v, "ccomp", "xcomp") != null) return null;
    int noun = g.head(v);
    int predicate = noun >= 0 ? g.head(noun) : -1;
    if (predicate <= v || !g.relation(noun).startsWith("nsubj") || !predicate(g, predicate)) return null;
    BitSet content = g.subtree(predicate);
    content.andNot(g.subtree(noun));
    content.clear(0, v + 1); // the reported words follow the verb; what precedes the noun is the sentence around it
    return content.isEmpty() ? null : new DetachedSubjects.Swallowed(speaker, content);
  }

  /**
   * "a decline that analysts conceded would be hard to reverse", "a measure that farm groups said could cost them
   * ...", parsed other ways than {@link #relativeReport} reads: the reporting verb heads a relative clause (or a
   * clause the parser hung on the noun) with a wh-word before its subject and no clause of its own, and the word
   * after it is a modal whose predicate lies outside the verb's phrase. The predicate's words after the verb are what
   * the subject says. Returns the verb's subject as speaker and those words, or null.
   */
  static DetachedSubjects.@Nullable Swallowed modalAfterRelative(SentenceGraph g, int v) {
    if (!QuoteCues.REPORTING.contains(g.lemma(v)) || !g.token(v).pos().matches("VBD|VBZ|VBP") || v + 1 >= g.size()
        || g.child(v, "ccomp", "xcomp") != null) return null;
    String rel = g.relation(v);
    int noun = g.head(v);
    if (noun < 0 || !g.token(noun).isNoun() || !(rel.equals("acl:relcl") || rel.equals("ccomp"))) return null;
    Integer speaker = g.subject(v);
    Integer wh = null;
    for (int c : g.children(v)) if (c < v && g.token(c).pos().matches("WDT|WP") && g.baseRelation(c).matches("obj|dep")) wh = c;
    if (speaker == null || wh == null || speaker < wh || speaker > v) return null;
    int modal = v + 1;
    int predicate = g.head(modal);
    if (!g.token(modal).pos().equals("MD") || predicate < 0 || g.subtree(v).get(predicate)) return null;
    BitSet content = g.subtree(predicate);
    content.clear(0, v + 1);
    return content.isEmpty() ? null : new DetachedSubjects.Swallowed(speaker, content);
  }

  /**
   * A relative clause without a relative pronoun whose verb is a stance or naming cue with the modified noun as its
   * gap: "a condition other governments have described as unworkable", "the hot pursuit the government had
   * claimed". The verb follows its own subject, which follows the noun, and has no object of its own. Returns the
   * subject as speaker and the noun's phrase before the subject as content, or null.
   */
  static DetachedSubjects.@Nullable Swallowed contactRelative(SentenceGraph g, int v) {
    String lemma = g.lemma(v);
    if (!(QuoteCues.STANCE.contains(lemma) || QuoteCues.NAMING.contains(lemma) || QuoteCues.PORTRAYING.contains(lemma))
        || QuoteCues.ADDRESSEE.contains(lemma) || !g.token(v).isVerb()) return null;
    Integer speaker = g.subject(v);
    if (speaker == null || speaker > v) return null;
    int noun = g.baseRelation(v).matches("acl|dep") ? g.head(v) : -1;
    if (noun < 0) { // "..., a figure the board has described as unrealistic" with the noun a loose dependent of the verb
      for (int c : g.children(v)) {
        int first = g.subtree(c).nextSetBit(0);
        if (c < speaker && g.baseRelation(c).equals("dep") && first > 0 && g.word(first - 1).equals(",")) noun = c;
      }
    }
    if (noun < 0 || noun > v || !g.token(noun).isNoun() || speaker < noun
        || g.child(v, "obj", "ccomp", "nsubj:pass") != null || g.token(speaker).pos().startsWith("W")) return null;
    for (int c : g.children(v)) if (g.token(c).pos().matches("WDT|WP|IN") && c < speaker) return null; // "that"/"which" is another frame
    for (int k = noun + 1; k < speaker; k++) if (!g.subtree(speaker).get(k)) return null; // the subject follows the noun directly
    BitSet content = g.subtree(noun);
    content.clear(g.subtree(speaker).nextSetBit(0), g.size());
    return content.isEmpty() || !QuoteSources.plausible(g, speaker, false) ? null : new DetachedSubjects.Swallowed(speaker, content);
  }

  private static int top(SentenceGraph g, int v) {
    int top = v;
    while (g.head(top) >= 0) top = g.head(top);
    return top;
  }

  /** A verb, or a copular predicate ("was “inconsistent with policy”"). */
  private static boolean predicate(SentenceGraph g, int i) {
    return g.token(i).isVerb() || g.child(i, "cop") != null;
  }
}
