package harbinger.coding;

import org.junit.jupiter.api.Test;

/**
 * Actor kinds of round 12 fixed in session 13, on sentences written for the test ({@code golden/stages/actor-kinds-13.txt},
 * published 2002-05-20): a subject whose reduced participle the parser made the root ("soldiers armed with rifles
 * clashed") is the subject of the verb after it, and the participle is no event ({@link ParticipleRoots}); the place
 * a force pulls out of or withdraws from is the target ({@link PlacesLeft}); organs and members of a named body are
 * that body ({@link OrganizationParts}); handovers of control, seized sailors and "routed" (lemma "route") are coded
 * (lexicon rows); a Speaker of the House is a legislator (office-holder rows).
 */
class ActorKindsThirteenTest {
  private static final String CASE = "actor-kinds-13";

  private static void assertTriple(String fragment, String source, String root, String target) {
    Fixtures.assertTriple(CASE, fragment, source, root, target);
  }

  @Test
  void theSubjectOfAParticipleRootDoesTheAct() {
    assertTriple("soldiers armed with rifles", "NGAMIL", "19", "TCDMIL");
  }

  @Test
  void aParticipleRootIsNoEventOfItsOwn() {
    Fixtures.assertNoEvent(CASE, "soldiers armed with rifles", "aid for the armed soldiers",
        e -> e.cameo().startsWith("07"));
  }

  @Test
  void thePlacePulledOutOfIsTheTarget() {
    assertTriple("pulled out of Rwanda", "BELMIL", "087", "RWA");
  }

  @Test
  void theWithdrawalFromAPlaceTargetsThePlaceNotTheTroops() {
    assertTriple("withdrawal of its forces from Chad", "LBY", "087", "TCD");
  }

  @Test
  void theBoardOfABodyIsTheBody() {
    assertTriple("The board of the World Bank", "IGO", "", "KEN");
  }

  @Test
  void observersFromABodyAreTheBody() {
    assertTriple("Observers from the African Union", "IGO", "", "ZWE");
  }

  @Test
  void controlHandedOverGoesToTheReceiver() {
    assertTriple("handed over control of the province", "NLDMIL", "0874", "AFG");
  }

  @Test
  void seizedSailorsAreTakenHostage() {
    assertTriple("seized six Yemeni sailors", "ERIMIL", "181", "YEM");
  }

  @Test
  void routedTroopsAreAttacked() {
    assertTriple("routed Burundian army troops", "", "190", "BDIMIL");
  }

  @Test
  void aSpeakerOfTheHouseIsALegislator() {
    assertTriple("Speaker Dennis Hastert", "USALEG", "04", "COLGOV");
  }
}
