package harbinger.coding;

import harbinger.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Subjects that a participle modifying them took from the main verb: in "Eritrean soldiers backed by tanks moved into
 * the area" and "Ethiopian troops supported by helicopter gunships pushed into ...", the parser often makes "backed"
 * the sentence's root (with the real verb as its {@code dep} or {@code advmod}) or the real verb's clausal subject,
 * and the soldiers the participle's subject. The correct analysis has the participle as a modifier ({@code acl}) of
 * the soldiers, who are the subject of the finite verb after it. Found only for participles of support, escort and
 * disguise ("backed", "supported", "escorted", "dressed", "disguised") with their "by", "as" or "in" phrase, and a
 * finite verb after them. Pure: returns the moves for {@link SentenceGraph} to apply.
 */
final class ParticipleSubjects {
  private ParticipleSubjects() {}

  /** One reattachment: token {@code dependent} gets head {@code head} (-1 for the root) with {@code relation}. */
  record Move(int dependent, int head, String relation) {}

  private static final Set<String> PARTICIPLES = Set.of("back", "support", "escort", "accompany", "dress", "disguise",
      "assist", "aid", "flank", "reinforce", "cover", "armed", "arm");
  private static final Set<String> PARTICIPLE_CASES = Set.of("by", "as", "in", "with");
  private static final Set<String> MISREAD = Set.of("dep", "advmod", "parataxis", "ccomp", "conj");

  /** The moves that repair the misread participles of {@code s}, given its first-head arrays. */
  static List<Move> moves(Sentence s, int[] head, String[] relation, List<List<Integer>> children) {
    List<Move> out = new ArrayList<>();
    for (int p = 0; p < head.length; p++) {
      if (!s.token(p).pos().equals("VBN") || !PARTICIPLES.contains(s.token(p).lemma().toLowerCase(java.util.Locale.ROOT))) continue;
      Integer subject = null;
      Integer marked = null;
      for (int c : children.get(p)) {
        if (relation[c].equals("nsubj") && c < p && s.token(c).pos().startsWith("NN")) subject = c;
        if (c > p && relation[c].startsWith("obl") && hasCase(s, c, children, relation)) marked = c;
      }
      if (subject != null && marked == null && head[p] < 0) {
        // "guerrillas dressed as Russian soldiers seized a hospital": "as" taken for a clause mark, the disguise its subject
        for (int v : children.get(p)) {
          if (v < p || !relation[v].equals("advcl") || !finite(s, v)) continue;
          Integer disguise = null;
          boolean as = false;
          for (int c : children.get(v)) {
            if (relation[c].equals("mark") && s.token(c).lemma().equalsIgnoreCase("as") && c == p + 1) as = true;
            if (relation[c].equals("nsubj") && c > p && c < v) disguise = c;
          }
          if (!as || disguise == null) continue;
          out.add(new Move(v, -1, "root"));
          out.add(new Move(subject, v, "nsubj"));
          out.add(new Move(p, subject, "acl"));
          out.add(new Move(disguise, p, "obl"));
          out.add(new Move(p + 1, disguise, "case"));
          break;
        }
        continue;
      }
      if (subject == null || marked == null) continue;
      if (head[p] < 0) {
        // "troops backed by drones advanced into": the real verb read as a reduced relative of the "by" object
        for (int v : children.get(marked)) {
          if (v == marked + 1 && relation[v].equals("acl") && s.token(v).isVerb() && !hasSubject(v, relation, children)) {
            out.add(new Move(v, -1, "root"));
            out.add(new Move(subject, v, "nsubj"));
            out.add(new Move(p, subject, "acl"));
            subject = null;
          }
        }
        if (subject == null) continue;
        // "soldiers backed by tanks moved into": the participle is the root, the real verb its dep
        for (int v : children.get(p)) {
          if (v > p && MISREAD.contains(relation[v]) && finite(s, v) && !hasSubject(v, relation, children)) {
            out.add(new Move(v, -1, "root"));
            out.add(new Move(subject, v, "nsubj"));
            out.add(new Move(p, subject, "acl"));
            break;
          }
        }
      } else if (relation[p].equals("csubj") && head[p] > p && finite(s, head[p]) && !hasSubject(head[p], relation, children)) {
        // "troops supported by gunships pushed into": the participle is the real verb's clausal subject
        out.add(new Move(subject, head[p], "nsubj"));
        out.add(new Move(p, subject, "acl"));
      }
    }
    return out;
  }

  private static boolean hasCase(Sentence s, int c, List<List<Integer>> children, String[] relation) {
    for (int k : children.get(c)) {
      if (relation[k].equals("case") && PARTICIPLE_CASES.contains(s.token(k).lemma().toLowerCase(java.util.Locale.ROOT))) return true;
    }
    return false;
  }

  private static boolean finite(Sentence s, int v) {
    String pos = s.token(v).pos();
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
  }

  private static boolean hasSubject(int v, String[] relation, List<List<Integer>> children) {
    for (int c : children.get(v)) if (relation[c].startsWith("nsubj")) return true;
    return false;
  }
}
