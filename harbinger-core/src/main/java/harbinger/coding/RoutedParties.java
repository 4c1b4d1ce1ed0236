package harbinger.coding;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The party an armed group routed on its way to a place: "overran the city of Kunduz after routing Afghan government
 * forces", "took the town after defeating a Yemeni army brigade". The actor probes' convention (as CAMEO's for a
 * taking that follows a battle) codes the taking as an act on the routed party, the place being only where it
 * happened. The parser makes the "after" clause an adverbial clause with the party as its object, or reads the
 * gerund as an adjective of the party inside an "after" phrase. A battle fought "with" a party before the taking
 * counts the same way ("seized the town after heavy fighting with the army", "after days of clashes with Afghan
 * troops"). Only acts of force (CAMEO roots 17 to 20) take this target. Stateless.
 */
final class RoutedParties {
  private RoutedParties() {}

  /** Verbs of beating an armed party in battle. */
  private static final Set<String> ROUTING = Set.of("rout", "route", "defeat", "beat", "crush", "overpower",
      "vanquish", "smash", "drive", "push", "repel", "repulse", "dislodge", "oust", "expel", "overwhelm", "overrun");

  /** Nouns of a battle fought "with" the other side. */
  private static final Set<String> BATTLES = Set.of("fighting", "fight", "clash", "battle", "gunbattle", "gun-battle",
      "firefight", "skirmish", "combat", "shootout", "gunfight");

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
        if (routed != null && !g.nonActor(routed) && !bareWorks(g, routed)) return routed;
      } else if (rel.equals("obl") && "after".equals(g.caseMarker(c)) && foughtWith(g, c) != null) {
        return foughtWith(g, c);
      } else if (rel.equals("obl") && "after".equals(g.caseMarker(c)) && g.token(c).isNoun() && !g.nonActor(c)) {
        // "after routing Afghan government forces" read as "after [routing] forces"
        for (int m : g.children(c)) {
          if (g.relation(m).equals("amod") && g.token(m).pos().equals("VBG") && ROUTING.contains(g.lemma(m)) && m < c) return c;
        }
      }
    }
    return null;
  }

  /** Works overrun that name no party: "after overrunning the defences around Barentu" (not "the army's defences"). */
  private static final Set<String> WORKS = Set.of("defence", "defences", "defense", "defenses", "line", "lines",
      "fortification", "fortifications", "barricade", "barricades", "trench", "trenches");

  private static boolean bareWorks(SentenceGraph g, int noun) {
    if (!WORKS.contains(g.lemma(noun)) && !WORKS.contains(g.word(noun).toLowerCase(java.util.Locale.ROOT))) return false;
    for (int c : g.children(noun)) {
      String rel = g.relation(c);
      if (c < noun && (rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound"))) return false;
    }
    return true;
  }

  /** The party of "fighting with X" in an "after" phrase, also behind a span ("after days of clashes with X"). */
  private static @Nullable Integer foughtWith(SentenceGraph g, int after) {
    int battle = after;
    if (!BATTLES.contains(g.lemma(battle))) {
      Integer inner = null;
      for (int m : g.children(after)) if (g.baseRelation(m).equals("nmod") && "of".equals(g.caseMarker(m))) inner = m;
      if (inner == null || !BATTLES.contains(g.lemma(inner))) return null;
      battle = inner;
    }
    for (int m : g.children(battle)) {
      if (g.baseRelation(m).equals("nmod") && "with".equals(g.caseMarker(m)) && !g.nonActor(m)) return m;
    }
    return null;
  }
}
