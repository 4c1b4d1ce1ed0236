package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Actor;
import harbinger.model.AnnotatedDoc;
import harbinger.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Acts a sentence mentions without reporting them as done, and statements coded as what they are, on real parses
 * of sentences written for these tests ({@code golden/stages/precision.doc.json}): {@link AllegedActs}, the
 * "where" clause of {@link Salience}, a body's own session and an occasion in {@link EventCoder}, and demands of
 * an intent act ({@code stance-codes.tsv}, {@link Stances}).
 */
class UnreportedActsTest {
  private static final String FIXTURE = "precision";
  private final TriggerFinder triggers = new TriggerFinder(Fixtures.lexicon());

  private static boolean verbal(Trigger t) {
    int q = Fixtures.ontology().expect(t.code()).quadClass();
    return q == 1 || q == 3;
  }

  private List<Event> coded(String fragment) {
    return Fixtures.eventsIn(FIXTURE, fragment);
  }

  private static String word(AnnotatedDoc doc, Event e) {
    return doc.article().text().substring(e.trigger().start(), e.trigger().end());
  }

  @Test
  void actUnderInquiryIsAllegedNotReported() {
    SentenceGraph g = Fixtures.graph(FIXTURE, "an investigation of illegal arms sales");
    int sales = Fixtures.token(g, "sales");
    assertTrue(triggers.find(g).stream().anyMatch(t -> t.token() == sales), "the trigger this test is about");
    assertTrue(AllegedActs.alleged(g, sales));
    assertTrue(AllegedActs.without(g, triggers.find(g)).stream().noneMatch(t -> t.token() == sales));
    List<Event> events = coded("an investigation of illegal arms sales");
    assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("06")), () -> "events: " + events);
  }

  @Test
  void beingInChargeOfAnActIsNoAllegation() {
    SentenceGraph g = Fixtures.graph(FIXTURE, "The general in charge of the offensive");
    assertFalse(AllegedActs.alleged(g, Fixtures.token(g, "offensive")));
  }

  @Test
  void preventedActDidNotHappen() {
    SentenceGraph g = Fixtures.graph(FIXTURE, "prevented a march by students");
    int march = Fixtures.token(g, "march");
    assertTrue(triggers.find(g).stream().anyMatch(t -> t.token() == march), "the trigger this test is about");
    assertTrue(AllegedActs.prevented(g, march));
    List<Event> events = coded("prevented a march by students");
    assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("14")), () -> "events: " + events);
  }

  @Test
  void obligationToAgreeToReformIsTheSpeakersDemand() {
    List<Event> events = coded("Angola must agree to major constitutional changes");
    assertTrue(events.stream().anyMatch(e -> e.cameo().startsWith("104") && e.source() != null
        && e.source().code().startsWith("AGOREB") && e.target() != null && e.target().code().startsWith("AGO")),
        () -> "events: " + events);
    assertTrue(events.stream().noneMatch(e -> e.cameo().startsWith("03")), () -> "events: " + events);
  }

  @Test
  void rebelsAreNotTheirCountryWhenDemandingOfIt() {
    Actor rebels = new Actor("Angolan rebels", "AGOREB", "AGO", List.of("REB"), null, null);
    Actor country = new Actor("Angola", "AGO", "AGO", List.of(), null, null);
    Actor government = new Actor("the Angolan government", "AGOGOV", "AGO", List.of("GOV"), null, null);
    assertFalse(Stances.related(rebels, country));
    assertTrue(Stances.related(government, country));
    assertFalse(Stances.related(rebels, government));
  }

  @Test
  void oneBodyMeetingOnItsOwnIsASessionNotAConsultation() {
    List<Event> session = coded("The Egyptian cabinet met on Sunday");
    assertTrue(session.stream().noneMatch(e -> e.cameo().startsWith("04")), () -> "events: " + session);
    List<Event> meeting = coded("foreign minister met on Sunday with his Jordanian counterpart");
    assertTrue(meeting.stream().anyMatch(e -> e.cameo().startsWith("04")), () -> "events: " + meeting);
  }

  @Test
  void whereClauseDescribesThePlaceOfTheReportedAct() {
    SentenceGraph g = Fixtures.graph(FIXTURE, "where ten people were killed in riots");
    List<String> reported = Fixtures.words(g, Salience.foreground(g, triggers.find(g), UnreportedActsTest::verbal)
        .stream().map(Trigger::token).toList());
    assertTrue(reported.contains("lifted"), () -> "reported: " + reported);
    assertFalse(reported.contains("riots"), () -> "reported: " + reported);
  }

  @Test
  void partylessEventNounInADuringPhraseIsAnOccasion() {
    SentenceGraph g = Fixtures.graph(FIXTURE, "Rioting broke out during a summit");
    int summit = Fixtures.token(g, "summit");
    assertTrue(triggers.find(g).stream().anyMatch(t -> t.token() == summit), "the trigger this test is about");
    AnnotatedDoc doc = Fixtures.doc(FIXTURE);
    List<Event> events = coded("Rioting broke out during a summit in Geneva");
    assertTrue(events.stream().noneMatch(e -> word(doc, e).equals("summit")), () -> "events: " + events);
  }
}
