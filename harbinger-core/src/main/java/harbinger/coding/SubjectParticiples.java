package harbinger.coding;

import harbinger.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * "The state of emergency imposed on Ethiopia after months of protests was lifted by parliament": the parser takes
 * the reduced relative participle ("imposed", with the noun as its subject) for the clausal subject
 * ({@code csubj:pass}) of the real, passive predicate. A participle with neither auxiliary nor object cannot be a
 * clause with a subject of its own there: the tree is repaired so that the noun is the predicate's patient
 * ({@code nsubj:pass}) and the participle modifies the noun ({@code acl}). See also
 * {@link ReducedRelativeRoots} and {@link TemporalReducedRelatives} for the same participle read as the predicate.
 * Stateless.
 */
final class SubjectParticiples {
  private SubjectParticiples() {}

  /** The reattachments: the noun to the predicate, the participle to the noun. */
  static List<ParticipleSubjects.Move> moves(Sentence s, int[] head, String[] relation, List<List<Integer>> children) {
    List<ParticipleSubjects.Move> out = new ArrayList<>();
    for (int h = 0; h < head.length; h++) {
      int v = head[h];
      if (v < h || !relation[h].startsWith("csubj") || !s.token(h).pos().equals("VBN")) continue;
      // only below a passive: before an active verb ("A truce brokered[csubj] by Moscow came into force") the
      // participle's doer is what the coder reads as the parties of the act, and the repair would lose them
      if (!relation[h].equals("csubj:pass")) continue;
      Integer subject = null;
      boolean bare = true;
      for (int c : children.get(h)) {
        if (relation[c].equals("nsubj") && c < h && s.token(c).pos().startsWith("NN")) subject = c;
        if (relation[c].startsWith("aux") || relation[c].equals("cop") || relation[c].equals("obj")) bare = false;
      }
      if (subject == null || !bare) continue;
      out.add(new ParticipleSubjects.Move(subject, v, "nsubj:pass"));
      out.add(new ParticipleSubjects.Move(h, subject, "acl"));
      return out; // one repair per sentence
    }
    return out;
  }
}
