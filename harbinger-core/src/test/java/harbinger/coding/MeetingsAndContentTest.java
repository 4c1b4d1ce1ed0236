package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Event;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Meetings at a third place ({@link ThirdPlaces}) and the subject of an infinitive as a trigger's content
 * ({@link TriggerFinder#context}), on real parses of sentences written for these tests
 * ({@code golden/stages/meetings-and-content.txt}).
 */
class MeetingsAndContentTest {
  private static final String FIXTURE = "meetings-and-content";

  private static List<String> codes(String fragment) {
    return Fixtures.eventsIn(FIXTURE, fragment).stream().map(Event::cameo).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"of Chile and Peru met in Madrid", "Laotian and Cambodian prime ministers met in Bangkok",
      "met at a hotel in Madrid"})
  void aMeetingOfTwoCountriesHeldInAThirdIsAThirdLocationMeeting(String fragment) {
    assertTrue(codes(fragment).contains("044"), fragment + ": " + codes(fragment));
  }

  @Test
  void aMeetingInOneOfThePartiesOwnCountriesIsNoThirdLocationMeeting() {
    List<String> codes = codes("Kenyan and Ugandan presidents met in Nairobi");
    assertFalse(codes.contains("044"), codes.toString());
    assertTrue(codes.stream().anyMatch(c -> c.startsWith("04")), codes.toString());
  }

  @Test
  void aPartyWithoutACountryIsNeverAtAThirdPlace() {
    List<String> codes = codes("met the UN envoy in Lima");
    assertFalse(codes.contains("044"), codes.toString());
  }

  @Test
  void aPlaceInWhatWasDiscussedIsNotWhereTheMeetingWas() {
    List<String> codes = codes("discussed the situation in Beirut");
    assertFalse(codes.contains("044"), codes.toString());
    assertTrue(codes.stream().anyMatch(c -> c.startsWith("04")), codes.toString());
  }

  @Test
  void talksAtAThirdPlaceStayTalks() {
    List<String> codes = codes("held talks in Panama City");
    assertTrue(codes.contains("046"), codes.toString());
    assertFalse(codes.contains("044"), codes.toString());
  }

  @Test
  void thePlaceCountryIsFoundFromACapitalOrTheLastCapitalisedWordOfThePhrase() {
    ThirdPlaces places = new ThirdPlaces(Fixtures.ontology(), Fixtures.knowledge());
    assertTrue(places.placeCountry("Madrid").orElseThrow().equals("ESP"));
    assertTrue(places.placeCountry("the Spanish capital Madrid").orElseThrow().equals("ESP"));
    assertTrue(places.placeCountry("a small village").isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Tribal elders called for", "Opposition leaders called for"})
  void theSubjectOfAForToInfinitiveIsPartOfTheAppealsContent(String fragment) {
    SentenceGraph g = Fixtures.graph(FIXTURE, fragment);
    BitSet context = TriggerFinder.context(g, Fixtures.token(g, "called"), false);
    assertTrue(context.get(Fixtures.token(g, "troops")), fragment);
  }

  @Test
  void anAppealForTroopsToProtectIsAnAppealForProtection() {
    List<String> codes = codes("Tribal elders called for");
    assertTrue(codes.contains("0234"), codes.toString());
  }

  @Test
  void anAppealForHelpToCopeIsAnAppealForAid() {
    List<String> codes = codes("issued an appeal for international help");
    assertTrue(codes.stream().anyMatch(c -> c.startsWith("023")), codes.toString());
  }

  @Test
  void theTriggersOwnSubjectStaysOutOfItsContext() {
    SentenceGraph g = Fixtures.graph(FIXTURE, "Opposition leaders called for");
    BitSet context = TriggerFinder.context(g, Fixtures.token(g, "called"), false);
    assertFalse(context.get(Fixtures.token(g, "leaders")));
  }
}
