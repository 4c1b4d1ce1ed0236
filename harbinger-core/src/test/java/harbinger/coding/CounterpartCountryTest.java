package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import harbinger.model.Actor;
import java.util.List;
import org.junit.jupiter.api.Test;

class CounterpartCountryTest {
  private static ActorResolver.Resolved party(String country, String agent) {
    String code = (country == null ? "" : country) + agent;
    return new ActorResolver.Resolved(new Actor(code, code, country, List.of(agent), null, null), Discourse.Kind.GROUP, true, null);
  }

  private static List<String> codes(List<ActorResolver.Resolved> rs) {
    return rs.stream().map(r -> r.actor().code()).toList();
  }

  @Test
  void domesticDoersLendTheirCountryToTargets() {
    assertEquals("GRC", CounterpartCountry.forTargets(List.of(party("GRC", "COP"))));
    assertEquals("SLV", CounterpartCountry.forTargets(List.of(party("SLV", "REB"))));
  }

  @Test
  void governmentsArmiesAndMixedDoersLendNone() {
    assertNull(CounterpartCountry.forTargets(List.of(party("USA", "GOV"))));
    assertNull(CounterpartCountry.forTargets(List.of(party("ISR", "MIL"))));
    assertNull(CounterpartCountry.forTargets(List.of(party("GRC", "COP"), party("TUR", "COP"))));
    assertNull(CounterpartCountry.forTargets(List.of(party(null, "REB"))));
    assertNull(CounterpartCountry.forTargets(List.of()));
  }

  @Test
  void doersOfNoCountryTakeTheCountryOfTheStateBodiesTheyActOn() {
    var placed = CounterpartCountry.placeSources(List.of(party(null, "LAB")), List.of(party("ZAF", "COP")));
    assertEquals(List.of("ZAFLAB"), codes(placed));
    var notAState = CounterpartCountry.placeSources(List.of(party(null, "REB")), List.of(party("ZAF", "CVL")));
    assertEquals(List.of("REB"), codes(notAState));
    ActorResolver.Resolved igo = new ActorResolver.Resolved(new Actor("the UN", "IGOUNO", null, List.of("IGO"), null, null),
        Discourse.Kind.ORGANIZATION, false, null);
    assertEquals(List.of("IGOUNO"), codes(CounterpartCountry.placeSources(List.of(igo), List.of(party("ZAF", "GOV")))));
  }

  @Test
  void theOppositionAGovernmentActsOnIsItsOwn() {
    assertEquals(List.of("CHLOPP"), codes(CounterpartCountry.placeOpposition(List.of(party("CHL", "GOV")), List.of(party(null, "OPP")))));
    assertEquals(List.of("OPP"), codes(CounterpartCountry.placeOpposition(List.of(party("CHL", "MIL")), List.of(party(null, "OPP")))));
  }
}
