package harbinger.coding;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The party an armed group routed on its way to a place: "overran the city of Kunduz after routing Afghan government
 * forces", "took the town after defeating a Yemeni army brigade". The actor probes' convention (as CAMEO's for a
 * taking that follows a battle) codes the taking as an act on the routed party, the place being only where it
 * happened. The parser makes the "after" clause an adverbial clause with the party as its object, or reads the
 * gerund as an adjective of the party inside an "after" phrase. Only acts of force (CAMEO roots 17 to 20) take this
 * target. Stateless.
 */
final class RoutedParties {
  private RoutedParties() {}

  /** Verbs of beating an armed party in battle. */
  private static final Set<String> ROUTING = Set.of("rout", "route", "defeat", "beat", "crush", "overpower",
      "vanquish", "smash", "drive", "push", "repel", "repulse", "dislodge", "oust", "expel", "overwhelm", "overrun");

  /**
   * The routed party named in an "after" clause of act {@code v} with CAMEO code {@code code}, or null.
   */
  static @Nullable Integer of(SentenceGraph g, int v, String code) {
    if (!code.matches("1[789].*|20.*")) return null;
    for (int c : g.children(v)) {
      if (c < v) continue;
      String rel = g.baseRelation(c);
      if (rel.equals("advcl") && g.hasMarker(c, "after") && ROUTING.contains(g.lemma(c)) && g.token(c).pos().equals("VBG")) {
        Integer routed = g.child(c, "obj");
        if (routed != null && !g.nonActor(routed)) return routed;
      } else if (rel.equals("obl") && "after".equals(g.caseMarker(c)) && g.token(c).isNoun() && !g.nonActor(c)) {
        // "after routing Afghan government forces" read as "after [routing] forces"
        for (int m : g.children(c)) {
          if (g.relation(m).equals("amod") && g.token(m).pos().equals("VBG") && ROUTING.contains(g.lemma(m)) && m < c) return c;
        }
      }
    }
    return null;
  }
}
