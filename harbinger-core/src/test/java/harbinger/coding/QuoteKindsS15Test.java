package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Quote;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Attribution kinds of session 15 on the stage fixture {@code attribution-kinds-15} (one example per paragraph,
 * written for this test): "NOUN who said ..." folded into a relative clause ({@link RelativeSayers#saidInRelative}),
 * a gerund reported ("reported shouting outside ...", {@link RelativeSayers#gerund}), a quoted question whose asker is
 * the "by" agent of "the question put to X" ({@link QuestionAskers}), a chant under a participle without subject
 * ("drove to the capital chanting ..."), and a control sentence that reports nothing.
 */
class QuoteKindsS15Test {
  private static List<Quote> quotes;

  @BeforeAll
  static void extract() {
    quotes = QuoteExtractor.createDefault().extract(Fixtures.doc("attribution-kinds-15"));
  }

  private static Quote containing(String words) {
    return Fixtures.quoteContaining(quotes, words);
  }

  @Test
  void theAntecedentOfWhoSaidSpeaksTheRelativeClause() {
    assertEquals("Pickets", containing("they had been locked out").speakerText());
  }

  @Test
  void aReportedGerundIsTheContent() {
    Quote q = containing("shouting outside the embassy");
    assertEquals("Neighbours", q.speakerText());
  }

  @Test
  void theQuestionPutToSomeoneByAnAskerIsTheAskers() {
    assertTrue(containing("Who will pay for the repairs").speakerText().endsWith("shop owner"), quotes::toString);
  }

  @Test
  void aChantUnderAParticipleIsTheMarchers() {
    assertTrue(containing("Fair prices now").speakerText().endsWith("farmers"), () -> containing("Fair prices now").speakerText());
  }

  @Test
  void theControlSentenceReportsNothing() {
    assertTrue(quotes.stream().noneMatch(q -> q.text().contains("discuss the report")), quotes::toString);
  }
}
