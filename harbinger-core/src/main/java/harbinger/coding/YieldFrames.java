package harbinger.coding;

import java.util.Set;

/**
 * Yielding told as the frame of an announcement: "Bowing to a year of sit-ins, the prime minister announced that the
 * farm laws would be repealed", "Yielding to the strikers' demands, the government said the tax would be scrapped",
 * "Under pressure from weeks of protests, the president announced that the bill would be withdrawn". The announcement
 * is the concession itself, not a statement of a later intent: a yielding act (root 08) under such a frame keeps its
 * own code (0832) instead of the intent code (0342) a bare "would be repealed" takes. Stateless.
 */
final class YieldFrames {
  private YieldFrames() {}

  /** Verbs of giving way to pressure, with "to" naming what is given way to. */
  private static final Set<String> GIVING_WAY = Set.of("bow", "yield", "bend", "cave", "succumb", "respond", "accede");

  /** Nouns of pressure after "under": "under pressure from", "under the weight of protests". */
  private static final Set<String> PRESSURE = Set.of("pressure", "weight", "strain");

  /** Steps up from the trigger to the clause the frame may hang on ("announced that the laws would be repealed"). */
  private static final int MAX_STEPS = 3;

  /** Whether the act at {@code trigger} or a clause above it is framed as giving way to pressure. */
  static boolean bowing(SentenceGraph g, int trigger) {
    int k = trigger;
    for (int step = 0; k >= 0 && step <= MAX_STEPS; step++) {
      for (int c : g.children(k)) {
        if (framesYield(g, c)) return true;
      }
      k = g.head(k);
    }
    return false;
  }

  private static boolean framesYield(SentenceGraph g, int c) {
    String rel = g.baseRelation(c);
    // "Under pressure from weeks of protests, X announced": the pressure noun on the verb itself
    if (rel.equals("obl") && PRESSURE.contains(g.lemma(c)) && "under".equals(g.caseMarker(c))) return true;
    if (!rel.equals("advcl") || !GIVING_WAY.contains(g.lemma(c))) return false;
    // "Bowing to a year of sit-ins": the participle with what it gives way to after "to"
    for (int d : g.children(c)) {
      if (g.baseRelation(d).equals("obl") && "to".equals(g.caseMarker(d))) return true;
    }
    return false;
  }
}
