package harbinger.coding;

import java.util.BitSet;

/**
 * The clause a reporting verb reports when it has no clause after it of its own: a {@code ccomp}, the clause a
 * parenthetical or postposed verb hangs on ("The plan, she said, is dead"; "..., records show"), a clause the parser
 * split or attached loosely, an indirect question, or a clause before the verb and its subject. Split from
 * {@link QuoteCues} (which keeps the cue families and the non-clausal content); pure functions over a
 * {@link SentenceGraph}.
 */
final class ClausalContent {
  private ClausalContent() {}

  /** The clause a reporting verb reports, or an empty set. */
  static BitSet clausal(SentenceGraph g, int v) {
    Integer ccomp = g.child(v, "ccomp");
    if (ccomp != null) {
      BitSet out = g.subtree(ccomp);
      // "polls showed Clinton leading by five points, unchanged since the debate": the parser split the shown
      // state of affairs into an object and a clause; the object belongs to the content unless it is the addressee
      Integer obj = g.child(v, "obj");
      if (obj != null && v < obj && obj < ccomp && !QuoteCues.ADDRESSEE.contains(g.lemma(v))) out.or(g.subtree(obj));
      return out;
    }
    if (g.relation(v).equals("parataxis") && g.head(v) >= 0) {
      BitSet stop = new BitSet();
      stop.set(v);
      BitSet out = g.subtree(g.head(v), stop);
      if (g.head(v) < v) out.or(ReportedClauses.afterParenthesis(g, v)); // "It would take time, he warned, for Germans to ..."
      return out;
    }
    int[] twoSubjects = ReportedClauses.doubleSubject(g, v);
    if (twoSubjects != null) { // "Fraudsters, he said in the video, don't last long"
      BitSet out = g.subtree(twoSubjects[0]);
      out.or(ReportedClauses.afterParenthesis(g, v));
      return out;
    }
    BitSet under = ReportedClauses.reportedHead(g, v);
    if (!under.isEmpty()) return under;
    Integer modal = g.child(v, "xcomp"); // "a settlement that their leaders said could end the conflict"
    if (modal != null && modal > v && !g.hasMarker(modal, "to") && ReportedClauses.modalAux(g, modal)) return g.subtree(modal);
    if (g.baseRelation(v).equals("dep") && g.head(v) >= 0 && g.head(v) < v && parenthetical(g, v)) {
      // a parenthetical or postposed reporting clause the parser left loose ("The effort, the records indicate, is
      // led by ...", "The nominee is not planning events, his chairman told the Post"): the rest of the sentence
      int root = g.head(v);
      while (g.head(root) >= 0) root = g.head(root);
      BitSet stop = new BitSet();
      stop.set(v);
      Integer loose = QuoteCues.looseSubject(g, v);
      if (loose != null) stop.set(loose);
      return g.subtree(root, stop);
    }
    Integer para = g.child(v, "parataxis");
    if (para != null && para > v) return g.subtree(para);
    Integer dep = g.child(v, "dep");
    // "polls show the mayor leading", and a copular predicate: "admitted his team had been “too physical”"
    if (dep != null && dep > v && (g.token(dep).isVerb() || g.child(dep, "cop") != null)) {
      BitSet out = g.subtree(dep);
      Integer obj = g.child(v, "obj");
      if (obj != null && v < obj && obj < dep && !QuoteCues.ADDRESSEE.contains(g.lemma(v))) out.or(g.subtree(obj));
      Integer split = ReportedClauses.splitSubject(g, v);
      if (split != null) { // "His departure, the board said, was effective immediately"
        BitSet stop = new BitSet();
        stop.set(split);
        out.or(g.subtree(g.subject(v), stop));
      }
      return out;
    }
    for (int c : g.children(v)) { // "explained why the plan failed": an indirect question the parser made an adverbial
      if (c > v && g.baseRelation(c).equals("advcl") && interrogative(g, c)) return g.subtree(c);
    }
    for (int c : g.children(v)) { // "said during a press call that ...": the clause went to the noun
      if (c < v || !g.baseRelation(c).equals("obl")) continue;
      Integer inner = g.child(c, "ccomp");
      // the "that" may be the clause's marker or, to the parser, a loose dependent ("insisted after the debate that ...")
      if (inner != null && (g.hasMarker(inner, "that") || opensWithThat(g, inner))) return g.subtree(inner);
    }
    return preposed(g, v);
  }

  /**
   * Is finite verb {@code v} with its dependents set off by commas or ending the sentence ("X, records show, is
   * ...", "..., the chairman told the Post.")?
   */
  private static boolean parenthetical(SentenceGraph g, int v) {
    if (!QuoteCues.finite(g, v)) return false;
    BitSet own = g.subtree(v);
    Integer loose = QuoteCues.looseSubject(g, v);
    if (loose != null) own.or(g.subtree(loose));
    int first = own.nextSetBit(0);
    int last = own.length() - 1;
    while (first < last && g.baseRelation(first).equals("punct") && g.word(first).equals(",")) first++; // the comma may be the verb's
    while (last > first && g.baseRelation(last).equals("punct")) last--;
    boolean before = first > 0 && g.word(first - 1).equals(",");
    boolean after = last + 1 >= g.size() || g.word(last + 1).equals(",") || g.baseRelation(last + 1).equals("punct") && last + 2 >= g.size();
    return before && after;
  }

  /** Does the clause open with "that" as a loose dependent of its head? */
  private static boolean opensWithThat(SentenceGraph g, int clause) {
    int first = g.subtree(clause).nextSetBit(0);
    return first >= 0 && first < clause && g.lemma(first).equals("that") && g.head(first) == clause && g.baseRelation(first).equals("dep");
  }

  /** Does the clause {@code c} open with a wh-word or "whether"/"if" ("why the plan failed")? */
  private static boolean interrogative(SentenceGraph g, int c) {
    int first = g.subtree(c).nextSetBit(0);
    String w = g.word(first).toLowerCase(java.util.Locale.ROOT);
    return g.token(first).pos().startsWith("W") || w.equals("whether") || w.equals("if");
  }

  /**
   * A clause before the verb and its subject that the parser hung on the verb ("The fund directed $3 million to
   * the party, records show"): the verb has a subject, and a clausal child before that subject.
   */
  private static BitSet preposed(SentenceGraph g, int v) {
    Integer subject = g.subject(v);
    if (subject == null || subject > v) return new BitSet();
    for (int c : g.children(v)) {
      if (c >= subject) break;
      String r = g.baseRelation(c);
      // the clause's head is a verb, or a predicate with a subject of its own ("The government is likely to be
      // sworn in next week, party sources said": "likely")
      boolean predicate = g.token(c).isVerb() || g.subject(c) != null && g.subject(c) < c;
      if ((r.equals("advcl") || r.equals("ccomp") || r.equals("dep") || r.equals("parataxis")) && predicate
          && g.caseMarker(c) == null) {
        BitSet out = g.subtree(c);
        for (int d : g.children(v)) { // the rest of the clause the parser hung on the verb too ("likely | to reopen in June")
          if (d > c && d < subject && g.baseRelation(d).matches("advcl|ccomp|dep|parataxis|xcomp")) out.or(g.subtree(d));
        }
        return out;
      }
    }
    return new BitSet();
  }
}
