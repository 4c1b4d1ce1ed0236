package harbinger.coding;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Event nouns frozen inside a figure that names no event: a firm "stealing a march on its rivals" gets ahead of
 * them (no march), a government's "charm offensive" is courting (no offensive). The figure is the noun with the
 * verb that governs it or with the modifier that kinds it. Stateless; {@link WordSenses} drops the trigger.
 */
final class FixedFigures {
  private FixedFigures() {}

  /** Event noun -> verbs that make a figure of it as their object. */
  private static final Map<String, Set<String>> GOVERNED = Map.of("march", Set.of("steal"));

  /** Event noun -> compound modifiers that make a figure of it. */
  private static final Map<String, Set<String>> KINDED = Map.of("offensive", Set.of("charm"));

  /** Whether noun {@code i} is frozen in a figure. */
  static boolean frozen(SentenceGraph g, int i) {
    if (!g.token(i).isNoun()) return false;
    String noun = g.lemma(i).toLowerCase(Locale.ROOT);
    Set<String> verbs = GOVERNED.get(noun);
    int h = g.head(i);
    if (verbs != null && h >= 0 && g.relation(i).equals("obj") && verbs.contains(g.lemma(h).toLowerCase(Locale.ROOT))) return true;
    Set<String> kinds = KINDED.get(noun);
    if (kinds != null) for (int c : g.children(i)) {
      if (g.relation(c).equals("compound") && kinds.contains(g.lemma(c).toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }
}
