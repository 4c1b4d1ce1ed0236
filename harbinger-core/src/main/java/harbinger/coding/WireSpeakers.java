package harbinger.coding;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Speakers of wire-copy attributions that are not the subject of their cue, or that the parser detached from it:
 * a person "quoted" or "cited" by a medium "as saying" something, an organisation or document continued as "it" in
 * the next sentence, the noun opening a sentence whose apposition's relative clause swallowed the reporting verb,
 * and a poll whose participle the parser took for the main verb. Each recovery checks a configuration the ordinary
 * subject rule gets wrong or cannot see. Pure functions over a {@link SentenceGraph} (and, for "it", the sentence
 * before it).
 */
final class WireSpeakers {
  private WireSpeakers() {}

  /** Verbs by which a medium reports someone else's words "as saying" them. */
  private static final Set<String> QUOTING = Set.of("quote", "cite");

  /**
   * The person quoted, for a reporting participle in an "as saying" clause of "quote" or "cite" ("The agency quoted
   * a guard as saying that ...": the guard says it, not the agency). Returns the verb's object, or null.
   */
  static @Nullable Integer quotedPerson(SentenceGraph g, int saying) {
    if (!g.token(saying).pos().equals("VBG") || !QuoteCues.REPORTING.contains(g.lemma(saying)) || !g.hasMarker(saying, "as")) return null;
    int host = g.head(saying);
    return host >= 0 ? quotedObject(g, host, saying) : null;
  }

  /**
   * "X quoted/cited Y as saying ...", read at the verb {@code v} of quoting: the speaker is the object and the
   * content what follows "saying" (empty when the participle heads its own clause, which then reports itself with
   * {@link #quotedPerson} as speaker). The parser may hang "saying" as a loose word on the reported predicate,
   * which takes the "as" ("cited the governor as saying the curfew would be lifted"). Null when {@code v} is no
   * such verb; the caller then must not read the object as the verb's content.
   */
  static DetachedSubjects.@Nullable Swallowed quotedAs(SentenceGraph g, int v) {
    if (!QUOTING.contains(g.lemma(v))) return null;
    for (int c : g.children(v)) {
      if (c <= v || !g.hasMarker(c, "as")) continue;
      int saying = saying(g, c);
      Integer obj = saying < 0 ? null : quotedObject(g, v, c);
      if (obj == null) continue;
      if (saying == c) return new DetachedSubjects.Swallowed(obj, new BitSet());
      BitSet content = g.subtree(c);
      content.clear(0, saying + 1);
      int first = content.nextSetBit(0);
      if (first >= 0 && g.lemma(first).equals("that") && g.baseRelation(first).equals("mark")) content.clear(first);
      return new DetachedSubjects.Swallowed(obj, content);
    }
    return null;
  }

  /** The reporting participle in clause {@code c} right after its "as" ("as saying"), or -1. */
  private static int saying(SentenceGraph g, int c) {
    BitSet sub = g.subtree(c);
    for (int i = sub.nextSetBit(0); i >= 0 && i + 1 < g.size(); i = sub.nextSetBit(i + 1)) {
      if (!g.lemma(i).equals("as")) continue;
      int next = i + 1;
      return g.token(next).pos().equals("VBG") && QuoteCues.REPORTING.contains(g.lemma(next)) ? next : -1;
    }
    return -1;
  }

  private static @Nullable Integer quotedObject(SentenceGraph g, int verb, int clause) {
    if (!QUOTING.contains(g.lemma(verb))) return null;
    Integer obj = g.child(verb, "obj");
    if (obj == null) obj = g.child(verb, "nsubj:pass"); // "Suharto was quoted by the agency as saying ..."
    return obj != null && (obj > verb || g.relation(obj).equals("nsubj:pass")) && obj < clause && (g.token(obj).isNoun() || g.token(obj).isPronoun()) ? obj : null;
  }

  /**
   * Can "it", the subject of a cue, stand for a source? A careful reader takes the subject of the sentence before
   * it in the same paragraph: "The teachers' federation said talks had broken down. It urged parents to ..." (a
   * group), but not "The fire spread overnight. It threatened to reach the port". True when the previous sentence's
   * top predicate has a subject other than "it" that can be a source ({@link QuoteSources#plausible}) and is not a
   * person (whom "it" cannot stand for).
   */
  static boolean itStandsForASource(ArticleContext a, int s, SentenceGraph g, int head) {
    if (!g.word(head).toLowerCase(Locale.ROOT).equals("it") || !g.relation(head).equals("nsubj") || s < 1) return false;
    if (a.doc.sentences().get(s - 1).paragraph() != a.doc.sentences().get(s).paragraph()) return false;
    SentenceGraph prev = a.graphs.get(s - 1);
    if (!prev.parsed()) return false;
    for (int i = 0; i < prev.size(); i++) {
      if (prev.head(i) >= 0) continue;
      Integer subject = prev.subject(i);
      if (subject == null || prev.token(subject).isPronoun() || prev.token(subject).ner().equals("PERSON")) return false;
      return QuoteSources.plausible(prev, subject, false);
    }
    return false;
  }

  /**
   * The noun opening the sentence when the reporting verb, without a subject, was swallowed by the relative clause
   * of its apposition ("One engineer, a Dutchman who asked not to be named, said by telephone that ...": "said"
   * hung on "named", "engineer" the sentence's root). The verb follows a comma; the top of its head chain is a noun
   * before it, preceded only by its determiners and modifiers; a relative pronoun stands between. Returns the noun,
   * or null.
   */
  static @Nullable Integer strandedOpening(SentenceGraph g, int v) {
    if (!QuoteCues.REPORTING.contains(g.lemma(v)) || g.subject(v) != null || v < 2 || !g.word(v - 1).equals(",")
        || !g.token(v).pos().matches("VBD|VBN|VBZ|VBP")) return null;
    int top = v;
    while (g.head(top) >= 0) top = g.head(top);
    if (top >= v || !g.token(top).isNoun()) return null;
    for (int i = 0; i < top; i++) if (!g.token(i).pos().matches("DT|CD|JJ|NNPS?|NNS?|POS|PRP\\$|HYPH")) return null;
    for (int i = top + 1; i < v; i++) if (g.token(i).pos().matches("WP|WDT")) return top;
    return null;
  }

  /**
   * A poll, survey or study whose reduced relative the parser made the main verb, turning the cue into a clause
   * marked "after" or "before" with a subject of its own: "A survey of small businesses conducted after the budget
   * found that ..." ("conducted" the root, "the budget" the subject of "found"). The cue's head is a past participle
   * without auxiliary or object whose subject, before it, is a source of information. Returns that subject, or null.
   */
  static @Nullable Integer reducedRelativeSource(SentenceGraph g, int v) {
    if (!g.baseRelation(v).equals("advcl") || !g.token(v).pos().matches("VBD|VBZ|VBP") || !QuoteCues.isCue(g.lemma(v))) return null;
    String marker = g.caseMarker(v);
    if (!"after".equals(marker) && !"before".equals(marker)) return null;
    int host = g.head(v);
    if (host < 0 || !g.token(host).pos().equals("VBN") || g.child(host, "aux", "aux:pass", "obj") != null) return null;
    Integer source = g.subject(host);
    Integer own = g.subject(v);
    if (source == null || source > host || own == null || own < host || !QuoteSources.information(g, source)) return null;
    return source;
  }

  /**
   * "According to X, which ..., clause": the parser made X the sentence's root and hung the reported clause on the
   * relative clause. The first clause in X's phrase after the relative clause's comma with a subject of its own;
   * empty otherwise.
   */
  static BitSet afterRelativeSource(SentenceGraph g, int x) {
    if (g.head(x) >= 0) return new BitSet();
    BitSet phrase = g.subtree(x);
    boolean relative = false;
    for (int k = phrase.nextSetBit(x + 1); k >= 0; k = phrase.nextSetBit(k + 1)) {
      if (g.token(k).pos().matches("WP|WDT")) relative = true;
      if (!relative || !g.baseRelation(k).matches("parataxis|ccomp|dep") || g.subject(k) == null || g.subject(k) > k) continue;
      BitSet out = g.subtree(k);
      int first = out.nextSetBit(0);
      if (first > 0 && g.word(first - 1).equals(",")) return out;
    }
    return new BitSet();
  }
}
