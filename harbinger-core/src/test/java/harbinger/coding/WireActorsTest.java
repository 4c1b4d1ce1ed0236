package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Actor;
import harbinger.model.AnnotatedDoc;
import harbinger.model.Event;
import harbinger.model.Sentence;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Parties as wire copy of the 1990s describes them, on real parses of one-line examples written for this test
 * ({@code golden/stages/actors-wire.txt}): rebels a state's army fights, places that state their country, minorities
 * placed by where they live, members of a named movement, things that stand for their owner, outsiders, and rebels
 * striking a place.
 */
class WireActorsTest {
  private static final AnnotatedDoc DOC = Fixtures.doc("actors-wire");
  private static final List<Event> EVENTS = Fixtures.coder().code(DOC);

  private static List<Event> eventsOf(String fragment) {
    Sentence s = DOC.sentences().get(Fixtures.sentence(DOC, fragment));
    int begin = s.tokens().get(0).begin();
    int end = s.tokens().get(s.tokens().size() - 1).end();
    return EVENTS.stream().filter(e -> e.trigger().start() >= begin && e.trigger().start() < end).toList();
  }

  private static String code(Actor a) { return a == null ? "-" : a.code(); }

  private static void assertSome(String fragment, String what, Predicate<Event> test) {
    List<Event> es = eventsOf(fragment);
    assertTrue(es.stream().anyMatch(test), () -> "expected " + what + " in '" + fragment + "' but got: "
        + es.stream().map(e -> code(e.source()) + " " + e.cameo() + " " + code(e.target())).collect(Collectors.joining("; ")));
  }

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
