package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Session-6 senses of conflict triggers ({@link SportsSenses}, {@link AttackKinds}, {@link BombKinds#bySubject},
 * participle casualties in {@link NaturalCauses} and {@link BombKinds}, prizes in {@link WordContests}, and the
 * trigger context of a "from"-gerund) through the real {@link TriggerFinder} on real parses of sentences written for
 * these tests ({@code golden/stages/conflict-senses-2.txt}), each beside a sentence where the sense does not apply.
 */
class ConflictKindsTest {
  private static final String FIXTURE = "conflict-senses-2";

  private static String code(String sentenceStart, String word) {
    return Fixtures.triggerCodeAt(FIXTURE, sentenceStart, word);
  }

  @Test
  void clubsMeetingInAFinalIsNoMeeting() {
    assertNull(code("The two clubs met", "met"));
    assertEquals("04", code("The two foreign ministers met", "met"));
  }

  @Test
  void bowlersDestroyingABattingOrderDestroyNoProperty() {
    assertNull(code("Sri Lanka's bowlers destroyed", "destroyed"));
    assertEquals("1712", code("Rebels destroyed the bridge", "destroyed"));
  }

  @Test
  void aPlayerDeportedIsStillDeported() {
    assertEquals("174", code("Kenya deported a Nigerian footballer", "deported"));
  }

  @Test
  void gunmenWhoFireUseSmallArmsButGunmenWhoKillMayNot() {
    assertEquals("193", code("Unidentified gunmen fired", "fired"));
    assertEquals("190", code("Gunmen killed three traders", "killed"));
  }

  @Test
  void aTitledLeaderShotDeadIsAssassinatedAFarmerIsNot() {
    assertEquals("186", code("Interior Minister Ali Hassan was shot dead", "shot"));
    String farmer = code("A farmer was shot dead", "shot");
    assertNotNull(farmer);
    assertEquals("193", farmer);
  }

  @Test
  void theSubjectBombNamesTheBombing() {
    assertEquals("1832", code("A truck bomb struck", "struck"));
    assertEquals("1831", code("A suicide attacker killed", "killed"));
    assertEquals("183", code("A bomb killed four shoppers", "killed"));
  }

  @Test
  void deathsAfterACommaTakeTheDoerOfTheClauseBefore() {
    assertNull(code("A ferry capsized off the coast", "killing"));
    assertEquals("183", code("An explosion ripped through a market", "killing"));
  }

  @Test
  void barringFromAGerundReadsTheGerund() {
    assertEquals("1722", code("The electoral commission barred", "barred"));
  }

  @Test
  void aBattleForHeartsIsNoFighting() {
    assertNull(code("The campaign will be a battle", "battle"));
  }

  @Test
  void theSubjectOfAThatClauseTellsWhatIsDemanded() {
    assertEquals("1013", code("Seoul demanded that Tokyo hand over", "demanded"));
    assertEquals("1052", code("The government demanded that protesters end", "demanded"));
  }

  @Test
  void policeClashingWithProtestersIsAViolentProtest() {
    assertEquals("145", code("Police clashed with stone-throwing protesters", "clashed"));
  }
}
