package harbinger.coding;

import org.junit.jupiter.api.Test;

/**
 * Rows of {@code 09-20-conflict-kinds-s19.tsv}, {@link FactFindingTrips}, {@link MisrootedParticiples} and the
 * roadside and vehicle kinds of {@link BombKinds} on real parses of new sentences
 * ({@code golden/stages/conflict-kinds-19.txt}): captives branded spies (1125), appeals to free them spurned (1243), a
 * correspondent given hours to leave (174, not the ultimatum 139), a truck loaded with explosives that blew up with
 * the parser making "loaded" the root (1832), a device hidden at the side of a road (1833), investigators who
 * travelled somewhere to gather testimony about rapes (092, not the visit 042), armies fighting on in defiance of a
 * truce (196), warships stopping ships from reaching a port (191), an aid agency withdrawing (1663); and no event
 * for a plane loaded with tourists that crashed, no espionage charge in calling a minister a traitor.
 */
class ConflictKindsNineteenTest {
  private static final String CASE = "conflict-kinds-19";

  @Test
  void brandingCaptivesSpiesAccusesOfEspionage() { Fixtures.assertTriple(CASE, "branded the two detained", "", "1125", ""); }

  @Test
  void spurningAppealsToFreeCaptivesRefusesRelease() { Fixtures.assertTriple(CASE, "spurned appeals", "", "1243", ""); }

  @Test
  void givingACorrespondentHoursToLeaveExpelsHim() {
    Fixtures.assertTriple(CASE, "hours to leave", "", "174", "");
    Fixtures.assertNoEvent(CASE, "hours to leave", "an ultimatum", e -> e.cameo().equals("139"));
  }

  @Test
  void aTruckLoadedWithExplosivesThatBlewUpIsACarBombing() {
    Fixtures.assertTriple(CASE, "truck loaded with explosives", "", "1832", "");
  }

  @Test
  void aDeviceHiddenAtTheSideOfTheRoadIsARoadsideBomb() { Fixtures.assertTriple(CASE, "side of the road", "", "1833", ""); }

  @Test
  void travellingToGatherTestimonyAboutRapesInvestigatesAbuses() {
    Fixtures.assertTriple(CASE, "travelled to Guinea", "", "092", "");
    Fixtures.assertNoEvent(CASE, "travelled to Guinea", "a visit", e -> e.cameo().equals("042"));
  }

  @Test
  void fightingOnInDefianceOfATruceViolatesIt() { Fixtures.assertTriple(CASE, "went on fighting", "", "196", ""); }

  @Test
  void warshipsStoppingShipsFromReachingAPortBlockade() { Fixtures.assertTriple(CASE, "stopped the aid ships", "", "191", ""); }

  @Test
  void anAidAgencyWithdrawingWithdrawsAid() { Fixtures.assertTriple(CASE, "Oxfam withdrew", "", "1663", ""); }

  @Test
  void aPlaneLoadedWithTouristsThatCrashedIsNoEvent() { Fixtures.assertNoTriples(CASE, "plane loaded with tourists"); }

  @Test
  void callingAMinisterATraitorIsNoEspionageCharge() {
    Fixtures.assertNoEvent(CASE, "called the minister a traitor", "an espionage charge", e -> e.cameo().equals("1125"));
  }
}
