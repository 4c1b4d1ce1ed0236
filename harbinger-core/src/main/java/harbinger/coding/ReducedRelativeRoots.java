package harbinger.coding;

import harbinger.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Three vessels seized in the strait a year ago were handed back by Russia", "The party, outlawed for thirty years,
 * was legalised on Friday", "The first of eighteen fighters bought from the United States landed at the base": the
 * parser often takes the reduced relative participle (seized, outlawed, bought) for the predicate, with the noun
 * its subject and the real predicate a loose dependent ("dep"). A finite verb, or a passive with its own finite
 * auxiliary ("were handed", "was legalised"), cannot be a loose dependent of a participle: the tree is repaired so
 * that the real predicate takes the participle's place, the noun becomes its subject ({@code nsubj:pass} for the
 * passive) and the participle a modifier ({@code acl}) of the noun. {@link MisrootedParticiples} reads the same
 * misparse for finite verbs without repairing it; this repair also gives a passive its patient. Stateless.
 */
final class ReducedRelativeRoots {
  private ReducedRelativeRoots() {}

  /** The reattachments that repair the tree: the real predicate first, then its subject, then the participle. */
  static List<ParticipleSubjects.Move> moves(Sentence s, int[] head, String[] relation, List<List<Integer>> children) {
    List<ParticipleSubjects.Move> out = new ArrayList<>();
    for (int v = 0; v < head.length; v++) {
      int h = head[v];
      if (h < 0 || h > v || !relation[v].equals("dep")) continue;
      boolean passive = s.token(v).pos().equals("VBN") && finiteAuxiliary(s, v, relation, children);
      boolean finite = s.token(v).pos().matches("VBD|VBZ|VBP") && child(relation, children, v, "nsubj") == null;
      // a finite verb on a misrooted participle at the sentence's root is read by MisrootedParticiples; repaired here
      // only below a clause ("the first of the fighters bought[advcl] from X landed[dep] ..., officials said")
      if (!passive && !(finite && head[h] >= 0)) continue;
      if (!s.token(h).pos().matches("VBN|VBD") || hasAuxiliary(relation, children, h)) continue;
      Integer subject = child(relation, children, h, "nsubj");
      if (subject == null || subject > h || !nearest(s, relation, h, v)) continue;
      // a pronoun takes no reduced relative: "a building where he said[VBD] his family was buried[dep]" is a clause
      if (s.token(subject).pos().matches("PRP|WP|WDT")) continue;
      out.add(new ParticipleSubjects.Move(v, head[h], head[h] < 0 ? "root" : relation[h]));
      out.add(new ParticipleSubjects.Move(subject, v, passive ? "nsubj:pass" : "nsubj"));
      out.add(new ParticipleSubjects.Move(h, subject, "acl"));
      return out; // one repair per sentence: later ones would read a tree the first has changed
    }
    return out;
  }

  /** "were handed", "was legalised": a passive auxiliary that is itself finite. */
  private static boolean finiteAuxiliary(Sentence s, int v, String[] relation, List<List<Integer>> children) {
    for (int c : children.get(v)) {
      if (relation[c].equals("aux:pass") && s.token(c).pos().matches("VBD|VBZ|VBP")) return true;
    }
    return false;
  }

  /** Has {@code h} an auxiliary or a copula of its own (then it is no bare participle)? */
  static boolean hasAuxiliary(String[] relation, List<List<Integer>> children, int h) {
    for (int c : children.get(h)) {
      if (relation[c].equals("aux") || relation[c].equals("aux:pass") || relation[c].equals("cop")) return true;
    }
    return false;
  }

  /**
   * Words that open a clause of its own ("The government suspended aid after two of its vehicles were hit"): the
   * verb before them is a predicate, not a reduced relative.
   */
  private static final Set<String> CLAUSE_OPENERS = Set.of("after", "before", "when", "because", "as", "since",
      "until", "while", "if", "though", "although", "once", "unless", "whereas", "and", "but", "or");

  /** No finite verb, no other subject and no clause opener between the participle and the predicate: one clause. */
  private static boolean nearest(Sentence s, String[] relation, int h, int v) {
    for (int t = h + 1; t < v; t++) {
      if (CLAUSE_OPENERS.contains(s.token(t).word().toLowerCase(Locale.ROOT))) return false;
      if (s.token(t).pos().matches("VBD|VBZ|VBP") && !relation[t].startsWith("aux")) return false;
      if (relation[t].startsWith("nsubj")) return false;
    }
    return true;
  }

  /** The first child of {@code i} with relation {@code rel}, or null; for the parse repairs over raw arrays. */
  static Integer child(String[] relation, List<List<Integer>> children, int i, String rel) {
    for (int c : children.get(i)) if (relation[c].equals(rel)) return c;
    return null;
  }
}
