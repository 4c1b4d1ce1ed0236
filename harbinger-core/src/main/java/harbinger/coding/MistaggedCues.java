package harbinger.coding;

import java.util.BitSet;
import org.jspecify.annotations.Nullable;

/**
 * Reporting verbs the tagger gave a role a verb of saying cannot have in that place, recovered for
 * {@link ReportedSpeech}: "said" made an adjective of the reported clause's subject ("..., who asked not to be named,
 * said ministers had been warned": "said ministers" read like "the said ministers"), and "say" made an auxiliary of
 * the reported predicate in a relative clause without pronoun ("a vote they say was stolen": "say was stolen" read
 * like "may be stolen"). Pure functions over a {@link SentenceGraph}.
 */
final class MistaggedCues {
  private MistaggedCues() {}

  /**
   * A finite reporting verb made the adjectival modifier of the noun right after it, with no determiner before it
   * (the adjective "said" goes with "the"), where that noun is the subject of a predicate after it. The speaker is
   * the subject of the clause the predicate is coordinated with ("The ministry denied the claim and said officers had
   * withdrawn"), or the noun the predicate was hung on as a relative clause ("A supervisor, who asked ..., said
   * managers had ordered ..."). Returns that speaker and the predicate's words from the noun on, or null.
   */
  static DetachedSubjects.@Nullable Swallowed saidAsModifier(SentenceGraph g, int v) {
    if (!QuoteCues.REPORTING.contains(g.lemma(v)) || !g.token(v).pos().equals("VBD") || !g.baseRelation(v).equals("amod")) return null;
    int noun = g.head(v);
    if (noun != v + 1 || !g.token(noun).isNoun() || !g.relation(noun).startsWith("nsubj")) return null;
    for (int c : g.children(noun)) if (c < v && g.baseRelation(c).equals("det")) return null; // "the said property"
    int predicate = g.head(noun);
    if (predicate <= noun || !(g.token(predicate).isVerb() || g.child(predicate, "cop") != null)) return null;
    String rel = g.baseRelation(predicate);
    int host = g.head(predicate);
    Integer speaker = null;
    if (rel.equals("conj") && host >= 0 && host < v) speaker = g.subject(host);
    else if (rel.equals("acl") && host >= 0 && host < v && g.token(host).isNoun()) speaker = host;
    if (speaker == null || speaker > v || g.subtree(speaker).get(v)) return null;
    BitSet content = g.subtree(predicate);
    content.clear(0, v + 1);
    return content.isEmpty() ? null : new DetachedSubjects.Swallowed(speaker, content);
  }

  /**
   * A reporting verb made an auxiliary of the predicate after it, right after that predicate's subject ("a vote they
   * say was stolen", "an election opponents claim was rigged"): the subject is the speaker and the predicate's words
   * after the verb the content. Returns them, or null.
   */
  static DetachedSubjects.@Nullable Swallowed sayAsAuxiliary(SentenceGraph g, int v) {
    if (!QuoteCues.REPORTING.contains(g.lemma(v)) || !g.baseRelation(v).equals("aux") || g.token(v).pos().equals("MD")) return null;
    int predicate = g.head(v);
    if (predicate <= v) return null;
    Integer subject = g.subject(predicate);
    if (subject == null) subject = g.child(predicate, "nsubj:pass");
    if (subject == null || g.subtree(subject).length() != v || g.token(subject).pos().startsWith("W")) return null;
    BitSet content = g.subtree(predicate);
    content.clear(0, v + 1);
    return content.isEmpty() ? null : new DetachedSubjects.Swallowed(subject, content);
  }

  /**
   * A reporting verb given the subject of its reported clause as object, the clause's predicate left without
   * subject after it ("Beale disputed that figure and said service was already recovering", "insisted the state must
   * pay", "told reporters the hospitals had warned him ..."): the verb has an object noun and no clause of its own,
   * and right after the object's phrase stands a tensed predicate (its auxiliary, copula or the verb itself) with no
   * subject of its own. An addressee verb needs a first object before it ("told reporters the hospitals ..."). Returns
   * the object and the predicate's words from the object on, or null; the speaker is the verb's own.
   */
  static @Nullable BitSet objectAsSubject(SentenceGraph g, int v) {
    if (!QuoteCues.REPORTING.contains(g.lemma(v)) || !g.token(v).isVerb() || g.child(v, "ccomp", "xcomp") != null) return null;
    Integer obj = g.child(v, "obj");
    if (obj == null || obj < v || !g.token(obj).isNoun() || g.token(obj).pos().startsWith("W")) return null;
    if (QuoteCues.ADDRESSEE.contains(g.lemma(v)) && g.child(v, "iobj") == null) return null;
    int predicate = predicateAfter(g, g.subtree(obj).length());
    if (predicate < 0) return null;
    BitSet content = g.subtree(predicate);
    content.clear(0, obj);
    content.or(g.subtree(obj));
    return content;
  }

  /**
   * The verb whose subject the parser left out, when it is the noun before {@code verb}: "told reporters the hospitals
   * had warned him" with "warned" hung on "told" and "hospitals" made the object of "told". Returns the noun or null.
   */
  static @Nullable Integer objectBefore(SentenceGraph g, int verb) {
    int host = g.head(verb);
    if (host < 0 || host > verb || !g.token(host).isVerb()) return null;
    Integer obj = g.child(host, "obj");
    if (obj == null || obj < host || !g.token(obj).isNoun() || g.child(host, "ccomp", "xcomp") != null) return null;
    if (QuoteCues.ADDRESSEE.contains(g.lemma(host)) && g.child(host, "iobj") == null) return null;
    return predicateAfter(g, g.subtree(obj).length()) == verb ? obj : null;
  }

  /** The tensed predicate that starts at token {@code k} (itself, or the head of its auxiliary) without a subject; -1 if none. */
  private static int predicateAfter(SentenceGraph g, int k) {
    if (k >= g.size()) return -1;
    int p = g.baseRelation(k).matches("aux|cop") ? g.head(k) : k;
    if (p < k || !(g.token(p).isVerb() || g.child(p, "cop") != null) || g.subject(p) != null || g.child(p, "nsubj:pass", "csubj:pass") != null) return -1;
    if (g.token(p).pos().matches("VBD|VBZ|VBP|MD")) return p;
    for (int c : g.children(p)) if (g.baseRelation(c).matches("aux|cop") && g.token(c).pos().matches("VBD|VBZ|VBP|MD")) return p;
    return -1;
  }
}
