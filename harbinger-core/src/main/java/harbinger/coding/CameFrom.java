package harbinger.coding;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A verbal act named by a noun whose maker comes in "came from": "Calls for Rwanda's government and the rebels to go
 * back to the negotiating table came from the Organisation of African Unity", "A claim of responsibility for the
 * ambush came from Lashkar-e-Taiba". The "from" phrase of "come" is the source of the call or claim (session 21).
 * The noun is the subject of "come", or the head of an "of" or "for" phrase that is ("a claim of responsibility"); the
 * parser may also make the call the subject of its own infinitive and hang "came" loosely on that ("Calls[nsubj]
 * for X to go[root] ... came[dep] from Y"). Pure functions over a {@link SentenceGraph}.
 */
final class CameFrom {
  private CameFrom() {}

  /** The head of the "from" phrase that names the maker of noun {@code n}, or null. */
  static @Nullable Integer maker(SentenceGraph g, int n) {
    int k = n;
    // "a claim of responsibility": the noun hangs from the subject noun
    for (int steps = 0; steps < 2 && g.baseRelation(k).equals("nmod") && g.head(k) >= 0 && g.token(g.head(k)).isNoun(); steps++) k = g.head(k);
    if (!g.relation(k).equals("nsubj")) return null;
    int v = g.head(k);
    if (v < 0 || !g.token(v).isVerb()) return null;
    if (come(g, v)) return ArgumentFinder.obliqueWith(g, v, java.util.List.of("from"));
    if (!g.hasMarker(v, "to")) return null;
    for (int c : g.children(v)) {
      if (g.relation(c).equals("dep") && c > v && come(g, c)) return ArgumentFinder.obliqueWith(g, c, java.util.List.of("from"));
    }
    return null;
  }

  /**
   * Whether noun {@code n} is the subject of an infinitive that is really its content ("Calls[nsubj] for X to go[root]
   * back to the negotiating table came from Y"), so that the infinitive's words are the call's context.
   */
  static @Nullable Integer contentVerb(SentenceGraph g, int n) {
    if (!g.relation(n).equals("nsubj") || g.head(n) < 0) return null;
    int v = g.head(n);
    if (!g.token(v).isVerb() || !g.hasMarker(v, "to")) return null;
    for (int c : g.children(v)) if (g.relation(c).equals("dep") && c > v && come(g, c)) return v;
    return null;
  }

  private static boolean come(SentenceGraph g, int v) {
    return g.token(v).isVerb() && g.lemma(v).toLowerCase(Locale.ROOT).equals("come");
  }
}
