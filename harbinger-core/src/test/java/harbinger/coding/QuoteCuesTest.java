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
 * Attributions beyond "say": stance and appeal verbs, cue nouns, attitudes, findings of polls and records,
 * transcripts and headlines. On a project-written article (golden/quotes/cues.txt) whose CoreNLP annotation is
 * stored as doc JSON (made with {@code harbinger parse --json --published 2024-05-02}), so no models are needed.
 */
class QuoteCuesTest {
  private static List<Quote> quotes;

  @BeforeAll
  static void extract() throws IOException {
    try (InputStream in = QuoteCuesTest.class.getResourceAsStream("/golden/quotes/cues.doc.json")) {
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

  @Test
  void attributesTheObjectOfAStanceVerbToItsSubject() {
    assertEquals("The senator", speakerOf("a ban on fracking"));
  }

  @Test
  void attributesTheInfinitiveOfAnAppeal() {
    assertEquals("The mayor", speakerOf("to stay indoors"));
    assertEquals("The committee", speakerOf("on the minister to resign"));
  }

  @Test
  void attributesWhatIsCalledFor() {
    assertEquals("The union", speakerOf("for a general strike"));
  }

  @Test
  void readsAPostposedRecordsShowWhoseSubjectTheParserMisplaced() {
    assertEquals("state records", speakerOf("The fund sent $4 million to the party"));
    assertTrue(find("The fund sent $4 million to the party").orElseThrow().text().endsWith("party"),
        "the source is not part of the content");
  }

  @Test
  void readsTheFindingOfASurvey() {
    assertEquals("The new survey", speakerOf("the governor a five-point lead"));
  }

  @Test
  void attributesAFrontedTopicToTheSpeaker() {
    assertEquals("the president", speakerOf("On trade"));
    assertEquals("the president", speakerOf("tariffs would rise"));
  }

  @Test
  void readsACueNounWithItsPossessor() {
    assertEquals("The prime minister", speakerOf("to leave the coalition"));
  }

  @Test
  void readsAnAdjectiveOfAttitude() {
    assertEquals("The council", speakerOf("that the bridge would reopen"));
  }

  @Test
  void givesAFeelingToWhoFeelsIt() {
    assertEquals("Farmers", speakerOf("by the new tariff"));
  }

  @Test
  void cutsATranscriptIntoTurns() {
    assertEquals("MODERATOR", speakerOf("Welcome to the debate"));
    assertEquals("SENATOR GRAY", speakerOf("Thank you for having me"));
  }

  @Test
  void readsAHeadlineNameBeforeAColon() {
    assertEquals("Reuters", speakerOf("Talks on the Port Deal Stall"));
  }

  @Test
  void findsTheInvertedSpeakerThatTheParserGaveToAParticiple() {
    assertEquals("Ms. Okafor", speakerOf("The plan is dead"));
  }

  @Test
  void readsAParentheticalReportingClause() {
    assertEquals("the engineers", speakerOf("The water level"));
  }

  @Test
  void givesAParticipleAfterACommaTheSubjectOfTheClause() {
    assertEquals("He", speakerOf("the tax was unfair"));
  }

  @Test
  void givesARelativePronounItsAntecedent() {
    assertEquals("The farmers", speakerOf("that prices will fall"));
  }

  @Test
  void readsAnIndirectQuestion() {
    assertEquals("Critics", speakerOf("why the plan failed"));
  }

  @Test
  void attributesNothingToASubjectThatCannotHoldAView() {
    assertTrue(find("the harvest").isEmpty(), () -> "a flood threatens, but states nothing: " + quotes);
  }
}
