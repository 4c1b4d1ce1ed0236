package harbinger.coding;

import java.util.BitSet;
import org.jspecify.annotations.Nullable;

/**
 * Reporting verbs the parser hung on the clause they report, so that the verb has no subject of its own: the
 * speaker is found where the sentence's grammar puts it. Pure functions over a {@link SentenceGraph}; each returns
 * the speaker's head and the content, or null.
 */
final class LooseCues {
  private LooseCues() {}

  /**
   * A reporting participle made the marker of the clause it reports ("X broke off the talks and ordered troops in,
   * saying the rebels had made a mockery of the process": "saying" a mark of "made"): the speaker is the subject of
   * the verb the clause depends on, or, for a coordinated verb without one, of the first conjunct.
   */
  static DetachedSubjects.@Nullable Swallowed markedParticiple(SentenceGraph g, int v) {
    if (!g.token(v).pos().equals("VBG") || !QuoteCues.REPORTING.contains(g.lemma(v)) || !g.baseRelation(v).equals("mark")) return null;
    int clause = g.head(v);
    if (clause <= v || !g.baseRelation(clause).matches("ccomp|advcl|dep|xcomp")) return null;
    int host = g.head(clause);
    if (host < 0 || host > v || !g.token(host).isVerb()) return null;
    Integer subject = g.subject(host);
    if (subject == null && g.baseRelation(host).equals("conj") && g.head(host) >= 0) subject = g.subject(g.head(host));
    if (subject == null || subject > v) return null;
    return new DetachedSubjects.Swallowed(subject, after(g, g.subtree(clause), v));
  }

  /**
   * A finite reporting verb made a loose dependent of the clause it reports, that clause the complement of a
   * participle the parser took for the main verb ("A poll published Saturday suggested the race was tied":
   * "published" the root, "suggested" a dependent of "tied"): the speaker is the participle's subject, when it can be
   * a source.
   */
  static DetachedSubjects.@Nullable Swallowed depOfReported(SentenceGraph g, int v) {
    if (!QuoteCues.REPORTING.contains(g.lemma(v)) || !g.token(v).pos().matches("VBD|VBZ|VBP")
        || !g.baseRelation(v).equals("dep") || g.subject(v) != null) return null;
    int clause = g.head(v);
    if (clause <= v || !g.token(clause).isVerb() && g.child(clause, "cop") == null || !g.baseRelation(clause).matches("ccomp|xcomp")) return null;
    int host = g.head(clause);
    if (host < 0 || host > v || !g.token(host).pos().equals("VBN") || g.child(host, "aux", "aux:pass", "obj") != null) return null;
    Integer subject = g.subject(host);
    if (subject == null || subject > host || !QuoteSources.plausible(g, subject, false)) return null;
    BitSet content = after(g, g.subtree(clause), v);
    return content.isEmpty() ? null : new DetachedSubjects.Swallowed(subject, content);
  }

  /**
   * A participial cue opening the sentence that the parser made the root, hanging the main clause inside its
   * object ("Calling the budget “a betrayal,” the union leader urged members to strike": "urged" a dependent of
   * "budget"): the speaker is the subject of that main clause, which opens after a comma; the content is the
   * participle's own, without the main clause.
   */
  static DetachedSubjects.@Nullable Swallowed frontedParticiple(SentenceGraph g, int v) {
    if (v != 0 || !g.token(v).pos().equals("VBG") || !QuoteCues.isCue(g.lemma(v)) || g.head(v) >= 0 || g.subject(v) != null) return null;
    BitSet own = g.subtree(v);
    for (int u = v + 1; u < g.size(); u++) {
      if (!own.get(u) || !g.token(u).pos().matches("VBD|VBZ|VBP") || !g.baseRelation(u).matches("dep|parataxis")) continue;
      Integer subject = g.subject(u);
      if (subject == null || subject > u) continue;
      int start = g.subtree(subject).nextSetBit(0);
      if (start < 1 || !g.word(start - 1).equals(",") && !(start > 1 && g.word(start - 2).equals(","))) continue;
      BitSet content = (BitSet) QuoteCues.content(g, v).tokens().clone();
      content.andNot(g.subtree(u));
      content.clear(start, g.size());
      return content.isEmpty() ? null : new DetachedSubjects.Swallowed(subject, content);
    }
    return null;
  }

  /** The tokens after {@code v}, without a leading "that". */
  private static BitSet after(SentenceGraph g, BitSet tokens, int v) {
    BitSet out = (BitSet) tokens.clone();
    out.clear(0, v + 1);
    int first = out.nextSetBit(0);
    if (first >= 0 && g.lemma(first).equals("that") && g.baseRelation(first).equals("mark")) out.clear(first);
    return out;
  }

  /** Verbs of putting a question to someone. */
  private static final java.util.Set<String> ASKING = java.util.Set.of("ask", "press", "question", "quiz", "query", "challenge", "push");

  /**
   * A question put to the sentence's subject by someone the sentence does not name ("Asked whether he would run,
   * Smith declined to comment"; "Pressed on whether ..., the minister said only that ..."; "She was asked
   * whether ..."): a past participle of asking with no "by" agent. What was asked is no statement of the subject's,
   * and its asker is unnamed, so it is attributed to no one.
   */
  static boolean unnamedAsker(SentenceGraph g, int v) {
    if (!g.token(v).pos().equals("VBN") || !ASKING.contains(g.lemma(v)) || QuoteCues.byAgent(g, v)) return false;
    Integer subject = g.subject(v);
    return subject == null || g.child(v, "nsubj:pass") != null;
  }

  /**
   * A reporting verb after a relative clause of the anonymity formula that the parser mistook for the verb's
   * subject ("The official, who asked not to be named, said the commission expected ...": "said" a relative clause
   * of "official" whose subject is "asked" and whose object is "who"): the speaker is the noun before the comma, the
   * content what follows the verb.
   */
  static DetachedSubjects.@Nullable Swallowed garbledRelative(SentenceGraph g, int v) {
    if (!QuoteCues.REPORTING.contains(g.lemma(v)) || !g.relation(v).equals("acl:relcl") || !g.token(v).pos().matches("VBD|VBZ|VBP")) return null;
    int noun = g.head(v);
    Integer subject = g.subject(v);
    if (noun < 0 || noun + 2 >= v || !g.token(noun).isNoun() || subject == null || !g.token(subject).isVerb()
        || !g.word(noun + 1).equals(",") || !g.token(noun + 2).pos().startsWith("W") || !g.word(v - 1).equals(",")) return null;
    BitSet content = new BitSet();
    for (int c : g.children(v)) if (c > v && !g.baseRelation(c).equals("punct")) content.or(g.subtree(c));
    return content.isEmpty() ? null : new DetachedSubjects.Swallowed(noun, content);
  }
}
