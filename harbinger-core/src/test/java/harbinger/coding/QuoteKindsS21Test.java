package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Attribution kinds of session 21 on a project-written article stored as doc JSON (golden/quotes/kinds-s21): a quote
 * that opens the sentence after a quote attributed behind its closing mark goes on with that speaker, not with the
 * reporter of the next sentence ({@link QuoteRuns}); a manner verb of saying after a quote that ended in "!" in a
 * sentence of its own ("sobbed X", cue-words.tsv); talk that spreads as its own source ({@link RumourFrames}); people
 * of disaster stories as sources of a demand ({@link QuoteSources#plausible}).
 */
class QuoteKindsS21Test {
  private static final StoredQuotes QUOTES = StoredQuotes.extract("kinds-s21");

  @Test
  void aQuoteAfterAnInvertedAttributionGoesOnWithItsSpeaker() {
    assertEquals("Marta Oyelaran, 52", QUOTES.speakerOf("The water came up"));
    assertEquals("Marta Oyelaran, 52", QUOTES.speakerOf("We carried the children"));
    assertEquals("neighbour", QUOTES.speakerOf("the council had promised").replaceFirst("^A ", ""));
  }

  @Test
  void aMannerVerbAfterAQuoteEndingInAnExclamationNamesItsSpeaker() {
    assertEquals("Teodor Vlasic", QUOTES.speakerOf("Give us our jobs back"));
    assertEquals("Teodor Vlasic", QUOTES.speakerOf("My family has nothing left"));
  }

  @Test
  void rumoursThatSpreadAreTheSourceOfTheirClause() {
    assertEquals("Rumours", QUOTES.speakerOf("the bank would close its doors"));
  }

  @Test
  void homeownersCanDemand() {
    assertEquals("Homeowners", QUOTES.speakerOf("a full inquiry into the dam releases"));
  }
}
