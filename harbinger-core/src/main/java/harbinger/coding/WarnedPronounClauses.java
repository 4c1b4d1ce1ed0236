package harbinger.coding;

import harbinger.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Rabat warned it would sever relations", "Pyongyang warned it was ready to launch a strike", "Pakistan warned it was
 * prepared to use ...", "Qatar warned it could walk away from its role": CoreNLP often reads the subject pronoun of
 * the reported clause as the object of the reporting verb, and then hangs the reporting verb on the clause as its
 * clausal subject ({@code csubj}, the clause's verb becoming the root) or the clause on the reporting verb as a loose
 * dependent ({@code dep}). A nominative pronoun (it, they, we, he, she) cannot be an object, so the tree is repaired:
 * the reporting verb takes the clause's place, the clause becomes its complement ({@code ccomp}) and the pronoun the
 * clause's subject ({@code nsubj:pass} for a passive). Only for reporting verbs of warning, threat and pledge, and only
 * when the clause has no subject of its own ("warned him he would be arrested" keeps "him" as the one warned).
 * Stateless.
 */
final class WarnedPronounClauses {
  private static final Set<String> REPORTING = Set.of("warn", "threaten", "caution", "vow", "pledge", "insist", "say");
  private static final Set<String> NOMINATIVE = Set.of("it", "they", "we", "he", "she");

  private WarnedPronounClauses() {}

  /** The reattachments that repair the tree: the reporting verb first, then the clause, then the pronoun. */
  static List<ParticipleSubjects.Move> moves(Sentence s, int[] head, String[] relation, List<List<Integer>> children) {
    List<ParticipleSubjects.Move> out = new ArrayList<>();
    for (int w = 0; w < head.length; w++) {
      if (!REPORTING.contains(s.token(w).lemma().toLowerCase(Locale.ROOT)) || !s.token(w).isVerb()) continue;
      Integer p = pronounObject(s, w, relation, children);
      if (p == null) continue;
      boolean clausalSubject = relation[w].startsWith("csubj") && head[w] > p;
      int clause = clausalSubject ? head[w] : looseClause(s, w, p, relation, children);
      if (clause < 0 || hasSubject(relation, children, clause) || !between(head, w, p, clause)) continue;
      boolean passive = relation[w].equals("csubj:pass") || has(relation, children, clause, "aux:pass");
      if (clausalSubject) out.add(new ParticipleSubjects.Move(w, head[clause], head[clause] < 0 ? "root" : relation[clause]));
      out.add(new ParticipleSubjects.Move(clause, w, "ccomp"));
      out.add(new ParticipleSubjects.Move(p, clause, passive ? "nsubj:pass" : "nsubj"));
      return out; // one repair per sentence: later ones would read a tree the first has changed
    }
    return out;
  }

  /** "warned it": a nominative pronoun hung on the reporting verb as its object, right after it. */
  private static Integer pronounObject(Sentence s, int w, String[] relation, List<List<Integer>> children) {
    for (int c : children.get(w)) {
      if (c == w + 1 && relation[c].equals("obj") && NOMINATIVE.contains(s.token(c).word().toLowerCase(Locale.ROOT))) return c;
    }
    return null;
  }

  /** "warned it could walk away": the verb hung loosely on the reporting verb after the pronoun, or -1. */
  private static int looseClause(Sentence s, int w, int p, String[] relation, List<List<Integer>> children) {
    for (int c : children.get(w)) {
      if (c > p && (relation[c].equals("dep") || relation[c].equals("parataxis")) && s.token(c).isVerb()
          && (has(relation, children, c, "aux") || has(relation, children, c, "aux:pass"))) return c;
    }
    return -1;
  }

  /** Every token between the pronoun and the clause's head word hangs on the clause (its auxiliaries, a negation). */
  private static boolean between(int[] head, int w, int p, int clause) {
    for (int t = p + 1; t < clause; t++) if (head[t] != clause) return false;
    return clause > p;
  }

  private static boolean hasSubject(String[] relation, List<List<Integer>> children, int v) {
    for (int c : children.get(v)) if (relation[c].startsWith("nsubj") || relation[c].equals("expl")) return true;
    return false;
  }

  private static boolean has(String[] relation, List<List<Integer>> children, int v, String rel) {
    for (int c : children.get(v)) if (relation[c].equals(rel)) return true;
    return false;
  }
}
