package harbinger.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.error.InputException;
import harbinger.model.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlindArticlesTest {
  @TempDir Path dir;

  private static final String LINE = "{\"id\":\"a1\",\"published\":\"2001-05-09\",\"text\":"
      + "\"Ana Ruiz spoke on Monday.\\n\\n\\\"We will win,\\\" she said. She said Monday was calm.\","
      + "\"quotes\":[{\"content\":\"We will win\",\"speaker\":\"Ana Ruiz\",\"mention\":\"she\"},"
      + "{\"content\":\"Monday was calm\",\"speaker\":null}],"
      + "\"dates\":[{\"text\":\"Monday\",\"value\":\"2001-05-07\"},{\"text\":\"Monday\",\"value\":\"2001-05-07T10:00\"}]}";

  private Path write(String... lines) throws IOException {
    return Files.write(dir.resolve("blind.jsonl"), List.of(lines));
  }

  @Test
  void placesTheMentionNearestTheQuoteAndTheSpeakerName() throws IOException {
    BlindArticles.Gold gold = BlindArticles.read(write("# comment", LINE));
    QuoteArticle a = gold.quotes().get(0);
    QuoteArticle.GoldAttribution first = a.attributions().get(0);
    int she = a.text().indexOf("she said");
    assertEquals(List.of(new Span(0, 8), new Span(she, she + 3)), first.source());
    assertEquals("she Ana Ruiz", first.sourceText());
    assertTrue(first.scorable());
  }

  @Test
  void aMentionAtASideIsPlacedOnThatSideEvenWhenTheSameWordIsNearerOnTheOther() throws IOException {
    String text = "Ruiz spoke. He conceded that the vote was lost, but he said nothing more.";
    String quote = "{\"content\":\"the vote was lost\",\"speaker\":\"Ruiz\",\"mention\":\"he\"";
    String line = "{\"id\":\"a3\",\"published\":\"2001-05-09\",\"text\":\"" + text + "\",\"quotes\":[" + quote + "%s}]}";
    int before = text.indexOf("He conceded");
    int after = text.indexOf("he said");
    Span nearest = BlindArticles.read(write(String.format(line, ""))).quotes().get(0).attributions().get(0).source().get(1);
    assertEquals(new Span(after, after + 2), nearest);
    Span placed = BlindArticles.read(write(String.format(line, ",\"mention_at\":\"before\""))).quotes().get(0).attributions().get(0)
        .source().get(1);
    assertEquals(new Span(before, before + 2), placed);
    assertThrows(InputException.class, () -> BlindArticles.read(write(String.format(line, ",\"mention_at\":\"above\""))));
  }

  @Test
  void aSpeakerNamedTwiceInTheQuotesParagraphIsPlacedAtBoth() throws IOException {
    String line = "{\"id\":\"a2\",\"published\":\"2001-05-09\",\"text\":\"Ruiz lost. \\\"We tried,\\\" Ruiz said. Ruiz left.\\n\\nRuiz is 40.\","
        + "\"quotes\":[{\"content\":\"We tried\",\"speaker\":\"Ruiz\"}]}";
    QuoteArticle a = BlindArticles.read(write(line)).quotes().get(0);
    assertEquals(3, a.attributions().get(0).source().size());
  }

  @Test
  void aQuoteWithoutSpeakerIsNotScored() throws IOException {
    QuoteArticle.GoldAttribution second = BlindArticles.read(write(LINE)).quotes().get(0).attributions().get(1);
    assertFalse(second.scorable());
    assertNull(second.sourceText());
  }

  @Test
  void looksUpDatesInTextOrderAndTypesTimesByTheirValue() throws IOException {
    TimexArticle t = BlindArticles.read(write(LINE)).timex().get(0);
    assertEquals(2, t.timexes().size());
    assertTrue(t.timexes().get(1).span().start() > t.timexes().get(0).span().start());
    assertEquals("DATE", t.timexes().get(0).type());
    assertEquals("TIME", t.timexes().get(1).type());
    assertEquals(java.time.LocalDate.of(2001, 5, 9), t.dct());
  }

  @Test
  void typesReferenceValuesAsDatesAndPartsOfDayAsTimes() throws IOException {
    String line = "{\"id\":\"a3\",\"published\":\"2001-05-09\",\"text\":\"Now, and in recent years, and Tuesday night.\","
        + "\"quotes\":[],\"dates\":[{\"text\":\"Now\",\"value\":\"PRESENT_REF\"},"
        + "{\"text\":\"recent years\",\"value\":\"PAST_REF\"},{\"text\":\"Tuesday night\",\"value\":\"2001-05-08TNI\"}]}";
    List<TimexArticle.GoldTimex> t = BlindArticles.read(write(line)).timex().get(0).timexes();
    assertEquals(List.of("DATE", "DATE", "TIME"), t.stream().map(TimexArticle.GoldTimex::type).toList());
  }

  @Test
  void rejectsContentThatIsNotInTheTextWithFileAndLine() throws IOException {
    Path file = write("# header", LINE.replace("\"content\":\"We will win\"", "\"content\":\"We shall win\""));
    InputException e = assertThrows(InputException.class, () -> BlindArticles.read(file));
    assertTrue(e.getMessage().startsWith(file + ":2: "), e.getMessage());
  }

  @Test
  void recognisesItsFormatButNotPolnear() throws IOException {
    assertTrue(BlindArticles.isBlind(write(LINE)));
    assertFalse(BlindArticles.isBlind(write("{\"id\":\"x\",\"text\":\"t\",\"attributions\":[]}")));
  }
}
