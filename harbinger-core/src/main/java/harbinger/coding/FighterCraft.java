package harbinger.coding;

import java.util.Locale;
import java.util.Set;

/**
 * A single "fighter" in a story about aircraft is a fighter plane, not a guerrilla: "shot down an Indian fighter and
 * captured its pilot", "a Syrian fighter over the Golan Heights". agents.tsv makes "fighter" a rebel (REB); the
 * singular is the armed forces (MIL) when the sentence speaks of flying: a pilot, jets, warplanes, airspace, air
 * defences, a craft "shot down" or a military type designation. Plural "fighters" stay rebels ("Taliban fighters").
 * Stateless.
 */
final class FighterCraft {
  private FighterCraft() {}

  private static final Set<String> AIR_WORDS = Set.of("pilot", "jet", "jets", "warplane", "airspace", "aircraft",
      "squadron", "cockpit", "sortie", "air", "plane", "helicopter", "bomber", "drone");

  /** Whether head token {@code head} is a singular "fighter" meant as an aircraft. */
  static boolean aircraft(SentenceGraph g, int head) {
    if (!g.word(head).toLowerCase(Locale.ROOT).equals("fighter")) return false;
    for (int k = 0; k < g.size(); k++) {
      if (k == head) continue;
      String lemma = g.lemma(k).toLowerCase(Locale.ROOT);
      if (AIR_WORDS.contains(lemma) || MilitaryCraft.designates(g, k)) return true;
      // "shot down", "downed": a craft brought down
      if (lemma.equals("down") && k > 0 && g.lemma(k - 1).equalsIgnoreCase("shoot") || g.word(k).equalsIgnoreCase("downed")) return true;
    }
    return false;
  }
}
