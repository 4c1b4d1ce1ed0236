package harbinger.coding;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The kind of aid that is cut, suspended or frozen (CAMEO 162x), read from the words that qualify the aid itself
 * ("suspended economic aid to Pakistan after the military coup" is 1621: "military" qualifies the coup, not the
 * aid; "cut its development assistance" is 1621; "halted military aid" 1622; "suspended food deliveries" 1623). The
 * lexicon's context words may come from anywhere in the clause; the modifiers of the object decide when they name a
 * kind. Stateless.
 */
final class AidKinds {
  private AidKinds() {}

  private static final Set<String> ECONOMIC = Set.of("economic", "development", "developmental", "financial",
      "budget", "budgetary", "loan", "loans", "credit", "credits", "debt", "fiscal", "balance-of-payments");
  private static final Set<String> MILITARY = Set.of("military", "security", "defence", "defense", "arms", "weapon",
      "weapons", "counter-narcotics", "counternarcotics");
  private static final Set<String> HUMANITARIAN = Set.of("humanitarian", "food", "relief", "medical", "emergency",
      "refugee");

  /** The 162x code the object's modifiers name, or null when they name no kind. */
  static @Nullable String of(SentenceGraph g, int i, String code) {
    if (!code.startsWith("162")) return null;
    Integer o = TriggerFinder.objectHead(g, i, false);
    if (o == null) return null;
    String kind = kind(g.lemma(o));
    for (int c : g.children(o)) {
      String rel = g.baseRelation(c);
      if (kind == null && (rel.equals("amod") || rel.equals("compound"))) kind = kind(g.lemma(c));
    }
    return kind == null || kind.equals(code) ? null : kind;
  }

  private static @Nullable String kind(String lemma) {
    String w = lemma.toLowerCase(Locale.ROOT);
    if (ECONOMIC.contains(w)) return "1621";
    if (MILITARY.contains(w)) return "1622";
    if (HUMANITARIAN.contains(w)) return "1623";
    return null;
  }
}
