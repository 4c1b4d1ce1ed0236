package harbinger.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.error.InputException;
import harbinger.model.AnnotatedDoc;
import harbinger.model.Article;
import harbinger.model.Dependency;
import harbinger.model.Sentence;
import harbinger.model.Timex;
import harbinger.model.Token;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotatedDocJsonTest {

  // Invented text: a headline, a blank line, and a sentence with quotes, a non-ASCII name and a tab.
  private static final String TEXT = "Ministers Meet\n\nZoë \"said\"\tno on Monday.";

  private static AnnotatedDoc sample() {
    Article article = new Article("case-1", "Ministers Meet", TEXT, LocalDate.of(2021, 12, 30), null, "Example Wire");
    Sentence headline = new Sentence(0, 0, 0, 14, "Ministers Meet",
        List.of(new Token(0, "Ministers", "minister", "NNS", "O", null, 0, 9),
            new Token(1, "Meet", "meet", "VBP", "O", null, 10, 14)),
        List.of(new Dependency("nsubj", 1, 0), new Dependency("root", -1, 1)),
        List.of());
    String body = TEXT.substring(16);
    Sentence second = new Sentence(1, 1, 16, TEXT.length(), body,
        List.of(new Token(0, "Zoë", "Zoë", "NNP", "PERSON", null, 16, 19),
            new Token(1, "\"", "\"", "``", "O", null, 20, 21),
            new Token(2, "said", "say", "VBD", "O", null, 21, 25),
            new Token(3, "\"", "\"", "''", "O", null, 25, 26),
            new Token(4, "no", "no", "UH", "O", null, 27, 29),
            new Token(5, "on", "on", "IN", "O", null, 30, 32),
            new Token(6, "Monday", "Monday", "NNP", "DATE", "2021-12-27", 33, 39),
            new Token(7, ".", ".", ".", "O", null, 39, 40)),
        List.of(new Dependency("nsubj", 2, 0), new Dependency("root", -1, 2), new Dependency("obl:tmod", 2, 6)),
        List.of(new Timex("Monday", 6, 7, "DATE", "2021-12-27"), new Timex("no", 4, 5, "SET", null)));
    return new AnnotatedDoc(article, List.of(headline, second));
  }

  @Test
  void roundTripGivesAnEqualDocument() {
    AnnotatedDoc doc = sample();
    assertEquals(doc, AnnotatedDocJson.read(AnnotatedDocJson.write(doc)));
  }

  @Test
  void roundTripKeepsNullPublicationDateAndEmptySentenceList() {
    AnnotatedDoc doc = new AnnotatedDoc(Article.of("empty", "  \n"), List.of());
    String json = AnnotatedDocJson.write(doc);
    assertTrue(json.contains("\"published\": null"), json);
    assertEquals(doc, AnnotatedDocJson.read(json));
  }

  @Test
  void writesEachTokenDependencyAndTimexOnItsOwnLine() {
    String json = AnnotatedDocJson.write(sample());
    List<String> lines = json.lines().toList();
    assertEquals(10, lines.stream().filter(l -> l.contains("\"word\": ")).count());
    assertEquals(5, lines.stream().filter(l -> l.contains("\"relation\": ")).count());
    assertEquals(2, lines.stream().filter(l -> l.contains("\"beginToken\": ")).count());
    assertTrue(lines.contains("        {\"index\": 0, \"word\": \"Ministers\", \"lemma\": \"minister\", \"pos\": \"NNS\","
        + " \"ner\": \"O\", \"normalized\": null, \"begin\": 0, \"end\": 9},"), json);
    assertTrue(json.endsWith("}\n"));
  }

  @Test
  void writingIsStableAcrossRoundTrips() {
    String once = AnnotatedDocJson.write(sample());
    assertEquals(once, AnnotatedDocJson.write(AnnotatedDocJson.read(once)));
  }

  @Test
  void rejectsMalformedJsonNamingLineAndColumn() {
    InputException e = assertThrows(InputException.class, () -> AnnotatedDocJson.read("{\n  \"format\": ,\n}"));
    assertTrue(e.getMessage().contains("invalid JSON at line 2"), e.getMessage());
  }

  @Test
  void rejectsATopLevelValueThatIsNotAnObject() {
    InputException e = assertThrows(InputException.class, () -> AnnotatedDocJson.read("[1, 2]"));
    assertTrue(e.getMessage().contains("expected a JSON object"), e.getMessage());
  }

  @Test
  void rejectsAnUnknownFormat() {
    String json = AnnotatedDocJson.write(sample()).replace(AnnotatedDocJson.FORMAT, "harbinger.doc/0");
    assertMessage(json, "format: expected \"harbinger.doc/1\" but was \"harbinger.doc/0\"");
  }

  @Test
  void rejectsAnUnknownFieldNamingItsPath() {
    String json = AnnotatedDocJson.write(sample()).replace("\"lemma\": \"say\"", "\"lema\": \"say\"");
    assertMessage(json, "sentences[1].tokens[2]: unknown field \"lema\"");
  }

  @Test
  void rejectsAMissingRequiredField() {
    String json = AnnotatedDocJson.write(sample()).replace("\"pos\": \"VBP\", ", "");
    assertMessage(json, "sentences[0].tokens[1].pos: missing required field");
  }

  @Test
  void rejectsAValueOfTheWrongType() {
    String json = AnnotatedDocJson.write(sample()).replace("\"governor\": -1, \"dependent\": 1", "\"governor\": \"x\", \"dependent\": 1");
    assertMessage(json, "sentences[0].dependencies[1].governor: expected an integer but was \"x\"");
  }

  @Test
  void rejectsATokenWhoseIndexIsNotItsPosition() {
    String json = AnnotatedDocJson.write(sample()).replace("{\"index\": 1, \"word\": \"Meet\"", "{\"index\": 2, \"word\": \"Meet\"");
    assertMessage(json, "sentences[0].tokens[1].index: expected 1 (its position) but was 2");
  }

  @Test
  void rejectsASentenceWhoseTextDoesNotMatchTheArticle() {
    String json = AnnotatedDocJson.write(sample()).replace("\"text\": \"Ministers Meet\"", "\"text\": \"Ministers Met!\"");
    assertMessage(json, "sentences[0].text: is not the article text between begin 0 and end 14");
  }

  @Test
  void rejectsWhatTheModelRecordsReject() {
    String json = AnnotatedDocJson.write(sample()).replace("\"beginToken\": 6, \"endToken\": 7", "\"beginToken\": 6, \"endToken\": 6");
    assertMessage(json, "sentences[1].timexes[0]: invalid: bad timex tokens [6,6)");
  }

  @Test
  void rejectsABadPublicationDate() {
    String json = AnnotatedDocJson.write(sample()).replace("2021-12-30", "30/12/2021");
    assertMessage(json, "article.published: expected an ISO date (YYYY-MM-DD) but was \"30/12/2021\"");
  }

  @Test
  void rejectsDuplicateFields() {
    String json = AnnotatedDocJson.write(sample()).replace("\"ner\": \"PERSON\"", "\"ner\": \"PERSON\", \"ner\": \"O\"");
    InputException e = assertThrows(InputException.class, () -> AnnotatedDocJson.read(json));
    assertTrue(e.getMessage().contains("Duplicate field 'ner'"), e.getMessage());
  }

  private static void assertMessage(String json, String expected) {
    InputException e = assertThrows(InputException.class, () -> AnnotatedDocJson.read(json));
    assertEquals("annotated doc: " + expected, e.getMessage());
  }
}
