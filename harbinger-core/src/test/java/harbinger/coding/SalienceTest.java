package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.AnnotatedDoc;
import harbinger.model.Event;
import harbinger.model.Modality;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Salience} on real parses ({@code golden/stages/salience.doc.json}): which triggers a sentence reports
 * and which it only mentions as content, background or description. Triggers come from the real
 * {@link TriggerFinder}; the last tests run the whole coder.
 */
class SalienceTest {
  private static final String FIXTURE = "salience";
  private final TriggerFinder triggers = new TriggerFinder(Fixtures.lexicon());

  /** The words of the triggers the sentence containing {@code fragment} reports. */
  private List<String> reported(String fragment) {
    SentenceGraph g = Fixtures.graph(FIXTURE, fragment);
    return Fixtures.words(g, Salience.foreground(g, triggers.find(g), SalienceTest::verbal).stream().map(Trigger::token).toList());
  }

  private static boolean verbal(Trigger t) {
    int q = Fixtures.ontology().expect(t.code()).quadClass();
    return q == 1 || q == 3;
  }

  /** The words of the triggers left once the content of verbal triggers is taken out. */
  private List<String> withoutContent(String fragment) {
    SentenceGraph g = Fixtures.graph(FIXTURE, fragment);
    List<Trigger> left = Salience.withoutContent(g, triggers.find(g), SalienceTest::verbal, t -> false);
    return Fixtures.words(g, left.stream().map(Trigger::token).toList());
  }

  @Test
  void eventInAnAfterClauseIsBackgroundToTheEventItGoverns() {
    assertEquals(List.of("suspended"), reported("suspended food deliveries after two trucks"));
  }

  @Test
  void backgroundEventIsKeptWhenNoReportedEventGovernsIt() {
    // "buried" is no event: the killing in the after-clause is all the sentence says about events
    assertEquals(List.of("killed", "strike"), reported("buried its commander after he was killed"));
  }

  @Test
  void eventMeasuredFromIsAnAnchorNotBackground() {
    List<String> r = reported("Twenty years after Ethiopia invaded Somalia");
    assertTrue(r.contains("invaded"), () -> "reported: " + r);
    assertTrue(r.contains("signed"), () -> "reported: " + r);
  }

  @Test
  void nonFiniteAfterClauseIsASequenceOfReportedActs() {
    List<String> r = reported("After speaking by phone on Monday");
    assertTrue(r.contains("speaking"), () -> "reported: " + r);
    assertTrue(r.contains("condemned"), () -> "reported: " + r);
  }

  @Test
  void eventProtestedAgainstIsBackgroundToTheProtest() {
    List<String> r = reported("general strike in protest of the arrest");
    assertTrue(r.contains("strike"), () -> "reported: " + r);
    assertFalse(r.contains("arrest"), () -> "reported: " + r);
  }

  @Test
  void eventInTheWakeOfAnotherIsReportedAndTheOtherIsNot() {
    assertEquals(List.of("met"), reported("in the wake of the bombing of the embassy"));
  }

  @Test
  void eventFollowedIsBackground() {
    assertEquals(List.of("protested"), reported("Students protested following the shooting"));
  }

  @Test
  void participleDescribingAParticipantIsBackground() {
    List<String> r = reported("a soldier involved in a shooting");
    assertFalse(r.contains("shooting"), () -> "reported: " + r);
    assertTrue(r.contains("refused"), () -> "reported: " + r);
  }

  @Test
  void pastPerfectRelativeClauseIsBackgroundToTheGoverningEvent() {
    assertEquals(List.of("arrested"), reported("arrested the gunmen who had hijacked the bus"));
  }

  @Test
  void pastPerfectRelativeClauseIsKeptWhenItIsTheOnlyEvent() {
    assertEquals(List.of("hijacked"), reported("found the car that the gunmen had hijacked"));
  }

  @Test
  void otherRelativeClausesReportEventsOfTheirOwn() {
    assertEquals(List.of("arrested", "attacked"), reported("arrested the commander, who attacked"));
  }

  @Test
  void statementAnActIsForIsBackgroundToTheAct() {
    assertEquals(List.of("strike"), reported("continued their hunger strike to demand"));
  }

  @Test
  void passiveConditionNamingNoDoerIsNotAnEvent() {
    // a condition with a doer is coded, conditional (README, "How it works"; see the next tests); "if Iraq is
    // attacked" names nobody who would attack: a hypothetical qualifying the offer
    assertEquals(List.of("send"), reported("offered to send troops if Iraq is attacked"));
  }

  @Test
  void eventDeepInsideTheContentOfAVerbalEventIsPartOfIt() {
    assertEquals(List.of("welcomed"), withoutContent("welcomed the progress in the talks"));
  }

  @Test
  void conditionInsideTheContentOfAThreatIsNotContent() {
    assertEquals(List.of("warned", "attacked"), withoutContent("would respond firmly if Russia attacked"));
    assertEquals(List.of("warned", "attacked"), reported("would respond firmly if Russia attacked"));
  }

  @Test
  void occasionInsideTheContentOfAnAppealIsNotContent() {
    assertEquals(List.of("urged", "call"), withoutContent("to reduce tensions during a phone call"));
  }

  @Test
  void contentDoesNotReachIntoAnAdjunctOfItsOwnClause() {
    // "condemned the bombing": the bombing is content; the phone call before it is not
    List<String> left = withoutContent("After speaking by phone on Monday");
    assertTrue(left.contains("speaking"), () -> "left: " + left);
    assertFalse(left.contains("bombing"), () -> "left: " + left);
  }

  @Test
  void coderDropsTheBackgroundEventAndKeepsTheReportedOne() {
    List<String> codes = Fixtures.eventsIn(FIXTURE, "suspended food deliveries after two trucks").stream().map(Event::cameo).toList();
    assertTrue(codes.stream().anyMatch(c -> c.startsWith("16")), () -> "codes: " + codes);
    assertFalse(codes.stream().anyMatch(c -> c.startsWith("19")), () -> "codes: " + codes);
  }

  @Test
  void coderKeepsTheConditionalEventOfAThreat() {
    AnnotatedDoc doc = Fixtures.doc(FIXTURE);
    int s = Fixtures.sentence(doc, "Iran threatened to strike American bases");
    List<Event> events = Fixtures.coder().code(doc).stream().filter(e -> e.sentence() == s).toList();
    assertTrue(events.stream().anyMatch(e -> e.cameo().startsWith("13")), () -> "events: " + events);
    assertTrue(events.stream().anyMatch(e -> e.cameo().startsWith("19") && e.modality() == Modality.CONDITIONAL),
        () -> "events: " + events);
  }
}
