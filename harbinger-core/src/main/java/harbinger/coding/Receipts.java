package harbinger.coding;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * "X received Y's aid / an apology / a warning from Z": the act a noun names is done by the giver in the "from"
 * phrase to the receiver, the subject ("Egypt received economic aid from the United States" is the United States
 * giving aid to Egypt; "Arafat received an invitation from Mubarak" is Mubarak inviting Arafat). Without a "from"
 * phrase the giver is unknown and the clause is read as usual. Thread-safe (stateless).
 */
final class Receipts {
  /** Verbs of receiving whose subject gets what a "from" phrase gives. */
  private static final Set<String> RECEIVING = Set.of("receive", "get", "obtain", "accept", "secure", "win", "gain",
      "welcome", "collect");

  private Receipts() {}

  /**
   * The giver and receiver of noun {@code n}, the object of a receiving verb with a "from" phrase (on the verb or on
   * the noun: "received military assistance from Uganda"), or null when it stands in no such frame.
   */
  static @Nullable Arguments of(ArgumentFinder finder, SentenceGraph g, int n) {
    int verb = g.head(n);
    if (verb < 0 || !g.relation(n).equals("obj") || !g.token(verb).isVerb() || !RECEIVING.contains(g.lemma(verb))
        || g.child(verb, "nsubj:pass") != null || g.child(verb, "aux:pass") != null) return null;
    Integer giver = ArgumentFinder.obliqueWith(g, verb, List.of("from"));
    if (giver == null) {
      for (int c : g.children(n)) if (g.baseRelation(c).equals("nmod") && "from".equals(g.caseMarker(c))) giver = c;
    }
    Integer receiver = g.subject(verb);
    if (giver == null || receiver == null) return null;
    List<Integer> givers = finder.expand(g, giver);
    List<Integer> receivers = finder.expand(g, receiver);
    return givers.isEmpty() || receivers.isEmpty() ? null : new Arguments(givers, receivers, false);
  }
}
