package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Event;
import harbinger.model.Modality;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Meetings, visits and summits that were called off ({@link CancelledEvents}) on real parses of sentences written for
 * these tests ({@code golden/stages/cancelled.txt}).
 */
class CancelledEventsTest {
  private static final String FIXTURE = "cancelled";

  private static List<Event> meetings(String fragment) {
    return Fixtures.eventsIn(FIXTURE, fragment).stream().filter(e -> e.cameo().startsWith("04")).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Planned talks between the Indian", "A meeting of the Serbian and Kosovo leaders",
      "The visit by the Chinese premier", "The summit between North Korea", "Planned summit with the Taliban", "Peace talks with the rebels",
      "The Egyptian government cancelled", "Thai officials put off a visit"})
  void aMeetingThatWasCalledOffIsNoAssertedMeeting(String fragment) {
    for (Event e : meetings(fragment)) {
      assertEquals(Modality.NEGATED, e.modality(), fragment + ": " + e.cameo() + " " + e.evidence());
    }
  }

  @Test
  void theCancelledNounIsFoundAsPassiveSubjectObjectOrHeadlineSubject() {
    SentenceGraph passive = Fixtures.graph(FIXTURE, "Planned talks between the Indian");
    assertTrue(CancelledEvents.cancelled(passive, Fixtures.token(passive, "talks")));
    SentenceGraph scrapped = Fixtures.graph(FIXTURE, "The summit between North Korea");
    assertTrue(CancelledEvents.cancelled(scrapped, Fixtures.token(scrapped, "summit")));
    SentenceGraph object = Fixtures.graph(FIXTURE, "The Egyptian government cancelled");
    assertTrue(CancelledEvents.cancelled(object, Fixtures.token(object, "meeting")));
    SentenceGraph headline = Fixtures.graph(FIXTURE, "Planned summit with the Taliban");
    assertTrue(CancelledEvents.cancelled(headline, Fixtures.token(headline, "summit")));
  }

  @Test
  void talksThatWereHeldAreAsserted() {
    SentenceGraph g = Fixtures.graph(FIXTURE, "were held in Baghdad");
    assertFalse(CancelledEvents.cancelled(g, Fixtures.token(g, "talks")));
    List<Event> held = meetings("were held in Baghdad");
    assertFalse(held.isEmpty());
    assertTrue(held.stream().allMatch(e -> e.modality() == Modality.ASSERTED), held.toString());
  }

  @Test
  void callingOffTalksIsNoAppealForThem() {
    String code = Fixtures.triggerCodeAt(FIXTURE, "Planned talks between the Indian", "called");
    assertTrue(code == null || !code.startsWith("02"), String.valueOf(code));
    assertNull(code == null || !code.startsWith("04") ? null : code);
  }
}
