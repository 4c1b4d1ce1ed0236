package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What is not content: the medium a statement is made on, the noun that only names a promise, a question put by an
 * unnamed asker; and sources the parser or the source list hid: a source granted anonymity before its verb, legal documents. On a project-written article (golden/quotes/media-and-askers.txt) whose CoreNLP annotation is stored
 * as doc JSON (made with {@code harbinger parse --json --published 2024-05-02}), so no models are needed.
 */
class QuoteFalseAlarmsTest {
  private static StoredQuotes doc;

  @BeforeAll
  static void extract() {
    doc = StoredQuotes.extract("media-and-askers");
  }

  @Test
  void aFrontedMediumIsNotTheTopicOfTheStatement() {
    assertEquals("the senator", doc.speakerOf("that the bill was dead"));
    doc.noQuote("On Twitter");
    assertEquals("the defence minister", doc.speakerOf("the border was calm"));
    doc.noQuote("On state television");
  }

  @Test
  void aFrontedTopicIsStillAttributed() {
    assertEquals("the candidate", doc.speakerOf("On immigration"));
  }

  @Test
  void aPledgeOrThreatWithAnInfinitiveAttributesTheActNotTheNoun() {
    assertEquals("The mayor", doc.speakerOf("to cut property taxes"));
    doc.noQuote("his pledge");
    assertEquals("The rebels", doc.speakerOf("to attack the airport"));
    doc.noQuote("their threat");
  }

  @Test
  void aQuestionFromAnUnnamedAskerIsAttributedToNoOne() {
    doc.noQuote("whether he would run again");
    doc.noQuote("on whether the army would withdraw");
    assertEquals("the minister", doc.speakerOf("that talks would continue"));
    doc.noQuote("whether she planned to resign");
  }

  @Test
  void aSourceGrantedAnonymityBeforeTheVerbStillSpeaks() {
    assertEquals("The spokesman", doc.speakerOf("the talks had collapsed"));
  }

  @Test
  void legalDocumentsAreSources() {
    assertEquals("The indictment", doc.speakerOf("the former mayor of taking bribes"));
    assertEquals("The petition", doc.speakerOf("that the plant be closed"));
  }
}
