package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * What is not content: the medium a statement is made on, the noun that only names a promise, a question put by an
 * unnamed asker; and sources the parser or the source list hid: a source granted anonymity before its verb, legal documents. On a project-written article (golden/quotes/media-and-askers.txt) whose CoreNLP annotation is stored
 * as doc JSON (made with {@code harbinger parse --json --published 2024-05-02}), so no models are needed.
 */
class QuoteFalseAlarmsTest {
  private static List<Quote> quotes;

  @BeforeAll
  static void extract() throws IOException {
    try (InputStream in = QuoteFalseAlarmsTest.class.getResourceAsStream("/golden/quotes/media-and-askers.doc.json")) {
      AnnotatedDoc doc = AnnotatedDocJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      quotes = QuoteExtractor.createDefault().extract(doc);
    }
  }

  private static Optional<Quote> find(String words) {
    return quotes.stream().filter(x -> x.text().startsWith(words)).findFirst();
  }

  private static String speakerOf(String words) {
    Quote q = find(words).orElseThrow(() -> new AssertionError("no quote starting '" + words + "' in " + quotes));
    return q.speakerText();
  }

  private static void noQuote(String words) {
    assertTrue(find(words).isEmpty(), () -> "unexpected quote starting '" + words + "' in " + quotes);
  }

  @Test
  void aFrontedMediumIsNotTheTopicOfTheStatement() {
    assertEquals("the senator", speakerOf("that the bill was dead"));
    noQuote("On Twitter");
    assertEquals("the defence minister", speakerOf("the border was calm"));
    noQuote("On state television");
  }

  @Test
  void aFrontedTopicIsStillAttributed() {
    assertEquals("the candidate", speakerOf("On immigration"));
  }

  @Test
  void aPledgeOrThreatWithAnInfinitiveAttributesTheActNotTheNoun() {
    assertEquals("The mayor", speakerOf("to cut property taxes"));
    noQuote("his pledge");
    assertEquals("The rebels", speakerOf("to attack the airport"));
    noQuote("their threat");
  }

  @Test
  void aQuestionFromAnUnnamedAskerIsAttributedToNoOne() {
    noQuote("whether he would run again");
    noQuote("on whether the army would withdraw");
    assertEquals("the minister", speakerOf("that talks would continue"));
    noQuote("whether she planned to resign");
  }

  @Test
  void aSourceGrantedAnonymityBeforeTheVerbStillSpeaks() {
    assertEquals("The spokesman", speakerOf("the talks had collapsed"));
  }

  @Test
  void legalDocumentsAreSources() {
    assertEquals("The indictment", speakerOf("the former mayor of taking bribes"));
    assertEquals("The petition", speakerOf("that the plant be closed"));
  }
}
