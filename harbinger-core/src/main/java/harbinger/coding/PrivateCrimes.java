package harbinger.coding;

import java.util.Locale;
import java.util.Set;

/**
 * Crimes between private persons: "a bank robber shot a security guard", "a burglar stabbed a shopkeeper". CAMEO codes
 * what political actors do to each other; a thief who harms a guard, a driver or a tourist is a police matter with no
 * party on either side. The sign is the doer, named by a common crime (robbery, burglary, theft), and a victim who is
 * not an agent of the state: "robbers shot dead two police officers" stays an attack on the police. So is harm done
 * to one's own kin or neighbour ("a man stabbed his neighbour to death in a dispute over land") or by them ("was shot
 * dead by her husband"). Stateless.
 */
final class PrivateCrimes {
  private PrivateCrimes() {}

  /** Doers named by a crime for gain, not by a cause. */
  private static final Set<String> CRIMINALS = Set.of("robber", "robbers", "burglar", "burglars", "thief", "thieves",
      "mugger", "muggers", "carjacker", "carjackers", "shoplifter", "shoplifters", "pickpocket", "pickpockets",
      "housebreaker", "housebreakers", "intruder", "intruders");

  /** Victims who are agents of the state: an attack on them is political whoever does it. */
  private static final Set<String> STATE_AGENTS = Set.of("police", "policeman", "policemen", "policewoman",
      "policewomen", "officer", "officers", "constable", "constables", "soldier", "soldiers", "trooper", "troopers",
      "gendarme", "gendarmes", "official", "officials", "minister", "judge", "judges", "mayor", "governor",
      "lawmaker", "lawmakers", "legislator", "diplomat", "diplomats", "ambassador", "guardsman", "guardsmen", "agent",
      "agents", "ranger", "rangers", "prosecutor", "candidate", "politician", "president");

  /** People the doer is bound to in private life, named as his or hers: "stabbed his neighbour", "shot her husband". */
  private static final Set<String> KIN = Set.of("neighbour", "neighbours", "neighbor", "neighbors", "wife", "wives",
      "husband", "brother", "brothers", "sister", "sisters", "son", "sons", "daughter", "daughters", "father",
      "mother", "parents", "girlfriend", "boyfriend", "fiancee", "fiance", "relative", "relatives", "cousin", "uncle",
      "aunt", "nephew", "niece", "landlord", "tenant", "lover", "in-laws", "stepfather", "stepmother");

  /** A victim named by a private tie to someone: "his neighbour", "her husband" (a possessive on a kin noun). */
  private static boolean kin(SentenceGraph g, int victim) {
    return KIN.contains(g.lemma(victim).toLowerCase(Locale.ROOT)) && g.child(victim, "nmod:poss") != null;
  }

  /** True when the act of force at verb {@code i} is a crime by a private person on a private person. */
  static boolean between(SentenceGraph g, int i) {
    Integer doer = g.subject(i);
    if (doer == null) {
      for (int c : g.children(i)) if (g.baseRelation(c).equals("obl") && "by".equals(g.caseMarker(c))) doer = c;
    }
    Integer victim = g.child(i, "obj");
    // "shot his brother dead": the parser makes the victim the subject of the small clause
    Integer small = g.child(i, "xcomp");
    if (victim == null && small != null) victim = g.child(small, "nsubj");
    // "a man stabbed his neighbour": a named doer, not an agent of the state, harming his own kin
    if (victim != null && doer != null && kin(g, victim) && !g.token(doer).isProperNoun()
        && !STATE_AGENTS.contains(g.lemma(doer).toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (victim == null) victim = g.child(i, "nsubj:pass");
    // "a woman was shot dead by her estranged husband": the doer is the victim's own kin
    if (doer != null && kin(g, doer) && (victim == null || !STATE_AGENTS.contains(g.lemma(victim).toLowerCase(Locale.ROOT)))) {
      return true;
    }
    if (doer == null || !CRIMINALS.contains(g.lemma(doer).toLowerCase(Locale.ROOT))) return false;
    return victim == null || !STATE_AGENTS.contains(g.lemma(victim).toLowerCase(Locale.ROOT));
  }
}
