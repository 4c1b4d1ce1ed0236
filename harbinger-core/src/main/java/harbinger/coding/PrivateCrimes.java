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

  /** Private people who meet their victim by chance or trade, not by a cause: "a taxi driver stabbed to death by two
   *  passengers", "a jogger strangled by a stranger" (session 23). */
  private static final Set<String> CHANCE_DOERS = Set.of("passenger", "passengers", "stranger", "strangers",
      "customer", "customers", "hitchhiker", "hitchhikers");

  /** Criminal gangs, who "shoot it out" or "fight it out" among themselves. */
  private static final Set<String> GANGS = Set.of("gang", "gangs", "gangster", "gangsters", "mobster", "mobsters",
      "mafia", "mafias", "thief", "thieves", "robber", "robbers", "smuggler", "smugglers", "dealer", "dealers");

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

  /** People bound to someone in work or trade, who are private too: "defrauded his partners", "his employer's car". */
  private static final Set<String> TIES = Set.of("partner", "partners", "employer", "employers", "employee",
      "employees", "colleague", "colleagues", "client", "clients", "customer", "customers", "friend", "friends",
      "flatmate", "roommate", "housemate", "patient", "patients", "pupil", "pupils", "investor", "investors");

  /** Verbs of the common crimes a court or the police punish: the reason for an arrest or a sentence. */
  private static final Set<String> CRIMES = Set.of("steal", "rob", "defraud", "swindle", "cheat", "embezzle",
      "burgle", "stab", "poison", "murder", "kill", "rape", "assault", "beat", "strangle", "shoot", "abuse", "con",
      "scam", "blackmail", "attack", "injure");

  /**
   * "a court jailed a businessman for defrauding his partners", "was sentenced for stealing his employer's car", "was
   * arrested after stabbing her neighbour": an arrest or a sentence (any act of coercion) whose reason, a "for" or
   * "after" clause, is a common crime against someone's kin, partner or employer (or their property) is a police
   * matter between private persons.
   */
  private static boolean punishedPrivateCrime(SentenceGraph g, int i) {
    for (int c : g.children(i)) {
      if (!g.relation(c).startsWith("advcl") || !CRIMES.contains(g.lemma(c))) continue;
      String mark = g.caseMarker(c);
      if (!"for".equals(mark) && !"after".equals(mark)) continue;
      Integer victim = g.child(c, "obj");
      if (victim == null) continue;
      if (kin(g, victim) || tie(g, victim)) return true;
      Integer owner = g.child(victim, "nmod:poss");
      if (owner != null && (KIN.contains(g.lemma(owner)) || TIES.contains(g.lemma(owner)))) return true;
    }
    return false;
  }

  /** A work or trade tie named as someone's: "his partners", "the firm's customers", or itself an owner. */
  private static boolean tie(SentenceGraph g, int k) {
    return TIES.contains(g.lemma(k)) && (g.child(k, "nmod:poss") != null || g.relation(k).equals("nmod:poss"));
  }

  /** The agent of a passive verb: its "by" phrase, or null. */
  private static @org.jspecify.annotations.Nullable Integer byPhrase(SentenceGraph g, int i) {
    Integer doer = null;
    for (int c : g.children(i)) if (g.baseRelation(c).equals("obl") && "by".equals(g.caseMarker(c))) doer = c;
    return doer;
  }

  /** True when the act of force at verb {@code i} is a crime by a private person on a private person. */
  static boolean between(SentenceGraph g, int i) {
    if (punishedPrivateCrime(g, i)) return true;
    Integer doer = g.subject(i);
    if (doer == null) doer = byPhrase(g, i);
    // "was shot and wounded by two robbers", "held up a security van and shot the guard": the second of two
    // coordinated verbs shares the first one's doer, which the parser hangs on either verb
    boolean second = g.relation(i).equals("conj") && g.head(i) >= 0 && g.token(g.head(i)).isVerb();
    if (second) {
      Integer by = byPhrase(g, i) != null ? byPhrase(g, i) : byPhrase(g, g.head(i));
      if (by != null && CRIMINALS.contains(g.lemma(by).toLowerCase(Locale.ROOT))) doer = by;
      else if (doer == null) doer = g.child(g.head(i), "nsubj");
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
    // "two rival gangs shot it out": criminals fighting it out among themselves, with no party on either side
    if (doer != null && GANGS.contains(g.lemma(doer).toLowerCase(Locale.ROOT)) && victim != null
        && g.lemma(victim).equalsIgnoreCase("it") && TriggerFinder.hasParticle(g, i, "out")) {
      return true;
    }
    if (doer == null) return false;
    String who = g.lemma(doer).toLowerCase(Locale.ROOT);
    if (!CRIMINALS.contains(who) && !CHANCE_DOERS.contains(who)) return false;
    return victim == null || !STATE_AGENTS.contains(g.lemma(victim).toLowerCase(Locale.ROOT));
  }
}
