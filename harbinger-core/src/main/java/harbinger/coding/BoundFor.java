package harbinger.coding;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The party that goods, trucks or ships are "bound for" (or "destined for") is the one a closure, blockade or ban
 * on them is aimed at: "closed its port to goods bound for Macedonia", "closed its border to all trade bound for
 * Macedonia". The doer's own port or border is where the act happens, not its target. The bound phrase hangs on the
 * verb's object or on its "to" phrase. Stateless.
 */
final class BoundFor {
  private BoundFor() {}

  private static final Set<String> BOUND = Set.of("bind", "bound", "destine", "destined", "head", "headed");

  /** The destination party of what verb {@code v} stops, or null. */
  static @Nullable Integer party(SentenceGraph g, int v) {
    for (int c : g.children(v)) {
      String rel = g.baseRelation(c);
      if (!(rel.equals("obj") || (rel.equals("obl") && "to".equals(g.caseMarker(c))))) continue;
      for (int p : g.children(c)) {
        if (!g.relation(p).startsWith("acl") || !BOUND.contains(g.lemma(p)) || !g.token(p).pos().equals("VBN")) continue;
        Integer to = ArgumentFinder.obliqueWith(g, p, List.of("for"));
        if (to != null && !g.nonActor(to)) return to;
      }
    }
    return null;
  }
}
