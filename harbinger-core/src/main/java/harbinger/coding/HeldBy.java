package harbinger.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Land and captives named by who holds them: "occupied farmland administered by Ethiopia", "seized oil fields
 * controlled by Kuwait", "freed hostages held by the FARC". Land is no party, so an act on it is aimed at its
 * holder; captives are a party, but freeing or rescuing them is done against their captors. The holder is the "by"
 * phrase of a participle of holding on the noun (or on its "of" noun: "a strip of farmland administered by ...").
 * Stateless.
 */
final class HeldBy {
  private HeldBy() {}

  private static final Set<String> HOLDING = Set.of("hold", "administer", "control", "rule", "govern", "run",
      "occupy", "kidnap", "abduct", "capture", "seize", "take");
  private static final Set<String> FREEING = Set.of("free", "rescue", "liberate", "release");
  /** Nouns of land and settlements that no party is named by. */
  private static final Set<String> LAND = Set.of("land", "farmland", "field", "oilfield", "strip", "area", "territory",
      "enclave", "island", "village", "town", "city", "region", "district", "province", "zone", "mine", "port");

  /** The holder of what {@code target} names, for the act of verb {@code v}; else {@code target} (null stays null). */
  static @Nullable Integer holder(SentenceGraph g, int v, @Nullable Integer target) {
    Integer object = target != null ? target : g.child(v, "obj"); // land resolves to no party: the object itself
    if (object == null) object = misparsedObject(g, v);
    if (object == null) return target;
    boolean freeing = FREEING.contains(g.lemma(v));
    List<Integer> nouns = new ArrayList<>(List.of(object));
    for (int c : g.children(object)) {
      if (g.baseRelation(c).equals("nmod") && "of".equals(g.caseMarker(c))) nouns.add(c);
    }
    for (int n : List.copyOf(nouns)) {
      for (int c : g.children(n)) if (g.relation(c).equals("conj")) nouns.add(c); // "women and children held by"
    }
    for (int n : nouns) {
      if (!freeing && !LAND.contains(g.lemma(n).toLowerCase(java.util.Locale.ROOT))) continue;
      for (int p : g.children(n)) {
        if (!g.relation(p).startsWith("acl") || !g.token(p).pos().equals("VBN") || !HOLDING.contains(g.lemma(p))) continue;
        Integer by = ArgumentFinder.obliqueWith(g, p, List.of("by"));
        if (by != null) return by;
      }
      int p = g.head(n);
      if (p >= 0 && g.relation(n).equals("nsubj") && g.relation(p).equals("dep") && g.head(p) == v
          && g.token(p).pos().equals("VBN") && HOLDING.contains(g.lemma(p))) {
        Integer by = ArgumentFinder.obliqueWith(g, p, List.of("by"));
        if (by != null) return by;
      }
    }
    return target;
  }

  /**
   * "occupied a strip of farmland administered by Ethiopia": the parser may make the object the subject of the
   * participle, which it hangs on the verb as a loose dependent.
   */
  private static @Nullable Integer misparsedObject(SentenceGraph g, int v) {
    for (int p : g.children(v)) {
      if (!g.relation(p).equals("dep") || !g.token(p).pos().equals("VBN") || !HOLDING.contains(g.lemma(p))) continue;
      Integer n = g.child(p, "nsubj");
      if (n != null && n < p && n > v) {
        Integer by = ArgumentFinder.obliqueWith(g, p, List.of("by"));
        if (by != null) return n;
      }
    }
    return null;
  }
}
