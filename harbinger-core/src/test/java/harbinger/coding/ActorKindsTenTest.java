package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Actor kinds fixed after blind actor probes s10 and round 9 (session 10), on sentences written for the test
 * ({@code golden/stages/actor-kinds-10.txt}, published 2009-07-06): firms named by a legal-form suffix
 * ({@link FirmNames}); supporters of a person follow his country, not his office ({@link GroupAffiliation});
 * patrols are armed forces; a "head of state" is a government office, "former" makes it ELI ({@link HeadAgents});
 * an envoy title gives a former office holder his government again ({@link StaleTitles}); "-led" and "-backed"
 * compounds ({@link SponsoredGroups}); craft "of" a body and members "of" a long organisation name
 * ({@link MembersOfNames}); troops moved in the passive ({@link MovedForces}); the attacker of a "when" clause
 * ({@link WhenAttackers}); "its border with X" as a recipient.
 */
class ActorKindsTenTest {
  private static final String CASE = "actor-kinds-10";

  private static void assertTriple(String fragment, String source, String root, String target) {
    Fixtures.assertTriple(CASE, fragment, source, root, target);
  }

  @Test
  void aNameEndingInALegalFormIsAFirmOfTheCountryGiven() {
    assertTriple("Hoshino Shipbuilding Co.", "JPNBUS", "", "VNM");
  }

  @Test
  void supportersOfAFormerLeaderAreTheOpposition() {
    assertTriple("Supporters of former Prime Minister Thaksin", "THAOPP", "", "");
  }

  @Test
  void supportersOfASittingPresidentAreOfHisCountryNotHisGovernment() {
    List<String> p = Fixtures.triples(CASE, "Supporters of President Hugo Chavez");
    assertTrue(p.stream().anyMatch(x -> x.startsWith("VEN ")), p.toString());
    assertTrue(p.stream().noneMatch(x -> x.startsWith("VENGOV")), p.toString());
  }

  @Test
  void aGovernmentPatrolIsTheArmy() {
    assertTriple("ambushed a government patrol", "NPL", "", "NPLMIL");
  }

  @Test
  void aFormerHeadOfStateIsAFormerOfficeHolder() {
    assertTriple("former Nigerian head of state", "NGA", "", "NGAELI");
  }

  @Test
  void anEnvoyTitleGivesAFormerOfficeHolderHisGovernmentAgain() {
    assertTriple("special envoy Zalmay Khalilzad", "USAGOV", "", "");
  }

  @Test
  void aNatoLedForceIsNatos() {
    assertTriple("NATO-led troops", "IGOWSTNAT", "", "");
  }

  @Test
  void aBackedGroupBelongsToWhereItActsNotToItsBacker() {
    List<String> p = Fixtures.triples(CASE, "Russian-backed rebels");
    assertTrue(p.stream().anyMatch(x -> x.startsWith("GEO")), p.toString());
    assertTrue(p.stream().noneMatch(x -> x.startsWith("RUS")), p.toString());
  }

  @Test
  void warplanesOfALedCoalitionAreTheLeaders() {
    assertTriple("Warplanes of the U.S.-led coalition", "USA", "", "AFG");
  }

  @Test
  void membersOfAnOrganisationNamedWithItsOwnOfPhraseAreIts() {
    assertTriple("Guerrillas of the Revolutionary Armed Forces", "COLREB", "", "");
  }

  @Test
  void troopsPulledOutInThePassiveAreTheirStatesWithdrawal() {
    assertTriple("Ethiopian troops were pulled out", "ETH", "08", "SOM");
  }

  @Test
  void tanksMassedInThePassiveAreTheirStatesPosture() {
    assertTriple("Pakistani tanks have been massed", "PAK", "15", "IND");
  }

  @Test
  void theAttackerOfAWhenClauseKilled() {
    assertTriple("A Hamas commander was killed", "ISR", "", "PSE");
  }

  @Test
  void troopsSentToItsBorderWithACountryAreAimedAtThatCountry() {
    assertTriple("two armoured brigades", "TUR", "", "SYR");
  }
}
