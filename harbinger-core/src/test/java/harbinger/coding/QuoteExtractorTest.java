package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.AnnotatedDoc;
import harbinger.model.Quote;
import harbinger.nlp.AnnotatedDocJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quote extraction on a project-written article (golden/quotes/reported-speech.txt) whose CoreNLP annotation is
 * stored as doc JSON, so no models are needed.
 */
class QuoteExtractorTest {
  private static List<Quote> quotes;

  @BeforeAll
  static void extract() throws IOException {
    try (InputStream in = QuoteExtractorTest.class.getResourceAsStream("/golden/quotes/reported-speech.doc.json")) {
      AnnotatedDoc doc = AnnotatedDocJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      quotes = QuoteExtractor.createDefault().extract(doc);
    }
  }

  private static Quote quoteStarting(String words) {
    Optional<Quote> q = quotes.stream().filter(x -> x.text().startsWith(words)).findFirst();
    assertTrue(q.isPresent(), () -> "no quote starting '" + words + "' in " + quotes);
    return q.get();
  }

  @Test
  void findsTheThatClauseOfAReportingVerbAndItsSubject() {
    Quote q = quoteStarting("that the new pier");
    assertEquals("that the new pier would open in May", q.text());
    assertEquals("The harbor authority", q.speakerText());
  }

  @Test
  void attributesAQuotedPassageToTheSubjectOfTheReportingVerbBesideIt() {
    Quote q = quoteStarting("We will not accept this plan");
    assertEquals("the finance minister", q.speakerText());
  }

  @Test
  void attributesAQuoteWithoutReportingVerbToTheSpeakerOfItsParagraph() {
    Quote q = quoteStarting("It costs too much");
    assertEquals("the finance minister", q.speakerText());
  }

  @Test
  void readsAccordingToAsAttribution() {
    Quote q = quoteStarting("the storm will reach the coast");
    assertEquals("the weather service", q.speakerText());
  }

  @Test
  void givesParticiplesTheSubjectOfTheirClause() {
    assertEquals("union leaders", quoteStarting("The strike is over").speakerText());
    assertEquals("union leaders", quoteStarting("that workers would return").speakerText());
  }

  @Test
  void takesTheSpeakerAfterTheVerbInAnInversion() {
    assertEquals("spokeswoman", quoteStarting("We are ready for the vote").speakerText(), "the name phrase of the resolver");
  }

  @Test
  void givesAQuoteWithoutReportingVerbTheSubjectOfTheVerbGoverningIt() {
    assertEquals("The governor", quoteStarting("leaking everywhere").speakerText());
  }

  @Test
  void readsAClauseAfterAShowingVerbAsContent() {
    Quote q = quoteStarting("the governor leading");
    assertEquals("Polls", q.speakerText());
  }

  @Test
  void doesNotTakeTheQuotedFirstPersonAsTheSpeakerOfTheQuote() {
    Quote q = quoteStarting("I think the budget");
    assertEquals("the mayor", q.speakerText());
  }

  @Test
  void resolvesAPronounSpeakerToTheKnownPersonItRefersTo() {
    Quote q = quoteStarting("the alliance was more united");
    assertEquals("He", q.speakerText());
    assertNotNull(q.speaker());
    assertEquals("Antony Blinken", q.speaker().name());
    assertEquals("USAGOV", q.speaker().code());
  }

  @Test
  void reportsEachPassageOnceWithoutTrailingPunctuation() {
    assertEquals(1, quotes.stream().filter(q -> q.text().startsWith("We will not")).count(), quotes::toString);
    assertEquals("It costs too much and helps too few people", quoteStarting("It costs").text());
  }

  @Test
  void leavesOutScareQuotesAndKeepsSpansConsistent() {
    assertTrue(quotes.stream().noneMatch(q -> q.text().equals("historic")), quotes::toString);
    for (Quote q : quotes) {
      assertEquals(q.articleId(), "reported-speech");
      if (q.speakerSpan() == null) assertNull(q.speakerText());
    }
  }
}
