package harbinger.coding;

import org.junit.jupiter.api.Test;

/**
 * Conflict-side kinds of session 14 on real parses of new sentences ({@code golden/stages/conflict-kinds-14.txt}):
 * balking at, stopping short of and shying away from easing sanctions is a refusal (1244) and no easing
 * ({@link Balking}); blasts in mines and on rigs are accidents ({@link NaturalCauses}); a storm that "slams" into a
 * coast criticises nobody; (the 'Saxon raiders' sentence has no assertion: the rule that dropped a verb conjoined to a dated one was reverted at merge because it dropped the failure-mode suite's historical attacks); and rows
 * of {@code 09-20-conflict-kinds-s14.tsv} (occupied halls 141, hearings into a scandal 091, ethnic populations driven
 * out 203, bombers blowing themselves up 1831, sleeper agents 1125).
 */
class ConflictKindsFourteenTest {
  private static final String CASE = "conflict-kinds-14";

  @Test
  void balkingAtLiftingSanctionsIsARefusalToEaseThem() {
    Fixtures.assertTriple(CASE, "balked at lifting", "", "1244", "BLR");
    Fixtures.assertNoEvent(CASE, "balked at lifting", "an easing", e -> e.cameo().startsWith("08"));
  }

  @Test
  void stoppingShortOfEasingIsNoEasing() {
    Fixtures.assertNoEvent(CASE, "stopped short of easing", "an easing", e -> e.cameo().startsWith("08"));
    Fixtures.assertTriple(CASE, "stopped short of easing", "USA", "1244", "");
  }

  @Test
  void shyingAwayFromEasingIsNoEasing() {
    Fixtures.assertNoEvent(CASE, "shied away from easing", "an easing", e -> e.cameo().startsWith("08"));
  }

  @Test
  void blastsInMinesAndOnRigsAreAccidents() {
    Fixtures.assertNoEvent(CASE, "coal mine in Shanxi", "an assault", e -> e.cameo().startsWith("18") || e.cameo().startsWith("19"));
    Fixtures.assertNoEvent(CASE, "offshore oil rig", "an assault", e -> e.cameo().startsWith("18") || e.cameo().startsWith("19"));
  }

  @Test
  void aTyphoonSlammingIntoACoastCriticisesNobody() {
    Fixtures.assertNoEvent(CASE, "typhoon slammed", "a criticism", e -> e.cameo().startsWith("11"));
  }

  @Test
  void studentsOccupyingAHallRallyRatherThanBlock() {
    Fixtures.assertTriple(CASE, "occupied the main hall", "", "141", "");
  }

  @Test
  void hearingsIntoAScandalInvestigateCorruption() { Fixtures.assertTriple(CASE, "hearings into", "", "091", ""); }

  @Test
  void drivingAnEthnicPopulationOutIsEthnicCleansing() { Fixtures.assertTriple(CASE, "Kurdish inhabitants", "", "203", ""); }

  @Test
  void aBomberBlowingHimselfUpIsASuicideBombing() { Fixtures.assertTriple(CASE, "blew himself up", "", "1831", ""); }

  @Test
  void sleeperAgentsMakeAnAccusationOfSpying() { Fixtures.assertTriple(CASE, "sleeper agents", "CHN", "1125", "TWN"); }
}
