package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conflict kinds of session 13, coded by the default coder on real parses of sentences written for these tests
 * ({@code golden/stages/conflict-kinds-13.txt}, published 2014; its first three sentences, orders told to a state,
 * are left for a later session: reporting verbs are never lexicon triggers): inquiries "into" claims, which own
 * the act they look into; protest notes; proceedings instituted at a court; a conditional recall of an ambassador
 * (1313, {@link ConditionalThreats}); elections sat out; crowds thronging streets (not fans); diplomats given hours to leave (161,
 * not an ultimatum); hostages carried off; a firm's offensive against a rival's grip on a market ({@link
 * FigurativeForce}); a blast at a fireworks depot ({@link NaturalCauses}); a shareholders' meeting ({@link
 * RoutineSessions}); contraband confiscated; no intention of freeing prisoners (1243); warships surrounding an island
 * in exercises (150, not a blockade); electric shocks given by guards (1822) but not by doctors; a port blockaded by a
 * coalition (191, not a protest blockade).
 */
class ConflictKindsThirteenTest {
  private static final String FIXTURE = "conflict-kinds-13";

  private static List<String> triples(String sentenceStart) {
    return Fixtures.triples(FIXTURE, sentenceStart);
  }

  private static boolean any(List<String> triples, String codePrefix) {
    return triples.stream().anyMatch(t -> t.split(" ")[1].startsWith(codePrefix));
  }

  private static void has(String start, String code) {
    assertTrue(any(triples(start), code), start + ": " + triples(start));
  }

  private static void hasNo(String start, String code) {
    assertTrue(!any(triples(start), code), start + ": " + triples(start));
  }

  @Test
  void lookingIntoClaimsOfBeatingsIsARightsInquiryThatOwnsTheBeatings() {
    has("UN monitors are looking into claims", "092");
    hasNo("UN monitors are looking into claims", "18");
  }

  @Test
  void aProtestNoteHandedToAnEmbassyIsAnOfficialComplaint() {
    Fixtures.assertTriple(FIXTURE, "Manila handed a protest note", "PHL", "114", "CHN");
  }

  @Test
  void proceedingsInstitutedAgainstAStateAreALawsuit() {
    has("Croatia instituted proceedings", "115");
  }

  @Test
  void aRecallOfAnAmbassadorPromisedOnAConditionThreatensRelations() {
    has("Tehran said it would recall", "1313");
  }

  @Test
  void anElectionSatOutIsABoycott() {
    has("The opposition sat out", "143");
  }

  @Test
  void crowdsThrongingStreetsDemonstrateButFansDoNot() {
    has("Huge crowds thronged", "141");
    hasNo("Fans thronged", "14");
  }

  @Test
  void diplomatsGivenHoursToLeaveAreExpelledNotGivenAnUltimatum() {
    has("Six Iranian diplomats", "161");
    hasNo("Six Iranian diplomats", "139");
  }

  @Test
  void gunmenCarryingOffEngineersAbductThem() {
    has("Gunmen carried off", "181");
  }

  @Test
  void anOffensiveAgainstARivalsGripOnAMarketIsNoForce() {
    hasNo("Samsung launched an offensive", "19");
  }

  @Test
  void anExplosionAtAFireworksDepotIsAnAccident() {
    hasNo("An explosion at a fireworks depot", "18");
    hasNo("An explosion at a fireworks depot", "19");
  }

  @Test
  void shareholdersMeetingIsNoConsultation() {
    hasNo("Shareholders of the carmaker", "04");
  }

  @Test
  void contrabandConfiscatedIsNoSeizureOfProperty() {
    hasNo("Border guards confiscated", "17");
  }

  @Test
  void noIntentionOfFreeingPrisonersRefusesTheirRelease() {
    has("Israel said it had no intention", "1243");
  }

  @Test
  void warshipsSurroundingAnIslandInExercisesShowForce() {
    has("Russian warships surrounded", "150");
    hasNo("Russian warships surrounded", "191");
  }

  @Test
  void electricShocksGivenByGuardsAreTortureButNotByDoctors() {
    has("Prisoners were given electric shocks", "1822");
    hasNo("Doctors gave the patient", "18");
  }

  @Test
  void aPortBlockadedByACoalitionIsAMilitaryBlockade() {
    has("The Saudi-led coalition blockaded", "191");
  }
}
