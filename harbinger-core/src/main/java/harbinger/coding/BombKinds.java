package harbinger.coding;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The kind of bombing a bomb's own name tells, when the bomb is the subject of the verb ("a truck bomb exploded",
 * "a roadside bomb went off", "the suicide bomber blew himself up"): the lexicon's context leaves the subject out,
 * so its modifiers need this look. Stateless.
 */
final class BombKinds {
  private BombKinds() {}

  private static final Set<String> BOMBS = Set.of("bomb", "bombs", "device", "devices", "explosive", "explosives",
      "ied", "ieds", "bomber", "bombers", "blast", "explosion", "mine");

  /** Modifiers of the bomb and the CAMEO code of the bombing they name (1831 suicide, 1832 car, 1833 roadside). */
  private static final Map<String, String> KINDS = Map.of("suicide", "1831", "car", "1832", "truck", "1832",
      "lorry", "1832", "vehicle", "1832", "motorcycle", "1832", "van", "1832", "roadside", "1833");

  /** The code of the bombing named by the subject of verb {@code i}, or null when the subject names none. */
  static @Nullable String of(SentenceGraph g, int i) {
    Integer s = g.subject(i);
    if (s == null) s = g.child(i, "nsubj:pass");
    if (s == null || !BOMBS.contains(g.lemma(s).toLowerCase(java.util.Locale.ROOT))) return null;
    String best = null;
    for (int c : g.children(s)) {
      String r = g.relation(c);
      if (!r.equals("compound") && !r.equals("amod")) continue;
      String kind = KINDS.get(g.lemma(c).toLowerCase(java.util.Locale.ROOT));
      // a suicide car bomb is a suicide bombing (codebook 1832: the suicide component takes precedence)
      if (kind != null && (best == null || kind.compareTo(best) < 0)) best = kind;
    }
    return best;
  }
}
