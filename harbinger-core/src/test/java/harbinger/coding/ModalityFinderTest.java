package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Modality;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * {@link ModalityFinder} on real parses ({@code golden/stages/modality.doc.json}): each cue on its own, their
 * precedence, the reporting verb that stops the climb, and hedges.
 */
class ModalityFinderTest {
  private static final String FIXTURE = "modality";
  private final ModalityFinder finder = new ModalityFinder();

  private static ModalityFinder.Reading read(String fragment, String trigger) {
    return Fixtures.reading(FIXTURE, fragment, trigger);
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "Turkey did not attack            | attack    | NEGATED",
      "Turkey never attacked            | attacked  | NEGATED",
      "Turkey didn't attack             | attack    | NEGATED",
      "There was no attack              | attack    | NEGATED",
      "Turkey refused to criticise      | criticise | NEGATED",
      "Turkey failed to attack          | attack    | NEGATED",
      "if it crosses the river          | attack    | CONDITIONAL",
      "Unless Turkey withdraws          | withdraws | CONDITIONAL",
      "Turkey could attack              | attack    | CONDITIONAL",
      "Turkey might attack              | attack    | CONDITIONAL",
      "Turkey should attack             | attack    | CONDITIONAL",
      "Turkey will attack the Kurdish militia. | attack | FUTURE",
      "Turkey is going to attack        | attack    | FUTURE",
      "Turkey is expected to attack     | attack    | FUTURE",
      "Turkey plans to attack           | attack    | INTENDED",
      "Turkey vowed to attack           | attack    | INTENDED",
      "Turkey attacked the Kurdish militia. | attacked | ASSERTED",
      // a clause that says something about an event noun denies what it says, not the event
      "attack on the border post cannot be tolerated | attack | ASSERTED",
      "dismissed claims that the attacks  | attacks   | ASSERTED",
      // but an occurrence verb or a light verb says whether the event took place
      "attack on the border post did not happen | attack | NEGATED",
      "attack on the border post was not carried out | attack | NEGATED",
      // an event whose own subject is nobody did not happen
      "No one was hurt in the clashes     | hurt      | NEGATED",
      "Nobody was arrested after the rally | arrested | NEGATED",
  })
  void cueGivesModality(String fragment, String trigger, Modality expected) {
    assertEquals(expected, read(fragment.strip(), trigger).modality());
  }

  @Test
  void refusingVerbItselfIsAsserted() {
    assertEquals(Modality.ASSERTED, read("Turkey refused to criticise", "refused").modality());
  }

  @Test
  void conditionOutranksFuture() {
    // "will attack ... if it crosses": both cues are present; conditional wins
    assertEquals(Modality.CONDITIONAL, read("if it crosses the river", "attack").modality());
  }

  @Test
  void mainClauseOfAConditionIsConditionalToo() {
    // "Unless Turkey withdraws ..., Syria will attack them": the attack depends on the condition
    assertEquals(Modality.CONDITIONAL, read("Syria will attack them", "attack").modality());
  }

  @Test
  void reportingVerbIsFoundAndStopsTheClimb() {
    SentenceGraph g = Fixtures.graph(FIXTURE, "Syria said Turkey attacked");
    ModalityFinder.Reading r = finder.read(g, Fixtures.token(g, "attacked"));
    assertEquals(Modality.ASSERTED, r.modality());
    assertEquals(Fixtures.token(g, "said"), r.reportingVerb());
    assertTrue(ModalityFinder.isReportingVerb(g, Fixtures.token(g, "said")));
  }

  @Test
  void unreportedEventHasNoReportingVerb() {
    assertNull(read("Turkey attacked the Kurdish militia.", "attacked").reportingVerb());
  }

  @Test
  void hedgeIsRecordedWithoutChangingTheModality() {
    ModalityFinder.Reading r = read("Turkey reportedly attacked", "attacked");
    assertTrue(r.hedged());
    assertEquals(Modality.ASSERTED, r.modality());
    assertFalse(read("Turkey attacked the Kurdish militia.", "attacked").hedged());
  }
}
