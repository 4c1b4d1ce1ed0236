package harbinger.coding;

import harbinger.model.Actor;
import harbinger.model.Event;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Parties as wire copy of the 1990s describes them, on real parses of one-line examples written for this test
 * ({@code golden/stages/actors-wire.txt}): rebels a state's army fights, places that state their country, minorities
 * placed by where they live, members of a named movement, things that stand for their owner, outsiders, and rebels
 * striking a place.
 */
class WireActorsTest {
  private static void assertSome(String fragment, String what, Predicate<Event> test) {
    Fixtures.assertSomeEvent("actors-wire", fragment, what, test);
  }

  private static void assertNone(String fragment, String what, Predicate<Event> test) {
    Fixtures.assertNoEvent("actors-wire", fragment, what, test);
  }

  private static String code(Actor a) { return Fixtures.code(a); }

  private static boolean of(Actor a, String country) { return a != null && country.equals(a.country()); }

  @Test
  void rebelsAStatesArmyFightsNearAPlaceAreThatPlacesCountrys() {
    assertSome("Vavuniya", "LKAMIL -> LKA rebels", e -> code(e.source()).equals("LKAMIL") && code(e.target()).equals("LKAREB"));
  }

  @Test
  void rebelsAStatesArmyFightsWithNoPlaceAreThatStatesOwn() {
    assertSome("six guerrillas", "MMRMIL -> MMRREB", e -> code(e.source()).equals("MMRMIL") && code(e.target()).equals("MMRREB"));
  }

  @Test
  void aPlaceNamedWithItsCountrysAdjectiveGivesTheDoersCountry() {
    assertSome("town of Poso", "an IDN source", e -> of(e.source(), "IDN"));
  }

  @Test
  void anEthnicMinorityIsCodedByWhereItLivesNotByItsKinState() {
    assertSome("ethnic Serb", "a KSV target", e -> of(e.target(), "KSV"));
  }

  @Test
  void membersOfANamedMovementAreTheMovement() {
    assertSome("Commanders of the Northern Alliance", "AFGREBNAL -> PAK", e -> code(e.source()).equals("AFGREBNAL") && of(e.target(), "PAK"));
  }

  @Test
  void aThingABodyOwnsStandsForThatBody() {
    assertSome("peace proposal", "an AGOGOV target", e -> code(e.target()).equals("AGOGOV"));
  }

  @Test
  void foreignAgenciesDoNotTakeTheCountryOfThePlace() {
    assertSome("foreign aid agencies", "SDN -> an NGO of no country",
        e -> of(e.source(), "SDN") && e.target() != null && e.target().country() == null && e.target().code().startsWith("NGO"));
  }

  @Test
  void rebelsStrikingAPlaceOfOneCountryAreItsRebels() {
    assertSome("bridge in Jaffna", "an LKA source", e -> of(e.source(), "LKA"));
  }
}
