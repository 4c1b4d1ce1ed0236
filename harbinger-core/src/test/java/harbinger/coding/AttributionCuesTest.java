package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Quote;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Attributions of the cue lexicon's broader families and of cue verbs the parser hung as relative clauses (stage
 * fixture {@code attribution-cues}, one example per paragraph, written for this test): portrayals with "as",
 * objects of particle verbs ("ruled out"), "repeated that", a that-clause the parser gave to a dated noun, "pressed
 * X on why", people nouns as sources, three relative-clause garden paths (with controls parsed correctly), a
 * contrasting "while" clause of another source, and a quote signed "— Name".
 */
class AttributionCuesTest {
  private static List<Quote> quotes;

  @BeforeAll
  static void extract() {
    quotes = QuoteExtractor.createDefault().extract(Fixtures.doc("attribution-cues"));
  }

  private static Optional<Quote> find(String words) {
    return quotes.stream().filter(x -> x.text().contains(words)).findFirst();
  }

  private static Quote containing(String words) {
    return Fixtures.quoteContaining(quotes, words);
  }

  @Test
  void aPortrayalWithAsAttributesTheObjectAndWhatItIsCast() {
    Quote q = containing("the mayor as a friend of developers");
    assertEquals("The senator", q.speakerText());
    assertEquals("Critics", containing("the budget as a gift to the banks").speakerText());
  }

  @Test
  void castingBallotsIsNoPortrayal() {
    assertTrue(find("their ballots").isEmpty(), () -> quotes.toString());
  }

  @Test
  void theObjectOfAVerbWithItsParticleIsTheStance() {
    assertEquals("The prime minister", containing("a snap election").speakerText());
  }

  @Test
  void repeatingThatReportsTheClause() {
    assertEquals("The union leader", containing("the strike would go ahead").speakerText());
  }

  @Test
  void aThatClauseTheParserGaveToTheNounOfAPhraseOfTimeIsTheVerbs() {
    assertEquals("Governor Pratt", containing("the budget was balanced").speakerText());
  }

  @Test
  void pressingSomeoneOnAQuestionAttributesTheQuestion() {
    assertEquals("The committee", containing("why the contract was never put out").speakerText());
  }

  @Test
  void witnessesDescribingAScene() {
    assertEquals("Witnesses", containing("soldiers firing into the crowd").speakerText());
  }

  @Test
  void aSaidWhoseSubjectTheParserTookFromTheRelativeClause() {
    Quote q = containing("the talks had stalled");
    assertTrue(q.speakerText().contains("diplomat"), q::speakerText);
    assertTrue(q.text().startsWith("the talks"), q::text);
  }

  @Test
  void aSentenceLeftWithoutPredicateGivesTheRelativeVerbItsNounAsSource() {
    Quote q = containing("the ministry's account of the talks");
    assertTrue(q.speakerText().contains("Teachers' Federation"), q::speakerText);
  }

  @Test
  void aRelativePronounMadeTheObjectOfSayLeavesTheReportedPredicateToTheSpeaker() {
    assertEquals("strategists", containing("could cost him suburban votes").speakerText());
  }

  @Test
  void relativeClausesTheParserReadRightlyKeepTheirSources() {
    assertEquals("The memo", containing("the plan was").speakerText());
    assertEquals("The council", containing("the developer's revised offer").speakerText());
  }

  @Test
  void aWhileClauseOfAnotherSourceIsCutFromTheReportedClause() {
    Quote warned = containing("the bridge would close for a year");
    assertEquals("The mayor", warned.speakerText());
    assertTrue(!warned.text().contains("transport board"), warned::text);
    assertEquals("the transport board", containing("to plan other routes").speakerText());
  }

  @Test
  void aQuoteSignedWithADashAndANameIsTheNames() {
    assertEquals("Jane Holloway", containing("We will not be silenced").speakerText());
  }

  @Test
  void anInstitutionCanBeTheSourceOfAnAppeal() {
    assertTrue(containing("to delay the new payroll tax").speakerText().contains("chamber"));
  }
}
