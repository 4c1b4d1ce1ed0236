package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A private person's act that names no party is no political event; with a party, or done by a political agent, it
 * stays. On real parses of sentences written for this test ({@code golden/stages/private-persons.txt}).
 */
class PrivatePersonsTest {
  @Test
  void aNovelistCriticisingAFestivalIsNoEvent() {
    assertTrue(Fixtures.triples("private-persons", "festival's new programme").isEmpty());
  }

  @Test
  void aChefFightingTheHeatIsNoEvent() {
    assertTrue(Fixtures.triples("private-persons", "pastry chef").isEmpty());
  }

  @Test
  void teenagersPunchingAClassmateIsNoEvent() {
    assertTrue(Fixtures.triples("private-persons", "punched a classmate").isEmpty());
  }

  @Test
  void aNovelistCriticisingTheGovernmentIsAnEvent() {
    List<String> p = Fixtures.triples("private-persons", "censorship law");
    assertTrue(p.stream().anyMatch(x -> x.contains("KENGOV")), p.toString());
  }

  @Test
  void rebelsAttackingAPostStayAnEvent() {
    List<String> p = Fixtures.triples("private-persons", "army post");
    assertTrue(p.stream().anyMatch(x -> x.contains(" 19")), p.toString());
  }
}
