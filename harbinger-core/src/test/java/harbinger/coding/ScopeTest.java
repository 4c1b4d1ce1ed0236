package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Actor;
import harbinger.model.Modality;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How far a clause's cues and its speaker reach, on real parses ({@code golden/stages/scope.doc.json}): relative
 * clauses, adjuncts, conditions on a purpose or a resuming conjunct, the speaker's side and self-reports.
 */
class ScopeTest {
  private static final String FIXTURE = "scope";
  private final ModalityFinder finder = new ModalityFinder();

  private Modality modality(String fragment, String trigger) {
    return Fixtures.reading(FIXTURE, fragment, trigger).modality();
  }

  @Test
  void relativeClauseIsNotUnderTheMainClausesNegation() {
    assertEquals(Modality.NEGATED, modality("Iran refused to hand over the ship", "hand"));
    assertEquals(Modality.ASSERTED, modality("Iran refused to hand over the ship", "captured"));
  }

  @Test
  void nounTakesTheCuesOfThePredicateTheParserLeftBesideIt() {
    // "a planned meeting ... did not take place", with "take" hung on the noun as a subjectless dep
    assertEquals(Modality.NEGATED, modality("a planned meeting with Ugandan", "meeting"));
    assertEquals(Modality.ASSERTED, modality("a planned meeting with Ugandan", "pulled"));
  }

  @Test
  void adjunctNounTakesTheFutureOfTheVerbItsVerbComplements() {
    // "are expected to sign a pact during the visit": the visit is as future as the signing
    assertEquals(Modality.FUTURE, modality("during the visit", "visit"));
  }

  @Test
  void conditionOnThePurposeConditionsTheAct() {
    SentenceGraph g = Fixtures.graph(FIXTURE, "Turkey would send troops");
    assertEquals(Modality.CONDITIONAL, finder.read(g, Fixtures.token(g, "send")).modality());
    assertNotNull(ConditionalThreats.conditionClause(g, Fixtures.token(g, "send")));
    assertEquals(Fixtures.token(g, "militia"), ConditionalThreats.conditionedParty(g, Fixtures.token(g, "troops")));
  }

  @Test
  void conditionOnAComplementDoesNotConditionTheThreatItself() {
    // "threatened to bomb the bases if ...": the threat is made; only the bombing depends on the condition
    SentenceGraph g = Fixtures.graph(FIXTURE, "Turkey threatened to bomb");
    assertEquals(Modality.ASSERTED, finder.read(g, Fixtures.token(g, "threatened")).modality());
    assertEquals(Modality.CONDITIONAL, finder.read(g, Fixtures.token(g, "bomb")).modality());
  }

  @Test
  void resumingConjunctCarriesItsConditionBackToTheAct() {
    // "was considering an offensive and would launch it if the talks failed"
    assertEquals(Modality.CONDITIONAL, modality("considering an offensive", "offensive"));
  }

  @Test
  void possessivePronounAndTheCountryInReportedSpeechAreTheSpeakersSide() {
    SentenceGraph g = Fixtures.graph(FIXTURE, "its forces destroyed");
    assertTrue(SpeakerSide.ownedBySpeaker(g, Fixtures.token(g, "forces")));
    assertFalse(SpeakerSide.ownedBySpeaker(g, Fixtures.token(g, "bridges")));
    SentenceGraph h = Fixtures.graph(FIXTURE, "rebels fired rockets at towns");
    assertTrue(SpeakerSide.ownedBySpeaker(h, Fixtures.token(h, "towns")));
  }

  @Test
  void agentlessArrestToldByTheAuthorityIsItsOwnAct() {
    var ontology = Fixtures.ontology();
    Actor police = new Actor("police", "DEUCOP", "DEU", List.of("COP"), null, null);
    Actor reporters = new Actor("reporters", "DEUMED", "DEU", List.of("MED"), null, null);
    SentenceGraph g = Fixtures.graph(FIXTURE, "five men were arrested");
    int arrested = Fixtures.token(g, "arrested");
    var reading = finder.read(g, arrested);
    assertNotNull(reading.reportingVerb());
    assertTrue(Attribution.isAuthorityAgent(g, arrested, ontology.expect("173"), reading, police));
    assertFalse(Attribution.isAuthorityAgent(g, arrested, ontology.expect("173"), reading, reporters));
    assertFalse(Attribution.isAuthorityAgent(g, arrested, ontology.expect("173"), reading, null));
    // active voice: the clause names its own agent
    SentenceGraph active = Fixtures.graph(FIXTURE, "Police arrested five men");
    int verb = Fixtures.token(active, "arrested");
    assertFalse(Attribution.isAuthorityAgent(active, verb, ontology.expect("173"), finder.read(active, verb), police));
  }

  @Test
  void selfReportOfAMaterialActIsAClaimButAnOwnStatementIsNot() {
    var reading = new ModalityFinder.Reading(Modality.ASSERTED, 1, false);
    var date = new EventDate(LocalDate.of(2023, 5, 10), null, false);
    Actor army = new Actor("the army", "RUSMIL", "RUS", List.of("MIL"), null, null);
    LocalDate published = LocalDate.of(2023, 5, 10);
    assertEquals(Modality.CLAIMED, EventBuilder.finalModality(reading, date, published, army, army, false, true));
    assertEquals(Modality.ASSERTED, EventBuilder.finalModality(reading, date, published, army, army, false, false));
    assertEquals(Modality.ASSERTED, EventBuilder.finalModality(reading, date, published, null, army, false, true));
  }

  @Test
  void unreportedClauseHasNoAuthorityAgent() {
    SentenceGraph g = Fixtures.graph(FIXTURE, "Police arrested five men");
    assertNull(finder.read(g, Fixtures.token(g, "arrested")).reportingVerb());
  }
}
