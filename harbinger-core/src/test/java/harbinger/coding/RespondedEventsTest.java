package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The words of the event an act answers ("in retaliation for the chemical weapons attack") do not choose the act's
 * own code, on real parses of sentences written for this test ({@code golden/stages/responses.txt}).
 */
class RespondedEventsTest {
  @Test
  void missilesFiredInRetaliationForAChemicalAttackAreNoChemicalWeapons() {
    List<String> p = Fixtures.triples("responses", "cruise missiles");
    assertTrue(p.stream().anyMatch(x -> x.contains(" 19")), p.toString());
    assertTrue(p.stream().noneMatch(x -> x.contains(" 204")), p.toString());
  }

  @Test
  void shellingInResponseToAGasAttackIsShelling() {
    List<String> p = Fixtures.triples("responses", "shelled three villages");
    assertTrue(p.stream().anyMatch(x -> x.contains(" 19")), p.toString());
    assertTrue(p.stream().noneMatch(x -> x.contains(" 204")), p.toString());
  }

  @Test
  void chemicalShellsFiredAreStillChemicalWeapons() {
    List<String> p = Fixtures.triples("responses", "fired chemical shells");
    assertTrue(p.stream().anyMatch(x -> x.contains(" 2041")), p.toString());
  }
}
