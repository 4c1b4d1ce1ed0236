package harbinger.coding;

import java.util.Set;

/**
 * A plural common noun that says nothing of its own beyond "the" or a count ("the boats", "more than two dozen
 * diplomats"): wire copy names a group so when it repeats the group named just before with its country ("Philippine
 * boats", "Russian diplomats"), so {@link ActorResolver} takes that earlier mention's party. Stateless.
 */
final class RepeatedNouns {
  private static final Set<String> QUIET = Set.of("det", "nummod", "case", "punct", "advmod");

  private RepeatedNouns() {}

  static boolean bare(SentenceGraph g, int head) {
    if (!g.token(head).pos().equals("NNS")) return false;
    for (int c : g.children(head)) {
      String rel = g.relation(c);
      if (!QUIET.contains(rel)) return false;
      if (rel.equals("det") && !g.lemma(c).equals("the")) return false;
    }
    return true;
  }
}
