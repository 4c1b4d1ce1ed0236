package harbinger.coding;

import java.util.Locale;
import java.util.Set;

/**
 * Two objects of a verb of handing that the parser did not tell apart: "handed Pakistan's high commissioner a strongly
 * worded protest" (two "obj" relations), "handed the Afghan charge d'affaires a note protesting ..." (the thing
 * handed hung on the first object as "dep"). The first object, a party, is the recipient; the second, introduced by
 * "a" or "an", is what is handed. Stateless.
 */
final class DoubleObjects {
  private DoubleObjects() {}

  private static final Set<String> INDEFINITE = Set.of("a", "an");

  /** True when {@code obj}, the first object of {@code verb}, is followed by a second, indefinite object. */
  static boolean firstIsRecipient(SentenceGraph g, int verb, int obj) {
    if (g.nonActor(obj)) return false;
    for (int c : g.children(verb)) {
      if (c > obj && g.relation(c).equals("obj") && g.token(c).isNoun() && indefinite(g, c)) return true;
    }
    java.util.BitSet inner = g.subtree(obj);
    for (int k = inner.nextSetBit(obj + 1); k >= 0; k = inner.nextSetBit(k + 1)) {
      if (g.relation(k).equals("dep") && g.token(k).isNoun() && indefinite(g, k)) return true;
    }
    return false;
  }

  /** An indefinite article in the noun's own phrase (on it, or on a compound or modifier before it). */
  private static boolean indefinite(SentenceGraph g, int noun) {
    for (int c : g.children(noun)) {
      if (c > noun) continue;
      if (g.relation(c).equals("det") && INDEFINITE.contains(g.word(c).toLowerCase(Locale.ROOT))) return true;
      if (g.relation(c).equals("compound") || g.relation(c).equals("dep")) {
        for (int d : g.children(c)) {
          if (g.relation(d).equals("det") && INDEFINITE.contains(g.word(d).toLowerCase(Locale.ROOT))) return true;
        }
      }
    }
    return false;
  }
}
