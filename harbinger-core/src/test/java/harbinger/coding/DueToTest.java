package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import harbinger.model.Modality;
import org.junit.jupiter.api.Test;

/**
 * "X is due to V": the parser reads "due to" as a preposition and hangs the verb on "due" as {@code dep}; the verb's
 * doer is still the subject of "due", and the act is foretold, not done. On real parses
 * ({@code golden/stages/due-to-14.txt}).
 */
class DueToTest {
  private static final String CASE = "due-to-14";

  @Test
  void dueToMeetKeepsItsSubjectInsideABeforeClause() {
    Fixtures.assertTriple(CASE, "before Putin", "RUS", "04", "CHN");
  }

  @Test
  void dueToMeetIsFuture() {
    assertEquals(Modality.FUTURE, Fixtures.reading(CASE, "before Putin", "meet").modality());
  }

  @Test
  void dueToVisitIsAFutureVisitByTheMinister() {
    Fixtures.assertTriple(CASE, "Iranian foreign minister", "IRN", "042", "IRQ");
    assertEquals(Modality.FUTURE, Fixtures.reading(CASE, "Iranian foreign minister", "visit").modality());
  }

  @Test
  void aReportDueToBePublishedIsNoEvent() {
    Fixtures.assertNoTriples(CASE, "The report on the bombing");
  }

  @Test
  void dueToHoldTalksHasTheSerbianPresidentAsSource() {
    Fixtures.assertTriple(CASE, "Serbian president", "SRB", "04", "");
  }

  @Test
  void expectedToHoldTalksHasTheKenyanPresidentAsSource() {
    Fixtures.assertTriple(CASE, "Kenyan president", "KEN", "04", "SOM");
  }

  @Test
  void anOrderedPartyDoesNotBecomeTheDoerOfANounInsideTheOrder() {
    Fixtures.assertNoEvent(CASE, "Supreme Court ordered", "a detention by the government",
        e -> e.cameo().startsWith("173") && e.source() != null && e.source().code().startsWith("GOV", 3));
  }
}
