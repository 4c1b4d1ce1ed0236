package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Quote;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Attribution kinds of session 16 on the stage fixture {@code attribution-kinds-16} (one example per paragraph,
 * written for this test): a fronted place phrase before the speaker ({@link MisreadSubjects#frontedPlace}; CoreNLP
 * parses the fixture's two correctly, so they guard the ordinary analysis, and the misparse itself is tested on
 * hand-built graphs in {@link MisreadSubjectsTest}); a reporting verb hung from a relative clause through a
 * preposition taken for a clause mark ({@link MisreadSubjects#markedRelative}); a one-word quoted answer that is a
 * whole utterance ({@link ShortUtterances}); and a one-word scare quote that stays out.
 */
class QuoteKindsS16Test {
  private static List<Quote> quotes;

  @BeforeAll
  static void extract() {
    quotes = QuoteExtractor.createDefault().extract(Fixtures.doc("attribution-kinds-16"));
  }

  private static Quote containing(String words) {
    return Fixtures.quoteContaining(quotes, words);
  }

  @Test
  void theAppositionOfAFrontedPlaceSpeaks() {
    assertTrue(containing("No more evictions").speakerText().endsWith("tenants"), quotes::toString);
    assertEquals("driver", containing("he had not been paid for a week").speakerText(), quotes::toString);
  }

  @Test
  void theAntecedentSpeaksWhenTheParserHungSaidOnARelativeClause() {
    assertEquals("nurse", containing("the ward had run out of gloves").speakerText(), quotes::toString);
  }

  @Test
  void aOneWordAnswerIsAQuote() {
    assertEquals("Never", containing("Never").text(), quotes::toString);
    assertTrue(containing("Never").speakerText() != null, quotes::toString);
  }

  @Test
  void aOneWordScareQuoteIsNot() {
    assertTrue(quotes.stream().noneMatch(q -> q.text().equals("flawed")), quotes::toString);
  }
}
