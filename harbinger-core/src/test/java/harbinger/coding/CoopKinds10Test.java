package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session-10 cooperation kinds: the statement made in a telephone call ({@link CallPurposes}), courtesies, visits and
 * sessions of private persons and bodies ({@link PrivateCourtesies}, {@link RoutineSessions}), a message of sympathy
 * received ({@link Receipts}), a force asked for in a passive infinitive, flows resumed by what flows, peacekeeping
 * taken over, a loan between firms ({@link CommercialDeals}) and a signing phrase. On real parses of sentences written
 * for this test ({@code golden/stages/coop-kinds-10.txt}).
 */
class CoopKinds10Test {
  private static List<String> events(String fragment) { return Fixtures.triples("coop-kinds-10", fragment); }

  private static boolean has(List<String> p, String regex) { return Fixtures.anyMatches(p, regex); }

  private static void assertHas(String fragment, String regex) { Fixtures.assertTripleMatches("coop-kinds-10", fragment, regex); }

  private static void assertNone(String fragment) { Fixtures.assertNoTriples("coop-kinds-10", fragment); }

  @Test
  void condolencesOfferedInACallAreCodedBesideTheCall() {
    List<String> p = events("ferry disaster");
    assertTrue(has(p, "KEN\\S* 018 TZA\\S*") && has(p, "KEN\\S* 041 TZA\\S*"), p.toString());
  }

  @Test
  void aCallToDiscussStaysOneConsultation() {
    List<String> p = events("shipping dispute");
    assertTrue(has(p, "OMN\\S* 041 IRN\\S*") && !has(p, "\\S+ 0[15]\\S* \\S+"), p.toString());
  }

  @Test
  void privateMournersAtAFuneralAreNoSymbolicAct() { assertNone("retired postman"); }

  @Test
  void aChampionThankingHerCaddieIsNoPraise() { assertNone("caddie"); }

  @Test
  void anOrchestrasTourIsNoVisit() { assertNone("jazz orchestra"); }

  @Test
  void aClubsAnnualGeneralMeetingIsNoConsultation() { assertNone("rowing club"); }

  @Test
  void aMessageOfSympathyReceivedIsTheSendersSympathy() { assertHas("message of sympathy", "NPL\\S* 018 IND\\S*"); }

  @Test
  void aForceAskedForInAPassiveInfinitiveIsAnAppealForPeacekeeping() { assertHas("multinational force", "HTI\\S* 0234 \\S*"); }

  @Test
  void gasDeliveriesResumedAreEconomicCooperation() { assertHas("gas deliveries", "DZA\\S* 061 ESP\\S*"); }

  @Test
  void electricityRestoredToHouseholdsIsNoCooperation() { assertNone("Cardiff"); }

  @Test
  void peacekeepingDutiesTakenOverAreProvidedPeacekeeping() { assertHas("peacekeeping duties", "PAK\\S* 074 \\S+"); }

  @Test
  void aBankLendingToAContractorIsNoAid() { assertNone("contractor"); }

  @Test
  void signaturesPutToATreatyAreASigning() { assertHas("signatures", "(PER|ECU)\\S* 057 (ECU|PER)\\S*"); }
}
