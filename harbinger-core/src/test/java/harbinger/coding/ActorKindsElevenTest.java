package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Actor kinds of round 10 fixed in session 11, on sentences written for the test ({@code golden/stages/actor-kinds-11.txt},
 * published 2001-03-15): groups named by an "X-based" compound are placed in the base ({@link BasedGroups}); a state
 * body under a shared name is the named or placed state's ({@link StateBodies}); a pressing purpose clause names the
 * target of an act with no object ({@link ArgumentRepairs#pressedByPurpose}); a recipient hung inside a long object;
 * an outlet's staff are its country's media ({@link MediaPeople}); an emir takes his "of" country; a carmaker is a firm.
 */
class ActorKindsElevenTest {
  private static final String CASE = "actor-kinds-11";

  private static void assertTriple(String fragment, String source, String root, String target) {
    Fixtures.assertTriple(CASE, fragment, source, root, target);
  }

  @Test
  void aGroupBasedInACountryIsPlacedThere() {
    assertTriple("Somalia-based militants", "KENGOV", "11", "SOM");
  }

  @Test
  void aMarchToPressCongressTargetsThePlacedStatesLegislature() {
    assertTriple("to press Congress", "", "14", "PERLEG");
  }

  @Test
  void aSharedBodyNameWithAnotherStatesPossessorIsThatStates() {
    assertTriple("Colombia's Congress criticised", "COLLEG", "11", "COLGOV");
  }

  @Test
  void theRecipientOfAHandoverMayHangInsideTheObject() {
    assertTriple("handed over a suspected Filipino militant leader", "MYSCOP", "", "PHL");
  }

  @Test
  void anOutletsCorrespondentIsItsCountrysMedia() {
    assertTriple("expelled the BBC's correspondent", "NGA", "", "GBRMED");
    assertTriple("the German magazine Stern", "SRB", "", "DEUMED");
  }

  @Test
  void aCompoundOutletNameBeforeAReporterMakesNoActor() {
    List<String> p = Fixtures.triples(CASE, "A Reuters correspondent saw");
    assertTrue(p.stream().noneMatch(x -> x.contains("GBR")), p.toString());
  }

  @Test
  void anEmirOfACountryIsItsHeadOfState() {
    assertTriple("The emir of Bahrain received", "BHRGOV", "", "OMNGOV");
  }

  @Test
  void aCarmakerIsAFirmOfItsCountry() {
    assertTriple("carmaker Hyundai", "KORBUS", "", "IND");
  }
}
