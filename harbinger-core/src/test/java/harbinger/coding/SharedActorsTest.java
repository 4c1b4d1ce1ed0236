package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Actor;
import harbinger.model.Event;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Parties shared or placed by their context, on real parses of one-line examples written for this test
 * ({@code golden/stages/actors-shared.txt}): the people of an armed movement belong to the movement, "the leaders of
 * X and Y" are both countries' governments, and a party name several countries share is the party of the story's
 * country.
 */
class SharedActorsTest {

  private static List<Event> eventsOf(String fragment) { return Fixtures.eventsIn("actors-shared", fragment); }

  private static String code(Actor a) { return Fixtures.code(a); }

  private static void assertEvent(String fragment, String sourcePrefix, String targetPrefix) {
    List<Event> es = eventsOf(fragment);
    boolean found = es.stream().anyMatch(e -> code(e.source()).startsWith(sourcePrefix) && code(e.target()).startsWith(targetPrefix));
    assertTrue(found, () -> "expected " + sourcePrefix + " -> " + targetPrefix + " in '" + fragment + "' but got: "
        + es.stream().map(e -> code(e.source()) + " " + e.cameo() + " " + code(e.target())).collect(Collectors.joining("; ")));
  }

  private static void assertNoSource(String fragment, String sourcePrefix) {
    List<Event> es = eventsOf(fragment);
    assertTrue(es.stream().noneMatch(e -> code(e.source()).startsWith(sourcePrefix)), () -> "no " + sourcePrefix + " expected in '"
        + fragment + "' but got: " + es.stream().map(e -> code(e.source()) + " " + e.cameo()).collect(Collectors.joining("; ")));
  }

  @Test
  void aSpokesmanOfAnArmedMovementSpeaksForTheMovementNotTheGovernment() {
    assertEvent("A Houthi spokesman", "YEMREB", "SAU");
    assertNoSource("A Houthi spokesman", "YEMGOV");
  }

  @Test
  void aCommanderOfAnArmedMovementIsTheMovementNotTheArmy() {
    assertEvent("Hamas commander", "PSEREB", "");
    assertNoSource("Hamas commander", "PSEMIL");
  }

  @Test
  void everyCountryOfSharedRoleNounIsAPartyWithThatRole() {
    assertEvent("ministers of Spain and Portugal", "ESPGOV", "MAR");
    assertEvent("ministers of Spain and Portugal", "PRTGOV", "MAR");
  }

  @Test
  void sharedRoleNounAsTargetGivesEveryCountry() {
    assertEvent("leaders of Chile and Uruguay", "ARGGOV", "CHLGOV");
    assertEvent("leaders of Chile and Uruguay", "ARGGOV", "URYGOV");
  }

  @Test
  void aPartyNameSeveralCountriesShareIsThePartyOfTheStorysCountry() {
    assertEvent("the Greens accused", "NZLPTY", "NZL");
  }

  @Test
  void aLowerCaseWordThatIsAlsoAPartyNameIsNoParty() {
    assertNoSource("cheap labour", "KENPTY");
  }
}
