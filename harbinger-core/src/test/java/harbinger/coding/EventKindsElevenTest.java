package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Event kinds of session 11, coded by the default coder on real parses of sentences written for these tests
 * ({@code golden/stages/event-kinds-11.txt}, published 2013): material cooperation named by what flows or is handed
 * over, a meeting whose place the parser hung on another adverbial ({@link ThirdPlaces}), an exercise of an alliance
 * and a state ({@link JointExercises}), a gerund subject with its "between" phrase ({@link GerundNouns}), and
 * investigations, demands, accusations, blockades, air strikes, alerts, hunger strikes and aid cuts at their
 * sub-codes (lexicon).
 */
class EventKindsElevenTest {
  private static final String FIXTURE = "event-kinds-11";

  private static List<String> triples(String sentenceStart) {
    return Fixtures.triples(FIXTURE, sentenceStart);
  }

  private static boolean anyExactly(List<String> triples, String code) {
    return triples.stream().anyMatch(t -> t.split(" ")[1].equals(code));
  }

  private static boolean any(List<String> triples, String codePrefix) {
    return triples.stream().anyMatch(t -> t.split(" ")[1].startsWith(codePrefix));
  }

  private static void assertCode(String sentenceStart, String code) {
    List<String> t = triples(sentenceStart);
    assertTrue(anyExactly(t, code), sentenceStart + ": expected " + code + " in " + t);
  }

  @Test
  void gasPumpedThroughAPipelineIsEconomicCooperation() {
    assertCode("Algeria began pumping gas", "061");
  }

  @Test
  void namesOfSuspectsHandedOverAreSharedInformation() {
    assertCode("Egypt handed Israeli officials", "064");
  }

  @Test
  void anExerciseOfAnAllianceAndAStateIsMilitaryCooperation() {
    List<String> t = triples("NATO and Georgian troops");
    assertTrue(anyExactly(t, "062"), t.toString());
    assertTrue(!any(t, "150"), "not a show of force of each: " + t);
  }

  @Test
  void aMeetingBehindClosedDoorsInAThirdCapitalIsAMeetingAtAThirdLocation() {
    assertCode("The foreign ministers of Serbia and Kosovo", "044");
  }

  @Test
  void aGerundSubjectWithItsBetweenPhraseIsFighting() {
    List<String> t = triples("Fighting between Malian troops");
    assertTrue(any(t, "19"), t.toString());
  }

  @Test
  void anInquiryIntoTheShootingOfProtestersInvestigatesHumanRightsAbuses() {
    assertCode("A Turkish parliamentary commission", "092");
  }

  @Test
  void aDemandToWithdrawFromATownIsADemandForDeEscalation() {
    assertCode("The Palestinian Authority demanded", "1056");
  }

  @Test
  void aCallForAResignationWithNoAddresseeIsADemandForLeadershipChange() {
    assertCode("Bulgaria's opposition called", "1041");
  }

  @Test
  void aHighwayBlockedToProtestAPolicyObstructsPassage() {
    assertCode("Farmers blocked the main highway", "1442");
  }

  @Test
  void warplanesPoundingPositionsEmployAerialWeapons() {
    assertCode("Iranian warplanes pounded", "195");
  }

  @Test
  void troopsOrderedIntoCombatReadinessRaiseTheAlertNotTheirNumbers() {
    List<String> t = triples("Mali's army ordered");
    assertTrue(anyExactly(t, "152"), t.toString());
    assertTrue(!any(t, "154"), t.toString());
  }

  @Test
  void anAccusationOfDivertingFundsIsAnAccusationOfCorruption() {
    assertCode("Zambia's opposition accused", "1121");
  }

  @Test
  void prisonersGoingOnHungerStrikeConductAHungerStrike() {
    assertCode("Hundreds of jailed Kurds", "142");
  }

  @Test
  void suspendedDevelopmentAidIsEconomicAidCut() {
    assertCode("Germany suspended development aid", "1621");
  }

  @Test
  void aFireDrillOfBankStaffIsNoMilitaryExercise() {
    List<String> t = triples("The staff of the bank");
    assertTrue(!any(t, "06") && !any(t, "15"), t.toString());
  }
}
