package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Quote;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Speakers of wire-copy attributions that are not the subject of their cue or were detached from it
 * ({@link WireSpeakers}), on the stage fixture {@code attribution-kinds-8} (one example per paragraph, written for
 * this test): the person a medium "quoted" or "cited" as saying something, "it" after an organisation (and not
 * after a fire), "according to" a source with a relative clause, an opening noun whose apposition's relative clause
 * swallowed "said", and a survey whose participle the parser took for the main verb; and ({@link ClauseCues}) a
 * stance verb's "that" or "whether" clause, a coordinated report of the same source cut from the first; the
 * anonymity formula ({@link AnonymityFormula}), and the passive subject of an addressee verb ("she had been warned
 * by the embassy") that is no content; a relative clause's reporting verb before a modal
 * ({@link RelativeCues#modalAfterRelative}).
 */
class WireSpeakersTest {
  private static List<Quote> quotes;

  @BeforeAll
  static void extract() {
    quotes = QuoteExtractor.createDefault().extract(Fixtures.doc("attribution-kinds-8"));
  }

  private static Optional<Quote> find(String words) {
    return quotes.stream().filter(x -> x.text().contains(words)).findFirst();
  }

  private static Quote containing(String words) {
    return Fixtures.quoteContaining(quotes, words);
  }

  @Test
  void thePersonQuotedAsSayingSpeaksNotTheMediumThatQuotes() {
    assertTrue(containing("two trucks had crossed").speakerText().endsWith("border guard"), () -> containing("two trucks").speakerText());
    assertEquals("the provincial governor", containing("the curfew would be lifted").speakerText());
  }

  @Test
  void theQuotedPersonIsNotReportedAsTheMediumsContent() {
    assertTrue(quotes.stream().noneMatch(q -> q.text().startsWith("the provincial governor") || q.text().startsWith("a border guard")),
        quotes::toString);
  }

  @Test
  void itAfterAnOrganisationCanUrge() {
    assertEquals("It", containing("to keep their children").speakerText());
  }

  @Test
  void itAfterAFireThreatensNothing() {
    assertTrue(find("to reach the port").isEmpty(), quotes::toString);
  }

  @Test
  void accordingToASourceWithARelativeClauseAttributesTheClauseAfterIt() {
    Quote q = containing("8,000 people had arrived");
    assertEquals("the Refugee Council", q.speakerText());
    assertTrue(!q.text().contains("camps"), q::text);
  }

  @Test
  void theOpeningNounSpeaksWhenItsAppositionsRelativeClauseSwallowedSaid() {
    assertTrue(containing("the dam had been weakened").speakerText().startsWith("One engineer"), () -> containing("the dam").speakerText());
  }

  @Test
  void aSurveyWhoseParticipleWasTakenForTheVerbIsTheSourceOfItsFinding() {
    assertTrue(containing("most owners expected").speakerText().contains("survey"), () -> containing("most owners expected").speakerText());
  }

  @Test
  void aStanceVerbWithAThatOrWhetherClauseAttributesTheClause() {
    assertEquals("Opposition leaders", containing("the vote count had been fair").speakerText());
    assertEquals("The prosecutor", containing("the witness had been in the city").speakerText());
  }

  @Test
  void aCoordinatedReportOfTheSameSourceIsItsOwnAttributionNotPartOfTheFirst() {
    Quote written = containing("the rules had been broken");
    assertTrue(!written.text().contains("demanded"), written::text);
    assertEquals("they", containing("the agency publish its records").speakerText());
  }

  @Test
  void aSecondThatClauseIsAnAttributionOfItsOwnWithTheSameSpeaker() {
    // session 14: the PolNeAR-style probe files annotate "said A and that B" as two claims (ThatClauses)
    assertTrue(!containing("the plan had failed").text().contains("lost patience"), () -> containing("the plan had failed").text());
    assertEquals(containing("the plan had failed").speakerText(), containing("lost patience").speakerText());
  }

  @Test
  void theAnonymityFormulaAttributesNothing() {
    assertTrue(find("the negotiations").isEmpty(), quotes::toString);
    assertTrue(find("the investigation").isEmpty(), quotes::toString);
    assertTrue(find("anonymity").isEmpty(), quotes::toString);
    assertTrue(containing("the talks had stalled").speakerText().contains("diplomat"), () -> containing("the talks had stalled").speakerText());
    assertEquals("Two officials", containing("the auditors had found no fraud").speakerText());
  }

  @Test
  void discussingOutsideTheFormulaStillAttributes() {
    assertEquals("The minister", containing("the budget").speakerText());
  }

  @Test
  void thePassiveSubjectOfAnAddresseeVerbIsNotWhatWasSaid() {
    assertTrue(quotes.stream().noneMatch(q -> q.text().equals("she")), quotes::toString);
  }

  @Test
  void aRelativeClauseReportingVerbBeforeAModalReportsThePredicate() {
    Quote conceded = containing("would be hard to reverse");
    assertEquals("industry analysts", conceded.speakerText());
    assertTrue(!conceded.text().contains("Exporters"), conceded::text);
    assertEquals("farm groups", containing("could cost them").speakerText());
  }
}
