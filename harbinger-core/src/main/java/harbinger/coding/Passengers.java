package harbinger.coding;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The people a vehicle carries: "ambushed a bus carrying Turkish conscripts", "attacked a convoy transporting Indian
 * police". A vehicle names no party; an attack on it is an attack on those it carries, so the carried are a
 * second-choice target ({@link InnerTargets}). Stateless.
 */
final class Passengers {
  private Passengers() {}

  private static final Set<String> VEHICLES = Set.of("bus", "minibus", "coach", "convoy", "car", "truck", "lorry",
      "van", "vehicle", "jeep", "train", "boat", "ferry", "ship", "plane", "aircraft", "helicopter", "column");
  private static final Set<String> CARRYING = Set.of("carry", "transport", "ferry", "bring", "take");

  /** The object of a carrying participle on vehicle noun {@code h}, or null. */
  static @Nullable Integer carried(SentenceGraph g, int h) {
    if (!VEHICLES.contains(g.lemma(h).toLowerCase(Locale.ROOT))) return null;
    for (int c : g.children(h)) {
      if (!g.relation(c).startsWith("acl") || !CARRYING.contains(g.lemma(c).toLowerCase(Locale.ROOT))) continue;
      if (!g.word(c).toLowerCase(Locale.ROOT).endsWith("ing")) continue;
      Integer obj = g.child(c, "obj");
      if (obj != null) return obj;
    }
    return null;
  }
}
