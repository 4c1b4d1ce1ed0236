package harbinger.coding;

import harbinger.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Mugabe brushed aside calls from the army to resign", "the minister shrugged off demands for his dismissal": after
 * a verb and its particle the tagger sometimes reads the plural noun of a request (calls, demands, appeals, pleas,
 * requests) as a present-tense verb ("calls" VBZ) and the parser hangs it on the verb as a loose dependent
 * ({@code dep}). A verb with a particle right before it and no object of its own takes that word as its object; the
 * tree is repaired so (relation {@code obj}), which puts what is requested into the verb's context. Stateless.
 */
final class BrushedAsideCalls {
  private static final Set<String> REQUESTS = Set.of("call", "demand", "appeal", "plea", "request");
  private static final Set<String> PARTICLES = Set.of("aside", "off", "away", "down");

  private BrushedAsideCalls() {}

  /** The one reattachment that repairs the tree, or none. */
  static List<ParticipleSubjects.Move> moves(Sentence s, int[] head, String[] relation, List<List<Integer>> children) {
    List<ParticipleSubjects.Move> out = new ArrayList<>();
    for (int c = 2; c < head.length; c++) {
      int v = head[c];
      if (v < 0 || v != c - 2 || !relation[c].equals("dep") || !s.token(c).pos().equals("VBZ")) continue;
      if (!REQUESTS.contains(s.token(c).lemma().toLowerCase(Locale.ROOT)) || !s.token(v).isVerb()) continue;
      int particle = c - 1;
      if (head[particle] != v || !PARTICLES.contains(s.token(particle).word().toLowerCase(Locale.ROOT))) continue;
      boolean hasObject = false;
      for (int k : children.get(v)) if (relation[k].equals("obj")) hasObject = true;
      if (hasObject) continue;
      out.add(new ParticipleSubjects.Move(c, v, "obj"));
      return out;
    }
    return out;
  }
}
