package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Quote;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Speaker choice by kind of attribution (stage fixture {@code speaker-kinds}, one example per paragraph, written
 * for this test): a fronted participle clause holding its own "he said" before the real speaker, and a report or
 * statement carried by the person or group that issued it (a document only cited stays the document's), a purpose
 * clause hung on a relative clause, a participle after a comma. The fixture's pronoun-after-two-names paragraph
 * has no rule yet.
 */
class SpeakerKindsTest {
  private static List<Quote> quotes;

  @BeforeAll
  static void extract() {
    quotes = QuoteExtractor.createDefault().extract(Fixtures.doc("speaker-kinds"));
  }

  private static Quote containing(String words) {
    Optional<Quote> q = quotes.stream().filter(x -> x.text().contains(words)).findFirst();
    assertTrue(q.isPresent(), () -> "no quote containing '" + words + "' in " + quotes);
    return q.get();
  }

  @Test
  void theMainClauseSpeaksAfterAFrontedParticipleWithItsOwnSaid() {
    assertEquals("the prime minister", containing("the army would stay").speakerText());
    assertEquals("the foreign minister", containing("talks would resume").speakerText());
    assertEquals("the former mayor", containing("he would appeal").speakerText());
  }

  @Test
  void theParentheticalSaidInsideTheParticipleIsTheSamePersons() {
    assertEquals("he", containing("daily briefings").speakerText());
  }

  @Test
  void aReportIssuedBySomeoneIsTheirs() {
    assertEquals("The auditor general", containing("the ministry had ignored").speakerText());
    assertEquals("The union", containing("the strike would continue").speakerText());
  }

  @Test
  void aDocumentOnlyCitedStaysTheDocuments() {
    Optional<Quote> shown = quotes.stream().filter(x -> x.text().startsWith("that rents")).findFirst();
    assertTrue(shown.isPresent(), quotes::toString);
    assertEquals("survey", shown.get().speakerText());
  }

  @Test
  void aPurposeClauseAfterACommaIsTheMainClausesNotTheRelativeClauses() {
    assertEquals("The governor", containing("the same pledge").speakerText());
  }

  @Test
  void aParticipleAfterACommaIsTheSubjectsNotANameInsideItsObject() {
    assertEquals("She", containing("jobs in a county").speakerText());
  }

  @Test
  void aToldWithAnAddresseeReportsOnlyTheClause() {
    assertEquals("that he would appeal", containing("he would appeal").text());
  }
}
