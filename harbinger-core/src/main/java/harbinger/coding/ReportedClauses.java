package harbinger.coding;

import java.util.BitSet;
import org.jspecify.annotations.Nullable;

/**
 * Reported clauses the parser attached in the wrong place, recovered for {@link QuoteCues}: a reporting verb hung
 * under the clause it reports, a parenthetical cue that took the rest of the clause, a speaker made an apposition
 * of the reported subject, a relative clause's modal complement. Each recovery checks a configuration that the
 * correct analysis cannot have (a clausal subject with a nominal subject of its own, a bare adverbial "said"
 * before a subject). Pure functions over a {@link SentenceGraph}.
 */
final class ReportedClauses {
  private ReportedClauses() {}

  /**
   * The predicate the parser made the head of a reporting verb that has a subject but no clause of its own: "A
   * spokeswoman insisted the figures were sound" read as a clausal subject of "sound" (the object "figures" is the
   * reported clause's subject), "a week after ministers said the country was not ready" read as an adverbial clause
   * of "ready". The predicate after the verb, without the verb's own words, is what was said; empty otherwise.
   */
  static BitSet reportedHead(SentenceGraph g, int v) {
    String rel = g.relation(v);
    int head = g.head(v);
    Integer subject = g.subject(v);
    if (head <= v || subject == null || subject > v || g.child(v, "ccomp") != null) return new BitSet();
    Integer obj = g.child(v, "obj");
    boolean clausalSubject = rel.equals("csubj") && obj != null && obj > v && !g.token(obj).pos().startsWith("W");
    Integer headSubject = g.subject(head);
    boolean adverbial = rel.equals("advcl") && bare(g, v) && headSubject != null && headSubject > v && headSubject < head;
    if (!clausalSubject && !adverbial) return new BitSet();
    BitSet stop = new BitSet();
    stop.set(v);
    BitSet out = g.subtree(head, stop);
    out.clear(0, v); // words before the verb belong to the clause around it ("a week after")
    if (clausalSubject) out.or(g.subtree(obj));
    return out;
  }

  /** Has the verb nothing but a subject, markers, auxiliaries and modifiers: no object, complement or oblique? */
  static boolean bare(SentenceGraph g, int v) {
    for (int c : g.children(v)) {
      if (!g.baseRelation(c).matches("nsubj|mark|aux|advmod|punct|dep|cc")) return false;
    }
    return true;
  }

  /** Has the verb a modal auxiliary ("could end", "would cost")? */
  static boolean modalAux(SentenceGraph g, int verb) {
    for (int c : g.children(verb)) if (g.baseRelation(c).equals("aux") && g.token(c).pos().equals("MD")) return true;
    return false;
  }

  /**
   * Dependents of a parenthetical reporting verb that follow the comma closing it: the parser hung the rest of the
   * reported clause on the verb ("It would take time, he warned, for Germans ... to understand each other").
   */
  static BitSet afterParenthesis(SentenceGraph g, int v) {
    BitSet out = new BitSet();
    int comma = -1;
    for (int c : g.children(v)) if (c > v && comma < 0 && g.word(c).equals(",")) comma = c;
    if (comma < 0) return out;
    for (int c : g.children(v)) if (c > comma && !g.baseRelation(c).equals("punct")) out.or(g.subtree(c));
    return out;
  }

  /**
   * A parenthetical speaker the parser made an apposition of the reported clause's subject ("His departure, the
   * board said, was effective immediately": "board" appositive to "departure", the subject of "said"): the
   * apposition, when it stands between the subject and the verb, set off by a comma, and the verb's predicate
   * after it has no subject of its own. Returns the apposition's head, or null.
   */
  static @Nullable Integer splitSubject(SentenceGraph g, int v) {
    Integer subject = g.subject(v);
    Integer dep = g.child(v, "dep");
    if (subject == null || subject > v || dep == null || dep < v || g.subject(dep) != null || !tensed(g, dep)) return null;
    for (int c : g.children(subject)) {
      if (g.baseRelation(c).equals("appos") && c > subject && c < v && g.word(g.subtree(c).nextSetBit(0) - 1).equals(",")) return c;
    }
    return null;
  }

  /**
   * Is the predicate tensed ("was effective", "will resign"), as the rest of a clause split by a parenthetical cue
   * is? "Stone, a Trump adviser, has denied having ..." leaves a gerund, which is the verb's own complement.
   */
  private static boolean tensed(SentenceGraph g, int p) {
    if (g.token(p).pos().matches("VBD|VBZ|VBP|MD")) return true;
    for (int c : g.children(p)) if (g.baseRelation(c).matches("aux|cop") && g.token(c).pos().matches("VBD|VBZ|VBP|MD")) return true;
    return false;
  }

  /**
   * A parenthetical cue whose verb the parser gave two subjects ("Fraudsters, he said in the video, don't last
   * long": "Fraudsters" and "he" both subjects of "said"): the first, set off by a comma, is the reported clause's
   * subject and the nearer one the speaker. Returns {reported subject, speaker}, or null.
   */
  static int @Nullable [] doubleSubject(SentenceGraph g, int v) {
    int first = -1;
    int second = -1;
    for (int c : g.children(v)) {
      if (c > v || !g.relation(c).equals("nsubj")) continue;
      if (first < 0) first = c; else if (second < 0) second = c;
    }
    if (second < 0 || !g.word(g.subtree(first).length()).equals(",") || afterParenthesis(g, v).isEmpty()) return null;
    return new int[] {first, second};
  }

  /**
   * The content without a contrasting clause that is another source's attribution ("warned that X would suffer,
   * while the chambers urged the parties to return": the "while" clause is the chambers'). A clause marked
   * "while" or "whereas" inside the content, headed by a cue verb with a subject of its own, is cut off.
   */
  static BitSet withoutContrasts(SentenceGraph g, int v, BitSet content) {
    BitSet out = (BitSet) content.clone();
    for (int c = content.nextSetBit(0); c >= 0; c = content.nextSetBit(c + 1)) {
      if (c == v || !g.baseRelation(c).equals("advcl") || !QuoteCues.isCue(g.lemma(c)) || !g.token(c).isVerb()) continue;
      String marker = g.caseMarker(c);
      Integer subject = g.subject(c);
      if (("while".equals(marker) || "whereas".equals(marker)) && subject != null && !g.token(subject).pos().startsWith("W")) {
        BitSet cut = g.subtree(c);
        out.andNot(cut);
        int before = cut.nextSetBit(0) - 1; // and the comma before it
        if (before >= 0 && g.word(before).equals(",")) out.clear(before);
      }
    }
    return out;
  }

  /**
   * A reporting clause with its own subject and its own reported clause that the parser hung as parataxis under
   * what comes before it: "Speaking at the first of what he said would be daily briefings, the prime minister said
   * the army would stay", where "the prime minister said" became parataxis of "briefings" (and so part of what "he
   * said"). The words after the verb (its object and loose clause) are what it reports; null when the verb has no
   * subject before it or no clause after it, as in a true postposed "..., the minister said."
   */
  static @Nullable BitSet ownClauseAfter(SentenceGraph g, int v) {
    if (!g.relation(v).equals("parataxis") || g.head(v) < 0 || g.head(v) > v) return null;
    Integer subject = g.subject(v);
    if (subject == null || subject > v || !g.relation(subject).equals("nsubj") || !QuoteCues.REPORTING.contains(g.lemma(v))) return null;
    boolean clause = false;
    BitSet out = new BitSet();
    for (int c : g.children(v)) {
      String r = g.baseRelation(c);
      if (c <= v || r.equals("punct") || r.matches("i?obj") && QuoteCues.ADDRESSEE.contains(g.lemma(v))) continue;
      if (r.matches("ccomp|dep") && (g.token(c).isVerb() || g.child(c, "cop") != null)) clause = true;
      out.or(g.subtree(c));
    }
    return clause ? out : null;
  }

  /**
   * Content of a reporting verb without the reporting clauses of other speakers inside it that carry their own
   * reported clause ({@link #ownClauseAfter}): "he said" must not take "the prime minister said the army ...".
   */
  static BitSet withoutOtherReports(SentenceGraph g, int v, BitSet content) {
    BitSet out = (BitSet) content.clone();
    for (int k = content.nextSetBit(0); k >= 0; k = content.nextSetBit(k + 1)) {
      if (k == v || ownClauseAfter(g, k) == null) continue;
      BitSet other = g.subtree(k);
      int first = other.nextSetBit(0);
      if (first > 0 && g.word(first - 1).equals(",")) other.set(first - 1);
      out.andNot(other);
    }
    return out;
  }
}
