package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Attributions beyond "say": stance and appeal verbs, cue nouns, attitudes, findings of polls and records,
 * transcripts and headlines. On a project-written article (golden/quotes/cues.txt) whose CoreNLP annotation is
 * stored as doc JSON (made with {@code harbinger parse --json --published 2024-05-02}), so no models are needed.
 */
class QuoteCuesTest {
  private static StoredQuotes doc;

  @BeforeAll
  static void extract() {
    doc = StoredQuotes.extract("cues");
  }

  @Test
  void attributesTheObjectOfAStanceVerbToItsSubject() {
    assertEquals("The senator", doc.speakerOf("a ban on fracking"));
  }

  @Test
  void attributesTheInfinitiveOfAnAppeal() {
    assertEquals("The mayor", doc.speakerOf("to stay indoors"));
    assertEquals("The committee", doc.speakerOf("on the minister to resign"));
  }

  @Test
  void attributesWhatIsCalledFor() {
    assertEquals("The union", doc.speakerOf("for a general strike"));
  }

  @Test
  void readsAPostposedRecordsShowWhoseSubjectTheParserMisplaced() {
    assertEquals("state records", doc.speakerOf("The fund sent $4 million to the party"));
    assertTrue(doc.find("The fund sent $4 million to the party").orElseThrow().text().endsWith("party"),
        "the source is not part of the content");
  }

  @Test
  void readsTheFindingOfASurvey() {
    assertEquals("The new survey", doc.speakerOf("the governor a five-point lead"));
  }

  @Test
  void attributesAFrontedTopicToTheSpeaker() {
    assertEquals("the president", doc.speakerOf("On trade"));
    assertEquals("the president", doc.speakerOf("tariffs would rise"));
  }

  @Test
  void readsACueNounWithItsPossessor() {
    assertEquals("The prime minister", doc.speakerOf("to leave the coalition"));
  }

  @Test
  void readsAnAdjectiveOfAttitude() {
    assertEquals("The council", doc.speakerOf("that the bridge would reopen"));
  }

  @Test
  void givesAFeelingToWhoFeelsIt() {
    assertEquals("Farmers", doc.speakerOf("by the new tariff"));
  }

  @Test
  void cutsATranscriptIntoTurns() {
    assertEquals("MODERATOR", doc.speakerOf("Welcome to the debate"));
    assertEquals("SENATOR GRAY", doc.speakerOf("Thank you for having me"));
  }

  @Test
  void readsAHeadlineNameBeforeAColon() {
    assertEquals("Reuters", doc.speakerOf("Talks on the Port Deal Stall"));
  }

  @Test
  void findsTheInvertedSpeakerThatTheParserGaveToAParticiple() {
    assertEquals("Ms. Okafor", doc.speakerOf("The plan is dead"));
  }

  @Test
  void readsAParentheticalReportingClause() {
    assertEquals("the engineers", doc.speakerOf("The water level"));
  }

  @Test
  void givesAParticipleAfterACommaTheSubjectOfTheClause() {
    assertEquals("He", doc.speakerOf("the tax was unfair"));
  }

  @Test
  void givesARelativePronounItsAntecedent() {
    assertEquals("The farmers", doc.speakerOf("that prices will fall"));
  }

  @Test
  void readsAnIndirectQuestion() {
    assertEquals("Critics", doc.speakerOf("why the plan failed"));
  }

  @Test
  void attributesNothingToASubjectThatCannotHoldAView() {
    assertTrue(doc.find("the harvest").isEmpty(), () -> "a flood threatens, but states nothing: " + doc.quotes());
  }
}
