package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session-13 cooperation kinds (roots 01-08): little hope held out (012), a charge dismissed as a fabrication (016),
 * refusing to comment on a report of a strike and "neither confirm nor deny" ({@link NoComment}, 011), remorse
 * voiced (055), third parties' calls to settle a dispute (027) or to return to the negotiating table (026), helicopters
 * with tents and food asked for (0233, not weapons 0232), willingness to sit down with a party (036, the infinitive
 * hanging loose from "willing"), a general surrendered to a tribunal (063, not 0874), warnings passed (064), howitzers
 * handed over (072), a relief convoy crossing a border ({@link AidCraft}, 073), and private doers with no party
 * ({@link UnnamedDoers}): tourists arriving. On real parses of sentences written for
 * this test ({@code golden/stages/coop-kinds-13.txt}).
 */
class CoopKinds13Test {
  private static List<String> events(String fragment) { return Fixtures.triples("coop-kinds-13", fragment); }

  private static boolean has(List<String> p, String regex) { return Fixtures.anyMatches(p, regex); }

  private static void assertHas(String fragment, String regex) { Fixtures.assertTripleMatches("coop-kinds-13", fragment, regex); }

  private static void assertNone(String fragment) { Fixtures.assertNoTriples("coop-kinds-13", fragment); }

  @Test
  void holdingOutLittleHopeIsPessimism() { assertHas("little hope", "\\S+ 012 \\S*"); }

  @Test
  void dismissingAsAFabricationIsADenial() { assertHas("as a fabrication", "CHN\\S* 016 \\S*"); }

  @Test
  void refusingToCommentOnAReportedStrikeDeclinesComment() {
    List<String> p = events("refused to comment");
    assertTrue(has(p, "\\S+ 011 \\S*") && !has(p, "\\S+ 12\\d* \\S*"), p.toString());
  }

  @Test
  void neitherConfirmingNorDenyingDeclinesComment() {
    List<String> p = events("Pakistani army would neither");
    assertTrue(has(p, "PAK\\S* 011 \\S*") && !has(p, "\\S+ 016 \\S*"), p.toString());
  }

  @Test
  void voicingRemorseIsAnApology() { assertHas("voiced remorse", "JPN\\S* 055 \\S*"); }

  @Test
  void urgingOthersToSettleTheirDisputeIsAppealToSettle() { assertHas("border dispute", "\\S+ 027 (SDN|TCD)\\S*"); }

  @Test
  void urgingOthersBackToTheTableIsAppealToNegotiate() { assertHas("negotiating table", "NOR\\S* 026 \\S+"); }

  @Test
  void helicoptersWithTentsAndFoodAreHumanitarianAid() {
    List<String> p = events("flooded villages");
    assertTrue(has(p, "HTI\\S* 0233 \\S*") && !has(p, "\\S+ 0232 \\S*"), p.toString());
  }

  @Test
  void willingToSitDownIsIntentToMeet() { assertHas("sit down with Kinshasa", "\\S* 036 \\S*"); }

  @Test
  void surrenderingAGeneralToATribunalIsJudicialCooperation() {
    List<String> p = events("surrendered the former general");
    assertTrue(has(p, "HRV\\S* 063 \\S*") && !has(p, "\\S+ 0874 \\S*"), p.toString());
  }

  @Test
  void passingWarningsIsSharingIntelligence() { assertHas("passed warnings", "JOR\\S* 064 \\S+"); }

  @Test
  void handingOverHowitzersIsMilitaryAid() { assertHas("howitzers", "LTU\\S* 072 UKR\\S*"); }

  @Test
  void aReliefConvoyCrossingABorderIsHumanitarianAid() { assertHas("crossed into Iraq", "TUR\\S* 073 \\S*"); }

  @Test
  void touristsArrivingAreNoVisit() { assertNone("tourists arrived"); }
}
