package harbinger.coding;

import java.util.BitSet;
import java.util.Set;

/**
 * "The Armenian and Azerbaijani presidents conferred on the sidelines of the OSCE summit in Istanbul", "met on the
 * margins of the G20": a meeting or consultation held on the sidelines of a gathering of many states is a meeting at a
 * 'third' location (044), whichever of the verbs of meeting carries it; the gathering is nobody's home ground even when
 * no place is named. The sign is a phrase "on / at the sidelines (margins, fringes) of" hung on the meeting word, or on
 * the light verb that carries a meeting noun. {@link ThirdPlaces} uses it and still keeps a meeting held in one party's
 * own country as it is. Stateless (session 19).
 */
final class SummitSidelines {
  private SummitSidelines() {}

  /** Nouns of the edge of a gathering. */
  private static final Set<String> EDGES = Set.of("sideline", "sidelines", "margin", "margins", "fringe", "fringes");

  /** Prepositions that put a meeting on that edge. */
  private static final Set<String> PREPS = Set.of("on", "at", "along");

  /** The token of the "sidelines" phrase of meeting word {@code trigger} (or of its light verb), or -1 if none. */
  static int edge(SentenceGraph g, int trigger) {
    int found = edgeOf(g, trigger);
    int h = g.head(trigger);
    if (found < 0 && g.token(trigger).isNoun() && h >= 0 && g.token(h).isVerb() && g.baseRelation(trigger).equals("obj")) {
      found = edgeOf(g, h);
    }
    return found;
  }

  private static int edgeOf(SentenceGraph g, int head) {
    for (int c : g.children(head)) {
      String rel = g.baseRelation(c);
      if ((rel.equals("obl") || rel.equals("nmod")) && EDGES.contains(g.lemma(c).toLowerCase(java.util.Locale.ROOT))
          && PREPS.contains(String.valueOf(g.caseMarker(c)))) return c;
    }
    return -1;
  }

  /** The words under the "sidelines" phrase {@code edge}, where the gathering's place may be named. */
  static BitSet phrase(SentenceGraph g, int edge) {
    return g.subtree(edge);
  }
}
