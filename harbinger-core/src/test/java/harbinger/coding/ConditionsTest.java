package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Event;
import harbinger.model.Modality;
import harbinger.ontology.StanceCodes;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Conditions and negated hesitation in {@link ModalityFinder} and the coder, on real parses of sentences written for
 * these tests ({@code golden/stages/conditions.txt}): an act inside an if-clause is conditional and neither promised
 * nor foretold by the clause it conditions, a sole ("only if") condition makes no promise of the act it conditions,
 * "not hesitate to" asserts its complement, admitting refugees is taking them in (so refusing it is 1223).
 */
class ConditionsTest {
  private static final String FIXTURE = "conditions";

  private static ModalityFinder.Reading read(String fragment, String trigger) {
    return Fixtures.reading(FIXTURE, fragment, trigger);
  }

  private static String events(String fragment) {
    List<Event> events = Fixtures.eventsIn(FIXTURE, fragment);
    return events.stream().map(e -> Fixtures.code(e.source()) + " " + e.cameo() + " " + Fixtures.code(e.target())
        + " " + e.modality() + " '" + e.evidence().substring(e.trigger().start() - e.span().start(), e.trigger().end() - e.span().start()) + "'").collect(Collectors.joining("; "));
  }

  @Test
  void anActInsideAnIfClauseIsConditionalNotForetoldByTheWouldAboveIt() {
    ModalityFinder.Reading r = read("the offensive would stop only if", "handed");
    assertEquals(Modality.CONDITIONAL, r.modality());
    assertNull(r.stance(), "the guerrillas' handing over is demanded of them, not promised by them");
  }

  @Test
  void aSoleConditionMakesNoPromiseOfTheActItConditions() {
    ModalityFinder.Reading only = read("would lay down their weapons only if", "lay");
    assertEquals(Modality.CONDITIONAL, only.modality());
    assertNull(only.stance());
    ModalityFinder.Reading offer = read("it would lay down its weapons if", "lay");
    assertEquals(Modality.CONDITIONAL, offer.modality());
    assertEquals(StanceCodes.Stance.INTENT, offer.stance(), "a plain condition is still a conditional offer");
  }

  @Test
  void negatedHesitationAssertsTheAct() {
    assertEquals(Modality.ASSERTED, read("did not hesitate to criticise", "criticise").modality());
    ModalityFinder.Reading threat = read("would not hesitate to use nuclear weapons", "use");
    assertEquals(StanceCodes.Stance.INTENT, threat.stance());
    // a negated act with no hesitation stays negated
    assertEquals(Modality.NEGATED, read("The army would not launch an offensive", "launch").modality());
  }

  @Test
  void anActCoderKeepsTheSoleConditionConditional() {
    assertEquals("REB 0873 - CONDITIONAL 'lay'", events("The rebels said"));
    assertEquals("REB 0873 - CONDITIONAL 'handed'", events("The general said"));
  }

  @Test
  void refusingToAdmitRefugeesRejectsHumanitarianHelp() {
    assertEquals("073", Fixtures.triggerCodeAt(FIXTURE, "Hungary refused", "admit"));
    String events = events("Hungary refused");
    assertTrue(events.startsWith("HUN 1223 "), events);
  }
}
