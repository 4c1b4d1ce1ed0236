package harbinger.coding;

import java.util.Locale;
import java.util.Set;

/**
 * Crimes between private persons: "a bank robber shot a security guard", "a burglar stabbed a shopkeeper". CAMEO codes
 * what political actors do to each other; a thief who harms a guard, a driver or a tourist is a police matter with no
 * party on either side. The sign is the doer, named by a common crime (robbery, burglary, theft), and a victim who is
 * not an agent of the state: "robbers shot dead two police officers" stays an attack on the police. Stateless.
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

  /** True when the act of force at verb {@code i} is a crime by a private person on a private person. */
  static boolean between(SentenceGraph g, int i) {
    Integer doer = g.subject(i);
    if (doer == null) {
      for (int c : g.children(i)) if (g.baseRelation(c).equals("obl") && "by".equals(g.caseMarker(c))) doer = c;
    }
    if (doer == null || !CRIMINALS.contains(g.lemma(doer).toLowerCase(Locale.ROOT))) return false;
    Integer victim = g.child(i, "obj");
    if (victim == null) victim = g.child(i, "nsubj:pass");
    return victim == null || !STATE_AGENTS.contains(g.lemma(victim).toLowerCase(Locale.ROOT));
  }
}
