package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Areas named by the state that holds them in a hyphenated compound: "Eritrean-held territory", "the
 * Ethiopian-administered area around Badme", "Armenian-controlled districts", "the Sudanese-held oil town". The
 * parser makes the participle an adjective of the place and the state's word its modifier (or oblique); that word
 * names the owner of the place, the party acted on. Pure and stateless.
 */
final class HeldAreas {
  private HeldAreas() {}

  private static final Set<String> HELD = Set.of("held", "hold", "controlled", "control", "administered", "administer",
      "occupied", "occupy", "run");

  /** The token naming the state that holds the place {@code head} ("Eritrean" in "Eritrean-held territory"), or null. */
  static @Nullable Integer holder(SentenceGraph g, int head, ActorKnowledge knowledge) {
    for (int m : g.children(head)) {
      if (!g.relation(m).equals("amod") || m > head || !HELD.contains(g.lemma(m))) continue;
      for (int c : g.children(m)) {
        if (c > m || !hyphenBetween(g, c, m)) continue;
        boolean state = g.token(c).ner().equals("NATIONALITY") || knowledge.findCountryByAdjective(g.word(c)).isPresent()
            || knowledge.findCountry(g.word(c)).isPresent();
        if (state) return c;
      }
    }
    return null;
  }

  private static boolean hyphenBetween(SentenceGraph g, int a, int b) {
    for (int i = a + 1; i < b; i++) if (g.word(i).equals("-")) return true;
    return b == a + 1 && g.word(a).endsWith("-");
  }
}
