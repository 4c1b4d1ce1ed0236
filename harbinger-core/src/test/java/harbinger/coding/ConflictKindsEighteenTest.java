package harbinger.coding;

import org.junit.jupiter.api.Test;

/**
 * Rows of {@code 09-20-conflict-kinds-s18.tsv} and the obligation clauses of {@link ToldOrders} on real parses of new
 * sentences ({@code golden/stages/conflict-kinds-18.txt}): military leave cancelled (152), bombers flying in a show of
 * strength (150), security stepped up (151, not 153), access to messaging apps cut off (172), pupils carried off (181),
 * turning one's back on a peace accord (127), warning of a general shutdown (133), telling a government in plain terms
 * that it must act (10) and a leader that he had to go (1041), arms deliveries coming to a halt (1622), outrage
 * expressed (111), a referendum shunned (143), a crowd packing a square "for a third night demanding that the president
 * resign" (1411, {@link ProtestAims} with the participle on the verb's oblique), villagers slaughtered (202); and no
 * demand when a minister tells reporters what the country must do, no boycott when shoppers shun a mall, no mass
 * killing when chickens are slaughtered ({@link Livestock}).
 */
class ConflictKindsEighteenTest {
  private static final String CASE = "conflict-kinds-18";

  @Test
  void cancellingSoldiersLeaveRaisesMilitaryAlert() { Fixtures.assertTriple(CASE, "cancelled all leave", "", "152", ""); }

  @Test
  void flyingInAShowOfStrengthDemonstratesForce() { Fixtures.assertTriple(CASE, "show of strength", "", "150", ""); }

  @Test
  void steppingUpSecurityRaisesPoliceAlert() { Fixtures.assertTriple(CASE, "stepped up security", "", "151", ""); }

  @Test
  void cuttingOffAccessToMessagingAppsImposesRestrictions() { Fixtures.assertTriple(CASE, "cut off access", "", "172", ""); }

  @Test
  void carryingOffPupilsAbducts() { Fixtures.assertTriple(CASE, "carried off forty pupils", "", "181", ""); }

  @Test
  void turningOnesBackOnAPeaceAccordRejectsIt() { Fixtures.assertTriple(CASE, "turned his back", "", "127", ""); }

  @Test
  void warningOfAGeneralShutdownThreatensProtest() { Fixtures.assertTriple(CASE, "general shutdown", "", "133", ""); }

  @Test
  void tellingAGovernmentThatItMustActDemands() { Fixtures.assertTriple(CASE, "in plain terms", "", "10", ""); }

  @Test
  void tellingALeaderThatHeHadToGoDemandsLeadershipChange() { Fixtures.assertTriple(CASE, "he had to go", "", "1041", ""); }

  @Test
  void armsDeliveriesComingToAHaltStopMilitaryAid() { Fixtures.assertTriple(CASE, "came to a halt", "", "1622", ""); }

  @Test
  void expressingOutrageAtASaleCriticises() { Fixtures.assertTriple(CASE, "expressed outrage", "", "111", ""); }

  @Test
  void shunningAReferendumBoycottsIt() { Fixtures.assertTriple(CASE, "shunned the referendum", "", "143", ""); }

  @Test
  void tellingReportersWhatTheCountryMustDoDemandsNothing() { Fixtures.assertNoTriples(CASE, "told reporters"); }

  /** The perfect "had secured" is no "had to": telling a news agency what one obtained demands nothing. */
  @org.junit.jupiter.api.Test
  void toldWhatOneHadSecuredIsNoDemand() {
    Fixtures.assertNoEvent(CASE, "told the national news agency", "a demand", e -> e.cameo().startsWith("10"));
  }

  @Test
  void shoppersShunningAMallBoycottNothing() { Fixtures.assertNoTriples(CASE, "Shoppers shunned"); }

  @Test
  void packingASquareDemandingAResignationDemonstratesForLeadershipChange() {
    Fixtures.assertTriple(CASE, "packed the central square", "", "1411", "");
  }

  @Test
  void slaughteringVillagersIsAMassKilling() { Fixtures.assertTriple(CASE, "slaughtered dozens of villagers", "", "202", ""); }

  @Test
  void slaughteringChickensIsNoEvent() { Fixtures.assertNoTriples(CASE, "chickens were slaughtered"); }
}
