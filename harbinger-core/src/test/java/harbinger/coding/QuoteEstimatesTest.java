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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Estimates ("put the toll at 42"), "cautioned against" a course, and speakers named beside or around the cue: a
 * participle hung loose on the main clause, a relative clause the parser made a complement. On a project-written
 * article (golden/quotes/estimates-and-speakers.txt) stored as doc JSON (made with {@code harbinger parse --json
 * --published 2024-05-02}), so no models are needed.
 */
class QuoteEstimatesTest {
  private static List<Quote> quotes;

  @BeforeAll
  static void extract() throws IOException {
    try (InputStream in = QuoteEstimatesTest.class.getResourceAsStream("/golden/quotes/estimates-and-speakers.doc.json")) {
      AnnotatedDoc doc = AnnotatedDocJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      quotes = QuoteExtractor.createDefault().extract(doc);
    }
  }

  private static Quote containing(String words) {
    return quotes.stream().filter(x -> x.text().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote containing '" + words + "' in " + quotes));
  }

  @Test
  void anEstimateIsTheObjectWithItsNumber() {
    assertEquals("Rescue officials", containing("the death toll at 42").speakerText());
    assertTrue(containing("the turnout at 15,000").speakerText().startsWith("Organizers"));
    assertEquals("the police", containing("the crowd at about 6,000").speakerText());
  }

  @Test
  void cautioningAgainstACourseAttributesTheCourse() {
    assertEquals("The central bank", containing("against raising interest rates").speakerText());
  }

  @Test
  void aLooseParticipleAfterTheMainClauseIsItsSubjects() {
    assertEquals("The mayor", containing("the city could not wait").speakerText());
  }

  @Test
  void aRelativeClauseMadeAComplementSpeaksForItsAntecedent() {
    assertTrue(containing("the drought had already cut yields").speakerText().contains("farm groups"), quotes::toString);
  }

  @Test
  void aRoleNounWithANameSpeaksAsTheName() {
    assertTrue(containing("prices had doubled").speakerText().contains("Hamid Sultani"), quotes::toString);
    assertTrue(containing("the clinic had run out of insulin").speakerText().contains("Olga Petrenko"), quotes::toString);
  }

  @Test
  void figuresFromASourceAreTheSources() {
    assertTrue(containing("300 clinics have closed").speakerText().contains("health ministry"), quotes::toString);
    assertTrue(containing("nobody had come to help them").speakerText().contains("group"), quotes::toString);
  }
}
