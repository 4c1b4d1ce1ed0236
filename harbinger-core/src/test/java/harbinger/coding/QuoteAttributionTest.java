package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Quote;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Speakers and content the parser makes hard to find (stage fixture {@code attribution}, one example per
 * paragraph, written for this test): inversions in a sentence of their own, cue nouns before a dated phrase,
 * postposed reporting verbs after a predicate, parenthetical cues, naming verbs, datelines, reporting verbs the
 * parser hung under the clause they report, and relative clauses with a modal complement.
 */
class QuoteAttributionTest {
  private static List<Quote> quotes;

  @BeforeAll
  static void extract() {
    quotes = QuoteExtractor.createDefault().extract(Fixtures.doc("attribution"));
  }

  private static Quote containing(String words) {
    Optional<Quote> q = quotes.stream().filter(x -> x.text().contains(words)).findFirst();
    assertTrue(q.isPresent(), () -> "no quote containing '" + words + "' in " + quotes);
    return q.get();
  }

  @Test
  void aReportingVerbOpeningTheSentenceAfterAQuestionIsAnInversion() {
    assertEquals("Maria Duarte", containing("Where will the children sleep").speakerText());
  }

  @Test
  void aCueNounTakesItsThatClauseNotTheDateBeforeIt() {
    Quote q = containing("the dam could fail");
    assertEquals("The governor", q.speakerText());
    assertTrue(quotes.stream().noneMatch(x -> x.text().equals("on Friday")), () -> quotes.toString());
  }

  @Test
  void aPostposedReportingVerbTakesThePredicateBeforeIt() {
    assertEquals("city engineers", containing("The bridge is likely to reopen in June").speakerText());
  }

  @Test
  void aParentheticalCueReportsTheRestOfTheSentenceToo() {
    Quote q = containing("for the town to rebuild its school");
    assertEquals("she", q.speakerText());
    assertTrue(q.text().startsWith("It would take months"), q::text);
  }

  @Test
  void whatIsInsistedIsTheClauseAfterTheVerb() {
    assertEquals("company spokesman", containing("the accounts were accurate").speakerText());
  }

  @Test
  void aNamingVerbAttributesTheNameItGives() {
    Quote q = containing("historic mistake");
    assertTrue(q.speakerText() != null && q.speakerText().endsWith("opposition leader"), q::speakerText);
    assertTrue(q.text().startsWith("the budget"), q::text);
  }

  @Test
  void aDatelineBeforeAColonIsNoSpeaker() {
    assertTrue(quotes.stream().noneMatch(q -> "KABUL".equals(q.speakerText())), () -> quotes.toString());
  }

  @Test
  void aReportingVerbReadAsAnAdverbialClauseReportsThePredicateAfterIt() {
    assertEquals("union leaders", containing("the offer was not enough").speakerText());
  }

  @Test
  void aReportingVerbInARelativeClauseReportsItsModalComplement() {
    assertEquals("presidents", containing("would open the border").speakerText());
  }

  @Test
  void aCueNounWithAByPhraseReportsAnInfinitiveOpenedByFor() {
    assertTrue(quotes.stream().anyMatch(q -> q.text().contains("the government to cap fuel prices") && "farmers".equals(q.speakerText())),
        () -> quotes.toString());
  }

  @Test
  void aParentheticalCueSetOffByItsOwnCommasReportsBothConjuncts() {
    Quote q = containing("the next round would begin soon");
    assertEquals("she", q.speakerText());
    assertTrue(q.text().startsWith("The talks had been useful"), q::text);
  }

  @Test
  void aSpeakerParsedAsAnAppositionOfTheReportedSubjectIsTheSpeaker() {
    Quote q = containing("was effective at once");
    assertTrue(q.speakerText() != null && q.speakerText().endsWith("Finance Ministry"), q::speakerText);
    assertTrue(q.text().startsWith("Her resignation"), q::text);
  }

  @Test
  void aCopularPredicateAfterAnAdmissionIsWhatWasAdmitted() {
    assertTrue(containing("too slow").speakerText().endsWith("coach"), () -> quotes.toString());
  }

  @Test
  void whatASourceDescribesSomethingAsIsItsWordsAlsoInARelativeClause() {
    assertTrue(containing("a grave error").speakerText().endsWith("senior judge"), () -> quotes.toString());
    assertEquals("human rights groups", containing("deeply unjust").speakerText());
  }

  @Test
  void aParentheticalVerbWithTwoSubjectsReportsTheFirstAndIsSaidByTheSecond() {
    Quote q = containing("stay free for long");
    assertEquals("he", q.speakerText());
    assertTrue(q.text().startsWith("Smugglers"), q::text);
  }
}
