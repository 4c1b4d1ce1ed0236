package harbinger.coding;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Border phrases around force-posture events (CAMEO root 15): "massed troops on the border with Ukraine",
 * "near Ukraine's border", "on the Russian side of the border". The country across the border is the
 * target of a build-up; the country whose side, soil or territory the forces stand on is their home when
 * the forces are named only by role ("70,000 soldiers").
 */
final class Borders {
  private static final Set<String> BORDER = Set.of("border", "frontier", "boundary");
  private static final Set<String> NEAR = Set.of("around", "near", "off", "toward", "towards", "outside");
  private static final Set<String> OWN_GROUND = Set.of("side", "soil", "territory");

  private Borders() {}

  /** The head of the country named as lying across a border in the trigger's clause, or null. */
  static @Nullable Integer country(SentenceGraph g, int trigger) {
    var scope = TriggerFinder.context(g, trigger, false);
    if (g.relation(trigger).startsWith("acl") && g.head(trigger) >= 0) scope.or(g.subtree(trigger));
    for (int k = scope.nextSetBit(0); k >= 0; k = scope.nextSetBit(k + 1)) {
      if (!BORDER.contains(g.lemma(k))) continue;
      for (int c : g.children(k)) {
        boolean named = g.token(c).isProperNoun() || g.token(c).ner().equals("COUNTRY");
        if (!named) continue;
        String prep = g.caseMarker(c);
        if (g.relation(c).equals("nmod:poss") || "with".equals(prep) || "of".equals(prep)) return c;
        if (g.relation(c).equals("compound") || g.relation(c).equals("amod")) return c;
      }
      // "moved divisions toward the border with Saudi Arabia": the parse may hang "with X" on the verb
      for (int c : g.children(trigger)) {
        boolean named = g.token(c).isProperNoun() || g.token(c).ner().equals("COUNTRY");
        if (named && g.baseRelation(c).equals("obl") && "with".equals(g.caseMarker(c)) && c > k) return c;
      }
    }
    return null;
  }

  /** A country the forces are "around", "near", "off" or "toward" ("drills around Taiwan"), or null. */
  static @Nullable Integer around(SentenceGraph g, int trigger) {
    int k = trigger;
    for (int steps = 0; k >= 0 && steps < 2; steps++) {
      for (int c : g.children(k)) {
        String prep = g.caseMarker(c);
        if (prep != null && NEAR.contains(prep) && (g.token(c).ner().equals("COUNTRY") || g.token(c).isProperNoun())) return c;
      }
      if (g.token(k).isVerb()) break;
      k = g.head(k);
    }
    return null;
  }

  /** A national adjective or country on "the Russian side", "Russian soil", "Russian territory", or null. */
  static @Nullable Integer ownSide(SentenceGraph g) {
    for (int k = 0; k < g.size(); k++) {
      if (!OWN_GROUND.contains(g.lemma(k))) continue;
      for (int c : g.children(k)) {
        String ner = g.token(c).ner();
        if ((g.relation(c).equals("amod") || g.relation(c).equals("compound")) && (ner.equals("NATIONALITY") || ner.equals("COUNTRY"))) return c;
      }
    }
    return null;
  }
}
