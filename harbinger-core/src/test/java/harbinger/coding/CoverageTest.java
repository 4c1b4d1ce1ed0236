package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Event;
import harbinger.model.Modality;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Event coverage on real parses ({@code golden/stages/coverage.doc.json}): adjective predicates as triggers, the
 * purpose of the act that carries an event noun, a general verbal code refined by its content, and a decision as an
 * act taken. Triggers come from the real {@link TriggerFinder}; the coder tests run the whole {@link EventCoder}.
 */
class CoverageTest {
  private static final String FIXTURE = "coverage";

  private @Nullable String codeAt(String fragment, String word) {
    return Fixtures.triggerCodeAt(FIXTURE, fragment, word);
  }

  private List<Event> events(String fragment) {
    return Fixtures.eventsIn(FIXTURE, fragment);
  }

  @Test
  void predicateAdjectiveIsATrigger() {
    assertEquals("012", codeAt("was skeptical over the plan", "skeptical"));
    assertEquals("111", codeAt("remained critical of the trade deal", "critical"));
  }

  @Test
  void adjectiveModifyingANounIsNoTrigger() {
    assertNull(codeAt("A skeptical public", "skeptical"));
  }

  @Test
  void eventNounTakesThePurposeOfTheActCarryingIt() {
    // "staged demonstrations ... to demand tax reforms": a protest for a policy change
    assertEquals("1412", codeAt("staged demonstrations", "demonstrations"));
    // the same purpose after an object, attached as an open complement: a hunger strike for a leadership change
    assertEquals("1421", codeAt("continued their hunger strike", "strike"));
  }

  @Test
  void statedReadinessTakesTheSpecificCodeOfItsContentAndItsTarget() {
    // 030 (willing to) is general; the content (sending weapons: material aid) makes it 033 (here 0332, military aid),
    // and the content's target is the target since its doer is the subject itself
    List<Event> e = events("Norway is willing to send weapons");
    assertTrue(e.stream().anyMatch(x -> x.cameo().startsWith("033") && "UKR".equals(x.target() == null ? null : x.target().code())),
        () -> "events: " + e);
    assertTrue(e.stream().noneMatch(x -> x.cameo().startsWith("07")), () -> "events: " + e);
  }

  @Test
  void decisionIsAnActTakenNotAnAnnouncedIntent() {
    List<Event> e = events("decided to allow the opposition candidate");
    assertTrue(e.stream().anyMatch(x -> x.cameo().equals("0812") && x.modality() == Modality.ASSERTED), () -> "events: " + e);
    assertTrue(e.stream().noneMatch(x -> x.cameo().startsWith("03")), () -> "events: " + e);
  }

  @Test
  void agreementToPayIsAnIntentToGiveMaterialAid() {
    List<Event> e = events("Chile agreed to pay compensation");
    assertTrue(e.stream().anyMatch(x -> x.cameo().startsWith("03") && !x.cameo().equals("030")), () -> "events: " + e);
  }

  @Test
  void exerciseOfTwoCountriesIsMilitaryCooperationBetweenThem() {
    List<Event> e = events("Greek and Turkish warships");
    assertTrue(e.stream().anyMatch(x -> x.cameo().equals("062") && x.source() != null && x.target() != null
        && x.source().country().equals("GRC") && x.target().country().equals("TUR")), () -> "events: " + e);
    assertTrue(e.stream().noneMatch(x -> x.cameo().equals("150")), () -> "events: " + e);
  }

  @Test
  void exerciseOfOneCountryStaysAShowOfForce() {
    List<Event> e = events("Russian warships on Friday");
    assertTrue(e.stream().anyMatch(x -> x.cameo().equals("150")), () -> "events: " + e);
    assertTrue(e.stream().noneMatch(x -> x.cameo().equals("062")), () -> "events: " + e);
  }

  @Test
  void warningThatProtestsWillNotBeToleratedLooksIntoTheThatClause() {
    assertEquals("137", codeAt("will no longer tolerate marches", "warned"));
  }

  @Test
  void sharedCommitmentAboutTheDoersOwnThingsStaysMutual() {
    // "agreed to reopen their embassies": the embassies are the parties' own, not a third party; each is the other's target
    List<Event> e = events("agreed to reopen their embassies");
    assertTrue(e.stream().anyMatch(x -> x.cameo().startsWith("03") && x.source() != null && x.target() != null
        && "ECU".equals(x.source().country()) && "COL".equals(x.target().country())), () -> "events: " + e);
    assertTrue(e.stream().anyMatch(x -> x.cameo().startsWith("03") && x.source() != null && x.target() != null
        && "COL".equals(x.source().country()) && "ECU".equals(x.target().country())), () -> "events: " + e);
  }
}
