package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Actor kinds left after session 10's first actor helper, on sentences written for the test
 * ({@code golden/stages/actor-kinds-10b.txt}, published 1990-06-13): a counted plural of a nation's name is the two
 * states sharing it ({@link DividedNations}); a "-backed" group takes the country of a place owning what it acts
 * on ({@link SponsoredGroups}); members of a state body named with no country are of the country where the act
 * is placed ({@link GroupAffiliation}).
 */
class ActorKindsTenBTest {
  private static final String CASE = "actor-kinds-10b";

  private static void assertTriple(String fragment, String source, String root, String target) {
    Fixtures.assertTriple(CASE, fragment, source, root, target);
  }

  @Test
  void theTwoKoreasAreNorthAndSouthKorea() {
    List<String> p = Fixtures.triples(CASE, "between the two Koreas");
    assertTrue(p.stream().anyMatch(x -> x.contains("KOR")) && p.stream().anyMatch(x -> x.contains("PRK")), p.toString());
  }

  @Test
  void bothGermanysAreTheTwoGermanStatesActingOnEachOther() {
    assertTriple("Both Germanys signed", "DEU", "05", "DDR");
    assertTriple("Both Germanys signed", "DDR", "05", "DEU");
  }

  @Test
  void aCountedPluralNameWithoutTwoStatesIsNoPairOfCountries() {
    List<String> p = Fixtures.triples(CASE, "The two Americas");
    assertTrue(p.stream().noneMatch(x -> x.startsWith("USA") || x.contains(" USA")), p.toString());
  }

  @Test
  void aBackedGroupTakesTheCountryOfThePlaceOwningWhatItShells() {
    assertTriple("Saudi-backed militiamen", "YEM", "19", "");
  }

  @Test
  void membersOfAPresidentialGuardAreTheArmyOfTheCountryWhereTheyAct() {
    assertTriple("Members of the presidential guard", "MLIMIL", "", "MLIGOV");
  }
}
