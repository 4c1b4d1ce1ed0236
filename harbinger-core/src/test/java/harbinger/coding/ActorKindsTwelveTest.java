package harbinger.coding;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Actor kinds of round 11 fixed in session 12, on sentences written for the test ({@code golden/stages/actor-kinds-12.txt},
 * published 2002-05-20): a party the phrase calls "the opposition X Party" is OPP ({@link OpposedParties}); a
 * building named by the body sitting in it is that body's, and bunkers under attack are the army's
 * ({@link Installations}); "rebel positions" on the outskirts of a capital are that country's rebels
 * ({@link Installations}, {@link PlaceOwners}); "the X House of Representatives" is a legislature
 * ({@link HeadAgents}); the subject of a for-to clause on the object is the beneficiary ({@link InnerTargets}).
 */
class ActorKindsTwelveTest {
  private static final String CASE = "actor-kinds-12";

  private static void assertTriple(String fragment, String source, String root, String target) {
    Fixtures.assertTriple(CASE, fragment, source, root, target);
  }

  @Test
  void theOppositionPartyIsOpposition() {
    assertTriple("banned the opposition United Democratic Party", "", "", "ZMBOPP");
  }

  @Test
  void aParliamentBuildingIsTheLegislature() {
    assertTriple("stormed the parliament building", "", "", "NPLLEG");
  }

  @Test
  void theGovernmentHeadquartersIsTheGovernment() {
    assertTriple("occupied the government headquarters", "", "", "BOLGOV");
  }

  @Test
  void bunkersUnderFireAreTheArmys() {
    assertTriple("shelled Pakistani bunkers", "IND", "19", "PAKMIL");
  }

  @Test
  void rebelPositionsOnTheOutskirtsOfACapitalAreThatCountrysRebels() {
    assertTriple("shelled rebel positions", "LBR", "19", "LBRREB");
  }

  @Test
  void aHouseOfRepresentativesIsALegislature() {
    assertTriple("The Australian House of Representatives", "AUSLEG", "", "FRA");
  }

  @Test
  void theSubjectOfAForToClauseIsTheBeneficiary() {
    assertTriple("a $200 million credit for Ghana", "IGO", "", "GHA");
  }

  @Test
  void outskirtsWithNoHolderNameNoRebels() {
    List<String> p = Fixtures.triples(CASE, "Nepalese troops shelled the outskirts");
    org.junit.jupiter.api.Assertions.assertTrue(p.stream().noneMatch(x -> x.contains("REB")), p.toString());
  }
}
