package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Event;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Recall phenomena on real parses ({@code golden/stages/recall.doc.json}, sentences written for these tests): how an
 * event noun finds the verb that governs it when the parser attaches it elsewhere, restrictions lifted, refusals and
 * obligations stated in set phrases, vows, and bare events that are the sentence's main predicate.
 */
class RecallPhenomenaTest {
  private static final String FIXTURE = "recall";

  private @Nullable String codeAt(String fragment, String word) {
    return Fixtures.triggerCodeAt(FIXTURE, fragment, word);
  }

  private List<Event> events(String fragment) {
    return Fixtures.eventsIn(FIXTURE, fragment);
  }

  private static String codes(List<Event> events) {
    return String.join(" ", events.stream().map(Event::cameo).toList());
  }

  @Test
  void aRestrictionNounUnderAMisattachedDayTakesTheVerbAsItsGovernor() {
    // the parser hangs "blockade" from "Monday"; lifting it is easing the blockade, not imposing one
    assertEquals("0872", codeAt("lifted Monday a week-old blockade", "blockade"));
    assertEquals("0872", codes(events("lifted Monday a week-old blockade")));
  }

  @Test
  void whatIsOutOfTheQuestionIsRefused() {
    // the gerund is parsed as a nominal subject; it is still the content of the refusal: refusing to ease sanctions
    assertEquals("120", codeAt("is out of the question", "question"));
    assertEquals("1244", codes(events("is out of the question")));
  }

  @Test
  void swearingToFightIsAThreatOfForce() {
    assertEquals("138", codeAt("have sworn to fight", "sworn"));
    assertTrue(events("have sworn to fight").stream().anyMatch(e -> e.cameo().startsWith("138")), () -> codes(events("have sworn to fight")));
  }

  @Test
  void denyingAGrantIsARejectionNotADenialOfBlame() {
    assertEquals("120", codeAt("denied a building permit", "denied"));
  }

  @Test
  void introducingAMinimumRateOfPayChangesPolicy() {
    assertEquals("0832", codeAt("introduced a minimum rate of pay", "introduced"));
  }

  @Test
  void aPartyActingOnItsOwnThingsKeepsItsActWithoutATarget() {
    // "on its beef exports": the only target found is the doer itself; the plan is still Poland's threat
    List<Event> e = events("Poland plans to impose restrictions");
    assertTrue(e.stream().anyMatch(x -> x.cameo().startsWith("13") && x.source() != null && x.source().code().equals("POL")
        && x.target() == null), () -> codes(e));
  }

  @Test
  void theResultOfTortureSeesTheDeathItCaused() {
    assertEquals("1823", codeAt("died as a result of torture", "torture"));
  }

  @Test
  void aParticipleModifyingItsObjectSeesIt() {
    // "collecting" is tagged as an adjective-like modifier of "signatures"
    assertEquals("140", codeAt("began collecting signatures", "collecting"));
  }

  @Test
  void aBareMainPredicateIsKept() {
    // nobody in the tables: the threat is still what the sentence reports
    assertEquals("1323", codes(events("Mayor Tomas Kerbel threatened")));
    // the cause the main verb names "as a result of" stands in its carrier's place
    assertEquals("1823", codes(events("died as a result of torture")));
  }

  @Test
  void settingsAndAdverbialClausesAreNotTheMainPath() {
    SentenceGraph truce = Fixtures.graph(FIXTURE, "ceasefire between the army");
    assertTrue(MainPredicate.is(truce, Fixtures.token(truce, "took")));
    assertTrue(!MainPredicate.is(truce, Fixtures.token(truce, "Sunday")), "a setting ('on Sunday') is not");
    SentenceGraph vow = Fixtures.graph(FIXTURE, "have sworn to fight");
    assertTrue(MainPredicate.is(vow, Fixtures.token(vow, "fight")));
    assertTrue(!MainPredicate.is(vow, Fixtures.token(vow, "capture")), "an 'until' clause is not");
  }

  @Test
  void politicalChangeIsReform() {
    assertEquals("024", codeAt("urged the king to make sweeping political changes", "urged"));
  }

  @Test
  void allowingCountedRefugeesInIsAConcessionOfRights() {
    // the object is "thousands"; what it counts is the refugees; "will" makes it an announced intent
    assertEquals("0833", codeAt("will allow thousands of Syrian refugees", "allow"));
    List<Event> e = events("will allow thousands of Syrian refugees");
    assertTrue(e.stream().anyMatch(x -> x.cameo().equals("0343") && x.source() != null && x.source().code().equals("JOR")),
        () -> codes(e));
  }

  @Test
  void stressingAnotherPartysObligationDemandsTheAct() {
    assertEquals("100", codeAt("stressed the obligation of rich nations", "stressed"));
    assertEquals("1054", codes(events("stressed the obligation of rich nations")));
  }

  @Test
  void theVerbAboveACarrierGovernsTheEventsItCounts() {
    assertEquals("150", codeAt("began four days of exercises", "exercises"));
  }

  @Test
  void theWithPartnerOfTheCarryingVerbMakesExercisesJoint() {
    assertEquals("062", codeAt("hold naval exercises with Greece", "exercises"));
    assertEquals("0312", codes(events("hold naval exercises with Greece")));
  }

  @Test
  void aCeasefireThatTookEffectIsDeclared() {
    assertEquals("0871", codeAt("ceasefire between the army", "ceasefire"));
  }

  @Test
  void seekingRefugeInACountryDemandsHumanitarianAid() {
    assertEquals("1033", codeAt("sought refuge in Sudan", "sought"));
  }

  @Test
  void aBareThreatAsTheMainPredicateIsKept() {
    // "the provincial police chief" names no party the tables know; the warning is still the sentence's event
    assertEquals("137", codes(events("will no longer tolerate marches")));
  }

  @Test
  void anAttackWithBladesIsUnconventionalViolence() {
    assertEquals("180", codeAt("attacked by gunmen armed with knives", "attacked"));
  }

  @Test
  void aBareEventNounAsTheMainPredicatesArgumentIsKept() {
    assertEquals("202", codes(events("responsible for mass killings")));
  }

  @Test
  void aBareParticipleOnTheMainPathIsKept() {
    // "demanding" modifies the object of the main verb: the demand is what the sentence reports
    assertEquals("104", codes(events("published a statement demanding")));
  }
}
