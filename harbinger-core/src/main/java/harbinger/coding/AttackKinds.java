package harbinger.coding;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the doer or the victim of an attack tells about its CAMEO code when the verb does not: gunmen or snipers who
 * fire use small arms (193), and killing a leader named with a title ("Prime Minister Zoran Djindjic was
 * shot dead", "killed the founder of Hamas, Sheikh Ahmed Yassin") is an assassination (186). The lexicon's object
 * conditions see only the head of the object, which for a titled name is the name; this class reads its title.
 * Stateless.
 */
final class AttackKinds {
  private AttackKinds() {}

  /** Doers whose weapon is a small arm: "Palestinian gunmen fired on an army post". */
  private static final Set<String> SHOOTERS = Set.of("gunman", "gunmen", "sniper", "snipers", "rifleman", "riflemen");

  /** Verbs of shooting: gunmen who fire use small arms, gunmen who kill may not ("killed two soldiers" with a bomb). */
  private static final Set<String> FIRING = Set.of("fire", "shoot", "open", "spray", "ambush");

  /** Titles of politically significant persons (codebook 186: "politically significant and influential"). */
  static final Set<String> LEADERS = Set.of("president", "premier", "governor", "mayor", "minister", "senator",
      "lawmaker", "legislator", "parliamentarian", "ambassador", "envoy", "judge", "prosecutor", "leader",
      "politician", "candidate", "cleric", "imam", "archbishop", "bishop", "chairman", "founder", "chancellor",
      "king", "emir", "sheikh", "speaker", "mp", "deputy",
      // a leading opponent of a government is as political a figure ("a fierce critic of Vladimir Putin, was killed")
      "critic", "dissident");

  /** Verbs that kill; "shoot" only with "dead" ("was shot dead"). */
  private static final Set<String> KILLING = Set.of("kill", "murder", "slay", "assassinate");

  /** The code an attack verb {@code i} coded {@code code} takes from its doer or victim, or null for no change. */
  static @Nullable String of(SentenceGraph g, int i, String code) {
    if (!code.startsWith("19") && !code.startsWith("18")) return null;
    if (MassKillings.BY_HAND.contains(code) && MassKillings.mass(g, i)) return "202";
    if (!code.equals("186") && killing(g, i) && leader(g, victim(g, i))) return "186";
    if (code.equals("190") && FIRING.contains(g.lemma(i).toLowerCase(Locale.ROOT)) && shooter(g, i)) return "193";
    return null;
  }

  private static boolean killing(SentenceGraph g, int i) {
    String lemma = g.lemma(i).toLowerCase(Locale.ROOT);
    if (KILLING.contains(lemma)) return true;
    if (!lemma.equals("shoot") && !lemma.equals("gun")) return false;
    for (int c : g.children(i)) if (g.lemma(c).equalsIgnoreCase("dead") || g.lemma(c).equalsIgnoreCase("down")) return true;
    return false;
  }

  /** The object, or the passive subject ("Djindjic was shot dead", where the parser may take "dead" for the object). */
  private static @Nullable Integer victim(SentenceGraph g, int i) {
    Integer v = g.child(i, "obj");
    if (v == null || g.lemma(v).equalsIgnoreCase("dead")) v = g.child(i, "nsubj:pass");
    return v;
  }

  /** The victim is a leader by its head, a title compound ("Prime Minister Djindjic") or an apposition. */
  private static boolean leader(SentenceGraph g, @Nullable Integer v) {
    if (v == null) return false;
    if (title(g, v)) return true;
    for (int c : g.children(v)) {
      String r = g.relation(c);
      if ((r.equals("compound") || r.equals("appos")) && title(g, c)) return true;
    }
    return false;
  }

  private static boolean title(SentenceGraph g, int k) {
    return LEADERS.contains(g.lemma(k).toLowerCase(Locale.ROOT));
  }

  /** The subject, or a passive's by-agent, is a gunman or a sniper. */
  private static boolean shooter(SentenceGraph g, int i) {
    Integer s = g.subject(i);
    if (s == null) {
      for (int c : g.children(i)) if (g.baseRelation(c).equals("obl") && "by".equals(g.caseMarker(c))) s = c;
    }
    return s != null && SHOOTERS.contains(g.lemma(s).toLowerCase(Locale.ROOT));
  }
}
