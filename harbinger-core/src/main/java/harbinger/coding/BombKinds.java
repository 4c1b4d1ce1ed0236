package harbinger.coding;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The kind of bombing a bomb's own name tells, when the bomb is the subject of the verb ("a truck bomb exploded",
 * "a roadside bomb went off", "the suicide bomber blew himself up"): the lexicon's context leaves the subject out,
 * so its modifiers need this look. Also the bombing that caused casualties ("three soldiers were killed when a
 * roadside bomb struck their patrol"): the deaths are that bombing's, not an unspecified use of force. Stateless.
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
    return s == null ? null : named(g, s);
  }

  /**
   * The bombing that caused the casualties of verb {@code i}: "were killed when a roadside bomb struck their patrol",
   * "was wounded by a car bomb" (183 for a bomb of no named kind), or null when no bomb is named as the cause.
   */
  static @Nullable String cause(SentenceGraph g, int i) {
    for (int c : g.children(i)) {
      String rel = g.relation(c);
      Integer bomb = null;
      if (rel.startsWith("advcl") && openedByWhen(g, c)) bomb = g.subject(c);
      else if (g.baseRelation(c).equals("obl") && "by".equals(g.caseMarker(c))) bomb = c;
      if (bomb == null || !BOMBS.contains(g.lemma(bomb).toLowerCase(java.util.Locale.ROOT))
          || g.lemma(bomb).toLowerCase(java.util.Locale.ROOT).startsWith("bomber")) continue;
      String kind = named(g, bomb);
      return kind != null ? kind : "183";
    }
    return null;
  }

  private static boolean openedByWhen(SentenceGraph g, int c) {
    for (int k : g.children(c)) if (k < c && g.lemma(k).equals("when")) return true;
    return false;
  }

  /** The kind of bombing the modifiers of bomb noun {@code s} name, or null. */
  private static @Nullable String named(SentenceGraph g, int s) {
    if (!BOMBS.contains(g.lemma(s).toLowerCase(java.util.Locale.ROOT))) return null;
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
