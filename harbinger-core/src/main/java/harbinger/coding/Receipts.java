package harbinger.coding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Aid or material cooperation told from the receiver's side: "Nicaragua received 50 million dollars from the European
 * Union", "Colombia received helicopters from the United States", "Bolivia obtained a loan from Brazil". The giver,
 * named in the "from" phrase, is the source and the receiver, the subject, is the target; without a "from" phrase the
 * receiver is still the target and the giver unknown. Only roots 06 and 07 (what is given); receiving peacekeepers or
 * inspectors (086x) is the receiver's own act of letting them in, and receiving a visitor (043) is hosting. Stateless.
 */
final class Receipts {
  private Receipts() {}

  /** Verbs of getting something given. */
  private static final Set<String> VERBS = Set.of("receive", "obtain", "get", "accept", "secure");

  /** The giver-first arguments of trigger {@code t} when its verb (or the verb carrying its noun) is one of receiving. */
  static Arguments giverFirst(ArgumentFinder finder, SentenceGraph g, Trigger t, Arguments found) {
    String root = t.code().substring(0, 2);
    if (!root.equals("06") && !root.equals("07")) return found;
    int v = t.noun() ? TriggerFinder.governor(g, t.token()) : t.token();
    if (v < 0 || !g.token(v).isVerb() || !VERBS.contains(g.lemma(v).toLowerCase(Locale.ROOT))) return found;
    if (g.child(v, "nsubj:pass") != null) return found;
    Integer receiver = g.subject(v);
    if (receiver == null) return found;
    Integer giver = ArgumentFinder.obliqueWith(g, v, List.of("from"));
    if (giver == null && t.noun()) giver = fromOfNoun(g, t.token());
    List<Integer> givers = giver == null ? List.of() : finder.expand(g, giver);
    return new Arguments(givers, finder.expand(g, receiver), false, found.fallbackSources(), List.of());
  }

  /** "received a loan from Brazil" parsed with the "from" phrase on the noun. */
  private static @Nullable Integer fromOfNoun(SentenceGraph g, int n) {
    for (int c : g.children(n)) {
      if (g.baseRelation(c).equals("nmod") && "from".equals(g.caseMarker(c)) && !g.nonActor(c)) return c;
    }
    return null;
  }
}
