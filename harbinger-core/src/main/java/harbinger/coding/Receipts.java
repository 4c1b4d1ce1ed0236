package harbinger.coding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Acts told from the receiver's side. "X received Y's aid / an apology / a warning from Z": the act a noun names is
 * done by the giver in the "from" phrase to the receiver, the subject ("Egypt received economic aid from the United
 * States" is the United States giving aid to Egypt; "Arafat received an invitation from Mubarak" is Mubarak inviting
 * Arafat) — {@link #of}. Aid or material cooperation (roots 06 and 07) received with no "from" phrase still has the
 * receiver as its target and an unknown giver — {@link #giverFirst}; receiving peacekeepers or inspectors (086x) is
 * the receiver's own act of letting them in, and receiving a visitor (043) is hosting. Stateless.
 */
final class Receipts {
  /** Verbs of receiving whose subject gets what a "from" phrase gives. */
  private static final Set<String> RECEIVING = Set.of("receive", "get", "obtain", "accept", "secure", "win", "gain",
      "welcome", "collect");

  /** Nouns of a message whose "of" phrase names the act it conveys: "a message of condolence", "a letter of thanks". */
  private static final Set<String> MESSAGES = Set.of("message", "messages", "letter", "letters", "cable", "cables",
      "telegram", "telegrams", "note", "notes", "card", "cards");

  private Receipts() {}

  /** Whether {@code v} is a verb of receiving ("won recognition from Germany"). */
  static boolean receiving(SentenceGraph g, int v) {
    return g.token(v).isVerb() && RECEIVING.contains(g.lemma(v).toLowerCase(Locale.ROOT));
  }

  /**
   * The giver and receiver of noun {@code n}, the object of a receiving verb with a "from" phrase (on the verb or on
   * the noun: "received military assistance from Uganda"), or null when it stands in no such frame.
   */
  static @Nullable Arguments of(ArgumentFinder finder, SentenceGraph g, int n) {
    // "received a message of condolence from Athens": the act is named by the "of" phrase of the message received
    if (g.baseRelation(n).equals("nmod") && "of".equals(g.caseMarker(n)) && g.head(n) >= 0
        && MESSAGES.contains(g.lemma(g.head(n)).toLowerCase(Locale.ROOT))) n = g.head(n);
    int verb = g.head(n);
    if (verb < 0 || !g.relation(n).equals("obj") || !g.token(verb).isVerb() || !RECEIVING.contains(g.lemma(verb))
        || g.child(verb, "nsubj:pass") != null || g.child(verb, "aux:pass") != null) return null;
    Integer giver = ArgumentFinder.obliqueWith(g, verb, List.of("from"));
    if (giver == null) giver = fromOfNoun(g, n, false);
    Integer receiver = g.subject(verb);
    if (giver == null || receiver == null) return null;
    List<Integer> givers = finder.expand(g, giver);
    List<Integer> receivers = finder.expand(g, receiver);
    return givers.isEmpty() || receivers.isEmpty() ? null : new Arguments(givers, receivers, false);
  }

  /**
   * The giver-first arguments of aid or cooperation trigger {@code t} (roots 06 and 07) when its verb, or the verb
   * carrying its noun, is one of receiving: the receiver is the target even when no giver is named.
   */
  static Arguments giverFirst(ArgumentFinder finder, SentenceGraph g, Trigger t, Arguments found) {
    String root = t.code().substring(0, 2);
    if (!root.equals("06") && !root.equals("07")) return found;
    int v = t.noun() ? TriggerFinder.governor(g, t.token()) : t.token();
    if (v < 0 || !g.token(v).isVerb() || !RECEIVING.contains(g.lemma(v).toLowerCase(Locale.ROOT))) return found;
    if (g.child(v, "nsubj:pass") != null) return found;
    Integer receiver = g.subject(v);
    if (receiver == null) return found;
    Integer giver = ArgumentFinder.obliqueWith(g, v, List.of("from"));
    if (giver == null && t.noun()) giver = fromOfNoun(g, t.token(), true);
    if (giver == null && !t.noun()) giver = fromOfObject(g, v);
    List<Integer> givers = giver == null ? List.of() : finder.expand(g, giver);
    return new Arguments(givers, finder.expand(g, receiver), false, found.fallbackSources(), List.of());
  }

  /**
   * The giver in a "from" phrase on the object of receiving verb {@code v}, or on the noun of its "of" phrase:
   * "received a shipment of rifles from France" with "from France" on "shipment" or on "rifles".
   */
  private static @Nullable Integer fromOfObject(SentenceGraph g, int v) {
    Integer obj = g.child(v, "obj");
    if (obj == null) return null;
    Integer giver = fromOfNoun(g, obj, true);
    for (int c : g.children(obj)) {
      if (giver == null && g.baseRelation(c).equals("nmod") && "of".equals(g.caseMarker(c))) giver = fromOfNoun(g, c, true);
    }
    return giver;
  }

  /** "received a loan from Brazil" parsed with the "from" phrase on the noun (one that names a party, when asked). */
  private static @Nullable Integer fromOfNoun(SentenceGraph g, int n, boolean partiesOnly) {
    for (int c : g.children(n)) {
      if (g.baseRelation(c).equals("nmod") && "from".equals(g.caseMarker(c)) && !(partiesOnly && g.nonActor(c))) return c;
    }
    return null;
  }
}
