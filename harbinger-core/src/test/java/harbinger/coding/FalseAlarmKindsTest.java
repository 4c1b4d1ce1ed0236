package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Event words with no political act ({@link NaturalCauses} fires, {@link WordContests} contests of skill,
 * {@link ThingContests}, {@link PrivateCrimes}) through the real {@link TriggerFinder} on real parses of sentences
 * written for these tests ({@code golden/stages/precision-kinds.txt}), each kind with a control that stays an attack.
 */
class FalseAlarmKindsTest {
  private static final String FIXTURE = "precision-kinds";

  private static String code(String sentenceStart, String word) {
    return Fixtures.triggerCodeAt(FIXTURE, sentenceStart, word);
  }

  @Test
  void aFireThatKillsIsNoActOfForce() {
    assertNull(code("A fire swept through a crowded market", "killing"));
    assertNull(code("A fire at a children's hospital", "killed"));
  }

  @Test
  void deathsWhenAFireBreaksOutAreNoActOfForce() {
    assertNull(code("Twenty workers were killed when a fire broke out", "killed"));
  }

  @Test
  void floodsThatSweepThroughVillagesKillingPeopleAreNoActOfForce() {
    assertNull(code("Monsoon floods swept through villages", "killing"));
    assertNull(code("A typhoon tore through fishing towns", "killing"));
    assertNull(code("Mudslides buried hamlets", "killing"));
  }

  @Test
  void troopsThatSweepThroughVillagesKillingPeopleUseForce() {
    assertNotNull(code("Government troops swept through villages", "killing"));
    assertNotNull(code("Soldiers raided hamlets", "killing"));
  }

  @Test
  void armyFireThatKillsIsStillForce() {
    String code = code("Army fire killed two protesters", "killed");
    assertNotNull(code);
    assertTrue(code.startsWith("19") || code.startsWith("18") || code.startsWith("20"), code);
  }

  @Test
  void aCompanyAttackingARivalsPlanIsNoEvent() {
    assertNull(code("The software maker attacked", "attacked"));
    assertNull(code("The airline attacked the proposal", "attacked"));
  }

  @Test
  void contestsForAPrizeAreNoFighting() {
    assertNull(code("Two bakers battled each other", "battled"));
    assertNull(code("Young chess players from Russia fought", "fought"));
  }

  @Test
  void fightingAnIllnessOrAFireIsNoEvent() {
    assertNull(code("The veteran actor battled cancer", "battled"));
    assertNull(code("Firefighters battled the flames", "battled"));
  }

  @Test
  void rebelsAttackingAConvoyStillAttack() {
    String code = code("Rebels attacked an army convoy", "attacked");
    assertNotNull(code);
    assertTrue(code.startsWith("19"), code);
  }

  @Test
  void robbersBurglarsAndThievesHarmingPrivatePersonsAreNoEvent() {
    assertNull(code("A burglar stabbed a shopkeeper", "stabbed"));
    assertNull(code("Two robbers shot a taxi driver", "shot"));
    assertNull(code("A thief attacked a tourist", "attacked"));
  }

  @Test
  void robbersWhoKillPoliceOfficersStillAttackTheState() {
    String code = code("Armed robbers shot dead two police officers", "shot");
    assertNotNull(code);
    assertTrue(code.startsWith("18") || code.startsWith("19"), code);
  }

  @Test
  void aPartyAttackingAPlanCriticisesIt() {
    String code = code("The opposition leader attacked", "attacked");
    assertNotNull(code);
    assertTrue(code.startsWith("11"), code);
  }

  @Test
  void anExplosionNamedByItsFuelIsAnAccident() {
    assertNull(code("A methane blast at a colliery", "killed"));
  }

  @Test
  void anExplosionWithoutAFuelIsStillAnAttack() {
    assertNotNull(code("An explosion at a police station", "killed"));
  }

  @Test
  void deathsInACollapsedBuildingAreNoActOfForce() {
    assertNull(code("An old apartment block collapsed", "killing"));
    assertNull(code("Eight pilgrims were killed when a temple wall collapsed", "killed"));
  }
}
