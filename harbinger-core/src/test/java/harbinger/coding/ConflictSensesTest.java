package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Senses of force and coercion verbs ({@link NaturalCauses}, {@link BombKinds}, the seizure of control and campaign rallies in
 * {@link WordSenses}) through
 * the real {@link TriggerFinder} on real parses of sentences written for these tests
 * ({@code golden/stages/conflict-senses.txt}).
 */
class ConflictSensesTest {
  private static final String FIXTURE = "conflict-senses";

  private static String code(String sentenceStart, String word) {
    return Fixtures.triggerCodeAt(FIXTURE, sentenceStart, word);
  }

  @Test
  void aStormThatKillsIsNoActOfForce() {
    assertNull(code("A powerful cyclone killed", "killed"));
  }

  @Test
  void troopsThatKillTheSameVillagersUseForce() {
    String code = code("Government troops killed", "killed");
    assertNotNull(code);
    assertTrue(code.startsWith("19") || code.startsWith("20"), code);
  }

  @Test
  void deathsInATrafficAccidentAreNoActOfForce() {
    assertNull(code("Seven pilgrims were killed when their minibus overturned", "killed"));
  }

  @Test
  void deathsWhenGunmenOpenFireAreStillAnAttack() {
    assertNotNull(code("Seven pilgrims were killed when gunmen opened fire", "killed"));
  }

  @Test
  void floodsThatDestroyHousesDestroyNoProperty() {
    assertNull(code("Flash floods destroyed", "destroyed"));
    assertNull(code("Dozens of homes were destroyed by the earthquake", "destroyed"));
  }

  @Test
  void militiamenThatDestroyHousesDestroyProperty() {
    assertEquals("1712", code("Militiamen destroyed", "destroyed"));
  }

  @Test
  void gunfireIsNoNaturalForce() {
    assertNotNull(code("Israeli fire killed", "killed"));
  }

  @Test
  void anEpidemicThatKillsIsNoActOfForce() {
    assertNull(code("A measles epidemic has killed", "killed"));
  }

  @Test
  void seizingControlOfRefineriesConfiscatesThem() {
    assertEquals("1711", code("The oil ministry seized control", "seized"));
  }

  @Test
  void seizingControlOfACapitalOccupiesIt() {
    assertEquals("192", code("Rebel fighters seized control", "seized"));
  }

  @Test
  void aTruckBombThatExplodesIsACarBombing() {
    assertEquals("1832", code("A truck bomb exploded", "exploded"));
  }

  @Test
  void aRoadsideBombThatExplodesIsARoadsideBombing() {
    assertEquals("1833", code("A roadside bomb exploded", "exploded"));
  }

  @Test
  void aBombOfNoNamedKindIsABombing() {
    assertEquals("183", code("A bomb exploded at a crowded bus station", "exploded"));
  }

  @Test
  void deathsWhenARoadsideBombHitsAreARoadsideBombing() {
    assertEquals("1833", code("Four soldiers were killed when a roadside bomb hit", "killed"));
  }

  @Test
  void deathsByACarBombAreACarBombing() {
    assertEquals("1832", code("Two policemen were killed by a car bomb", "killed"));
  }

  @Test
  void deathsWhenSoldiersOpenFireStayAnUnspecifiedUseOfForce() {
    assertEquals("190", code("Five villagers were killed when soldiers opened fire", "killed"));
  }

  @Test
  void anOppositionAllianceOpeningItsCampaignWithARallyIsNoProtest() {
    assertNull(code("The ruling party's main rival", "rally"));
  }

  @Test
  void oppositionSupportersRallyingAgainstALawStillProtest() {
    String code = code("Opposition supporters held a rally", "rally");
    assertNotNull(code);
    assertTrue(code.startsWith("141"), code);
  }
}
