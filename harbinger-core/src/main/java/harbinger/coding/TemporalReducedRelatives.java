package harbinger.coding;

import harbinger.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Martial law imposed in Lhasa after the riots was lifted by the government", "The state of emergency declared
 * after the coup was lifted after two years": the parser takes the reduced relative participle (imposed, declared)
 * for the predicate and reads the opener of a time phrase with the real predicate as a clause of time ({@code advcl}
 * "after the riots was lifted", with "riots" its passive subject). A participle with neither object nor auxiliary
 * after a noun subject is a reduced relative, and the passive with its own finite auxiliary is the predicate: the
 * tree is repaired so that the passive takes the participle's place with the noun as its patient, the participle
 * modifies the noun ({@code acl}), and the noun after the opener is the object of that opener, a phrase of the
 * participle ("imposed ... after the riots"). {@link ReducedRelativeRoots} repairs the same misparse where the real
 * predicate is a loose dependent. Stateless.
 */
final class TemporalReducedRelatives {
  private TemporalReducedRelatives() {}

  /** Openers of a time phrase that the parser takes for a clause mark. */
  private static final Set<String> OPENERS = Set.of("after", "before", "since", "following", "until", "amid", "during");

  /** The reattachments: the predicate, its patient, the participle, the opener's noun and the opener. */
  static List<ParticipleSubjects.Move> moves(Sentence s, int[] head, String[] relation, List<List<Integer>> children) {
    List<ParticipleSubjects.Move> out = new ArrayList<>();
    for (int v = 0; v < head.length; v++) {
      int h = head[v];
      if (h < 0 || h > v || !relation[v].equals("advcl") || !s.token(v).pos().equals("VBN")) continue;
      Integer aux = ReducedRelativeRoots.child(relation, children, v, "aux:pass");
      Integer mark = ReducedRelativeRoots.child(relation, children, v, "mark");
      Integer wrong = ReducedRelativeRoots.child(relation, children, v, "nsubj:pass");
      if (aux == null || !s.token(aux).pos().matches("VBD|VBZ|VBP") || mark == null || wrong == null) continue;
      if (!OPENERS.contains(s.token(mark).word().toLowerCase(Locale.ROOT)) || !(mark < wrong && wrong < aux)) continue;
      if (!s.token(wrong).pos().startsWith("NN")) continue;
      // the participle: no auxiliary, no object, a noun subject right before it
      if (!s.token(h).pos().equals("VBN") || ReducedRelativeRoots.child(relation, children, h, "obj") != null) continue;
      if (ReducedRelativeRoots.hasAuxiliary(relation, children, h)) continue;
      Integer subject = ReducedRelativeRoots.child(relation, children, h, "nsubj");
      if (subject == null || subject > h || !s.token(subject).pos().startsWith("NN")) continue;
      out.add(new ParticipleSubjects.Move(v, head[h], head[h] < 0 ? "root" : relation[h]));
      out.add(new ParticipleSubjects.Move(subject, v, "nsubj:pass"));
      out.add(new ParticipleSubjects.Move(h, subject, "acl"));
      out.add(new ParticipleSubjects.Move(wrong, h, "obl"));
      out.add(new ParticipleSubjects.Move(mark, wrong, "case"));
      return out; // one repair per sentence
    }
    return out;
  }
}
