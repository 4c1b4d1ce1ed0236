package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Session-7 senses of conflict triggers ({@link Orders}, {@link AidKinds}, pests, animals and plants in
 * {@link NaturalCauses}, kin in {@link PrivateCrimes}, and lexicon kinds for investigations, exchanges of fire and
 * protesters' blockades, business contests in {@link WordContests}) through the real {@link TriggerFinder} on real parses of sentences written for these tests
 * ({@code golden/stages/conflict-senses-4.txt}), each beside a sentence where the sense does not apply.
 */
class OrdersAndCausesTest {
  private static final String FIXTURE = "conflict-senses-4";

  private static String code(String sentenceStart, String word) {
    return Fixtures.triggerCodeAt(FIXTURE, sentenceStart, word);
  }

  @Test
  void anOrderToAnotherPartyIsADemandByWhatIsOrdered() {
    assertEquals("1056", code("The African Union ordered Sudan", "ordered"));
    assertEquals("1053", code("The mediators ordered the two factions", "ordered"));
  }

  @Test
  void anOrderToOwnTroopsOrOfAThingIsNoDemand() {
    String own = code("The defence minister ordered troops", "ordered");
    assertFalse(own != null && own.startsWith("10"), own);
    String thing = code("The court ordered the release", "ordered");
    assertFalse(thing != null && thing.startsWith("10"), thing);
  }

  @Test
  void theAidCutIsOfTheKindItsOwnModifiersName() {
    assertEquals("1621", code("Canada suspended development aid", "suspended"));
    assertEquals("1622", code("Germany halted military aid", "halted"));
  }

  @Test
  void pestsAnimalsAndExplodingPlantsAreNoParties() {
    assertNull(code("Locusts destroyed the harvest", "destroyed"));
    assertNull(code("An elephant killed a farmer", "killed"));
    assertNull(code("A chemical plant blew up", "blew"));
    assertNull(code("A chemical plant blew up", "killing"));
    assertNotNull(code("Tamil Tiger rebels killed a soldier", "killed"));
  }

  @Test
  void harmToOnesOwnKinIsAPrivateCrime() {
    assertNull(code("A farmer shot his brother dead", "shot"));
    assertEquals("193", code("Soldiers shot a farmer", "shot"));
  }

  @Test
  void investigationsTakeTheirKindFromWhatIsInvestigated() {
    assertEquals("091", code("Prosecutors are investigating the disappearance", "investigating"));
    assertEquals("093", code("UN monitors examined a breach of the truce", "examined"));
  }

  @Test
  void anExchangeOfGunfireIsSmallArmsFighting() {
    assertEquals("193", code("Greek and Turkish patrols exchanged gunfire", "exchanged"));
  }

  @Test
  void villagersBlockingAHighwayProtestAnArmyDoesNot() {
    assertEquals("144", code("Villagers blocked the highway", "blocked"));
    String army = code("The army blocked the highway", "blocked");
    assertFalse(army != null && army.startsWith("14"), army);
  }

  @Test
  void firmsBattlingForCustomersDoNotFightTroopsBattlingForATownDo() {
    assertNull(code("Two mobile phone makers are battling", "battling"));
    String troops = code("Government troops are battling rebels", "battling");
    assertNotNull(troops);
    assertEquals("19", troops.substring(0, 2));
  }
}
