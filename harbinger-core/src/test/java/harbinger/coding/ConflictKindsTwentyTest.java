package harbinger.coding;

import org.junit.jupiter.api.Test;

/**
 * Rows of {@code 09-20-conflict-kinds-s20.tsv}, {@link WiderContext}, the purpose infinitive of {@link ProtestAims}
 * and the accident kinds of {@link NaturalCauses} on real parses of new sentences
 * ({@code golden/stages/conflict-kinds-20.txt}): no event for a fire whose casualty gerund the parser conjoined to
 * "swept", nor for an airliner "bound for" a city that "crashed" with the parser making "bound" the verb; an
 * expulsion called ethnic cleansing in an "in what X called" clause (203); ruling out stepping down with the particle
 * hung on the gerund (1231); looking into claims that one of its helicopters hit a bus (093, the helicopters being
 * words of the reported clause's subject); a rally whose aim is a to-infinitive
 * demand (1411); killing off a draft with a veto (129, not 190); throwing out aid agencies (1663); suspending
 * development cooperation (1621); gunners duelling (194); opening fire on marchers (175, not 193); refusing to comply
 * with a court's order (128); deporting thousands of residents of an origin (201);
 * guards beating detainees in interrogations (1822).
 */
class ConflictKindsTwentyTest {
  private static final String CASE = "conflict-kinds-20";

  @Test
  void aFireWhoseGerundIsConjoinedKillsNoOne() { Fixtures.assertNoTriples(CASE, "Fire swept through a crowded hostel"); }

  @Test
  void anAirlinerBoundForACityThatCrashedIsNoAttack() { Fixtures.assertNoTriples(CASE, "Kenya Airways jet"); }

  @Test
  void anExpulsionCalledEthnicCleansingIsEthnicCleansing() { Fixtures.assertTriple(CASE, "expelled thousands of Serbs", "", "203", ""); }

  @Test
  void rulingOutSteppingDownRejectsLeadershipChange() { Fixtures.assertTriple(CASE, "ruled out stepping down", "", "1231", ""); }

  @Test
  void lookingIntoClaimsThatOneOfItsHelicoptersHitABusInvestigatesMilitaryAction() {
    Fixtures.assertTriple(CASE, "looking into claims", "", "093", "");
  }

  @Test
  void aRallyToDemandThatTheLeaderStepDownDemonstratesForLeadershipChange() {
    Fixtures.assertTriple(CASE, "gathered outside parliament", "", "1411", "");
  }

  @Test
  void killingOffADraftWithAVetoIsAVeto() {
    Fixtures.assertTriple(CASE, "killed off a draft", "", "129", "");
    Fixtures.assertNoEvent(CASE, "killed off a draft", "a killing", e -> e.cameo().startsWith("19"));
  }

  @Test
  void throwingOutAidAgenciesExpelsThem() { Fixtures.assertTriple(CASE, "threw out a dozen", "", "1663", ""); }

  @Test
  void suspendingDevelopmentCooperationCutsEconomicAid() { Fixtures.assertTriple(CASE, "development cooperation", "", "1621", ""); }

  @Test
  void gunnersDuellingFightWithArtillery() { Fixtures.assertTriple(CASE, "gunners duelled", "", "194", ""); }

  @Test
  void openingFireOnMarchersIsRepression() { Fixtures.assertTriple(CASE, "opened fire on marchers", "", "175", ""); }

  @Test
  void notComplyingWithACourtOrderDefiesTheLaw() { Fixtures.assertTriple(CASE, "not comply with an order", "", "128", ""); }

  @Test
  void deportingThousandsOfResidentsOfAnOriginIsAMassExpulsion() {
    Fixtures.assertTriple(CASE, "deported thousands of residents", "", "201", "");
  }

  @Test
  void guardsBeatingDetaineesInInterrogationsTortureThem() { Fixtures.assertTriple(CASE, "beat the detainees", "", "1822", ""); }
}
