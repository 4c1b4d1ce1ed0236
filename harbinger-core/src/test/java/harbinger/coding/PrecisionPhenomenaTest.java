package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.AnnotatedDoc;
import harbinger.model.Dependency;
import harbinger.model.Event;
import harbinger.model.Modality;
import harbinger.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mentions that are no events of their own, on real parses of sentences written for these tests
 * ({@code golden/stages/precision.doc.json}): {@link Salience}'s content and background rules of session 4, the
 * parse repair in {@link SentenceGraph}, and {@link ThreatenedActs}.
 */
class PrecisionPhenomenaTest {
  private static final String FIXTURE = "precision";
  private final TriggerFinder triggers = new TriggerFinder(Fixtures.lexicon());

  private static boolean verbal(Trigger t) {
    int q = Fixtures.ontology().expect(t.code()).quadClass();
    return q == 1 || q == 3;
  }

  private List<String> reported(String fragment) {
    SentenceGraph g = Fixtures.graph(FIXTURE, fragment);
    return Fixtures.words(g, Salience.foreground(g, triggers.find(g), PrecisionPhenomenaTest::verbal).stream().map(Trigger::token).toList());
  }

  private List<String> withoutContent(String fragment) {
    SentenceGraph g = Fixtures.graph(FIXTURE, fragment);
    List<Trigger> left = Salience.withoutContent(g, triggers.find(g), PrecisionPhenomenaTest::verbal, t -> false);
    return Fixtures.words(g, left.stream().map(Trigger::token).toList());
  }

  private List<Event> coded(String fragment) {
    return Fixtures.eventsIn(FIXTURE, fragment);
  }

  @Test
  void eventInAnAsClauseIsTheCircumstanceOfTheReportedEvent() {
    assertEquals(List.of("free"), reported("as he embarked on a visit to Qatar"));
  }

  @Test
  void whatAVerbalEventCallsItsObjectIsPartOfItsContent() {
    assertEquals(List.of("welcomed"), withoutContent("as proof of a real wish for peace talks"));
  }

  @Test
  void whatADocumentAimsAtIsContentOfTheStatementAboutIt() {
    // the relative clause of "resolution" and the act conjoined with "tighten" inside it
    assertEquals(List.of("back"), withoutContent("back a UN resolution that seeks to tighten sanctions"));
  }

  @Test
  void eventNounObjectOfAnEventVerbIsItsTheme() {
    List<String> left = withoutContent("would not meet the kidnappers' demands");
    assertFalse(left.contains("demands"), () -> "left: " + left);
    assertTrue(left.contains("meet"), () -> "left: " + left);
  }

  @Test
  void anObjectNounIsNoThemeWhenAWordAroundItChoseTheVerbsCode() {
    // "sign" is 0871 because "ceasefire" is near; the agreement signed is still 057 of its own
    List<String> left = withoutContent("signed a ten-day ceasefire agreement");
    assertEquals(List.of("signed", "agreement"), left.stream().filter(w -> !w.equals("ceasefire")).toList());
  }

  @Test
  void peopleSentToDoAVerbalActReportThatAct() {
    SentenceGraph g = Fixtures.graph(FIXTURE, "sent a team of military experts");
    List<Trigger> found = triggers.find(g);
    var dispatches = Salience.dispatches(g, found, PrecisionPhenomenaTest::verbal);
    assertEquals(1, dispatches.size(), () -> "dispatches: " + dispatches);
    assertEquals("investigate", g.word(dispatches.keySet().iterator().next().token()));
    assertEquals(List.of("investigate"), reported("sent a team of military experts"));
    List<Event> events = coded("sent a team of military experts");
    assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("07")), () -> "events: " + events);
    assertTrue(events.stream().anyMatch(e -> e.cameo().startsWith("09") && e.source() != null), () -> "events: " + events);
  }

  @Test
  void passiveConditionNamingNoDoerIsAHypotheticalNotAnEvent() {
    // the invasion in a doerless passive condition is no event; the readiness to send troops is (0334 since session 23)
    List<String> reported = reported("ready to send troops to help protect Latvia if it is invaded");
    assertTrue(reported.contains("send"), () -> "reported: " + reported);
    assertFalse(reported.contains("invaded"), () -> "reported: " + reported);
  }

  @Test
  void eventInAnAfterClauseWithANumberForSubjectIsBackground() {
    assertEquals(List.of("halted"), reported("halted food deliveries after three of its trucks were attacked"));
  }

  @Test
  void untilClauseHungFromTheVerbAReportedActCompletesIsBackground() {
    SentenceGraph g = Fixtures.graph(FIXTURE, "vowed to fight until they seize control");
    assertEquals(Fixtures.token(g, "vowed"), g.head(Fixtures.token(g, "seize")), "the parse this test is about");
    // the vow is a threat of its own (138); the seizure it waits for is not reported
    assertEquals(List.of("vowed", "fight"), reported("vowed to fight until they seize control"));
  }

  @Test
  void conditionOfAThreatIsConditionalNotAnIntent() {
    List<Event> events = coded("threatened to quit the peace talks unless");
    // the release (08) the rebels demand as their condition
    Event released = events.stream().filter(e -> e.cameo().startsWith("08")).findFirst()
        .orElseThrow(() -> new AssertionError("events: " + events));
    assertEquals(Modality.CONDITIONAL, released.modality());
    assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("03")), () -> "events: " + events);
  }

  @Test
  void predicateSplitFromItsAfterPhraseIsBackground() {
    SentenceGraph g = Fixtures.graph(FIXTURE, "two of their vehicles were hit by gunfire");
    assertEquals("dep", g.relation(Fixtures.token(g, "hit")), "the parse this test is about: 'hit' outside the after-phrase");
    assertEquals(List.of("suspended"), reported("two of their vehicles were hit by gunfire"));
  }

  @Test
  void objectLeftAsADepOfABareDateIsReattachedToTheVerb() {
    AnnotatedDoc doc = Fixtures.doc(FIXTURE);
    Sentence s = doc.sentences().get(Fixtures.sentence(doc, "Kenya rejected Tuesday a Somali appeal"));
    SentenceGraph parsed = new SentenceGraph(s);
    int appeal = Fixtures.token(parsed, "appeal");
    int date = Fixtures.token(parsed, "Tuesday");
    // the misparse seen in news text: the object hung from the date as a dep
    List<Dependency> deps = new ArrayList<>();
    for (Dependency d : s.dependencies()) deps.add(d.dependent() == appeal ? new Dependency("dep", date, appeal) : d);
    SentenceGraph g = new SentenceGraph(new Sentence(s.index(), s.paragraph(), s.begin(), s.end(), s.text(), s.tokens(), deps, s.timexes()));
    assertEquals("obj", g.relation(appeal));
    assertEquals(Fixtures.token(g, "rejected"), g.head(appeal));
    assertTrue(g.children(g.head(appeal)).contains(appeal));
    assertFalse(g.children(date).contains(appeal));
  }

  @Test
  void threatOfForceWhoseActIsInNoLexiconEntryYieldsTheConditionalAct() {
    List<Event> events = coded("threatened to strike government buildings");
    Event threat = events.stream().filter(e -> e.cameo().startsWith("138")).findFirst().orElseThrow(() -> new AssertionError("events: " + events));
    assertTrue(events.stream().anyMatch(e -> e.cameo().equals("190") && e.modality() == Modality.CONDITIONAL
        && java.util.Objects.equals(e.source(), threat.source())), () -> "events: " + events);
    assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("19") && e.modality() == Modality.ASSERTED), () -> "events: " + events);
  }
}
