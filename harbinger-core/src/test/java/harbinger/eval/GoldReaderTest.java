package harbinger.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.error.InputException;
import harbinger.model.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldReaderTest {
  @TempDir Path dir;

  private Path file(String name, String... lines) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, String.join("\n", lines) + "\n");
    return f;
  }

  @Test
  void readsPloverRecordsWithUpperCasedCodes() throws IOException {
    Path f = file("p.jsonl",
        "{\"id\":\"p1\",\"text\":\"Rebels shelled the town.\",\"event\":{\"type\":\"FIGHT\",\"mode\":null},"
            + "\"source\":[{\"text\":\"Rebels\",\"code\":\"sdn\",\"sector\":\"REB\"}],\"target\":[],\"reciprocal\":false,\"date\":null}",
        "",
        "{\"id\":\"p2\",\"text\":\"A met B.\",\"event\":{\"type\":\"CONSULT\"},\"source\":[{\"code\":\"FRA\"}],"
            + "\"target\":[{\"code\":\"DEU\"}],\"reciprocal\":true,\"date\":\"2001-02-03\"}");
    List<PloverRecord> records = GoldReader.plover(f);
    assertEquals(2, records.size());
    assertEquals(List.of("SDN"), records.get(0).sources());
    assertEquals("ASSAULT", records.get(0).currentType());
    assertNull(records.get(0).date());
    assertTrue(records.get(1).reciprocal());
    assertEquals(LocalDate.of(2001, 2, 3), records.get(1).date());
  }

  @Test
  void namesFileAndLineOfMalformedJson() throws IOException {
    Path f = file("c.jsonl", "{\"id\":\"c1\",\"text\":\"x\",\"cameo_code\":\"011\"}", "{\"id\": oops}");
    InputException e = assertThrows(InputException.class, () -> GoldReader.cameo(f));
    assertTrue(e.getMessage().startsWith(f + ":2: malformed JSON"), e.getMessage());
  }

  @Test
  void namesFileAndLineOfAMissingOrMistypedField() throws IOException {
    Path missing = file("c.jsonl", "{\"id\":\"c1\",\"text\":\"x\"}");
    assertTrue(assertThrows(InputException.class, () -> GoldReader.cameo(missing)).getMessage()
        .startsWith(missing + ":1: missing field cameo_code"));
    Path mistyped = file("m.jsonl", "{\"id\":\"s\",\"doc_id\":\"d\",\"sentence_index\":\"zero\",\"text\":\"x\",\"events\":[]}");
    assertTrue(assertThrows(InputException.class, () -> GoldReader.m2e2(mistyped)).getMessage()
        .startsWith(mistyped + ":1: missing or non-integer field sentence_index"));
    Path badCode = file("c2.jsonl", "{\"id\":\"c1\",\"text\":\"x\",\"cameo_code\":\"1a\"}");
    assertThrows(InputException.class, () -> GoldReader.cameo(badCode));
  }

  @Test
  void rejectsSpansOutsideTheText() throws IOException {
    Path f = file("t.jsonl", "{\"id\":\"d\",\"dct\":\"2013-03-22\",\"text\":\"Friday\",\"timexes\":[{\"tid\":\"t1\","
        + "\"text\":\"Friday\",\"start\":0,\"end\":60,\"type\":\"DATE\",\"value\":\"2013-03-22\"}]}");
    assertTrue(assertThrows(InputException.class, () -> GoldReader.timex(f)).getMessage().contains(":1: span [0,60) outside"));
  }

  @Test
  void readsTimexArticlesWithTheirCreationTime() throws IOException {
    Path f = file("t.jsonl", "{\"id\":\"d\",\"dct\":\"2013-03-22\",\"title\":\"T\",\"text\":\"It rained on Friday.\","
        + "\"timexes\":[{\"tid\":\"t1\",\"text\":\"Friday\",\"start\":13,\"end\":19,\"type\":\"DATE\",\"value\":\"2013-03-22\"}]}");
    TimexArticle a = GoldReader.timex(f).get(0);
    assertEquals(LocalDate.of(2013, 3, 22), a.dct());
    assertEquals(new Span(13, 19), a.timexes().get(0).span());
  }

  @Test
  void convertsCodePointOffsetsToJavaOffsets() throws IOException {
    // "😀 Friday": the emoji is one code point (one Python index) but two Java chars.
    Path f = file("t.jsonl", "{\"id\":\"d\",\"dct\":\"2013-03-22\",\"text\":\"\uD83D\uDE00 Friday\","
        + "\"timexes\":[{\"tid\":\"t1\",\"text\":\"Friday\",\"start\":2,\"end\":8,\"type\":\"DATE\",\"value\":\"2013-03-22\"}]}");
    TimexArticle a = GoldReader.timex(f).get(0);
    Span s = a.timexes().get(0).span();
    assertEquals("Friday", a.text().substring(s.start(), s.end()));
  }

  @Test
  void readsAttributionsWithDiscontinuousContentAndMissingSources() throws IOException {
    Path f = file("q.jsonl", "{\"id\":\"a\",\"publication_date\":\"2016-10-13\",\"text\":\"\\\"Go,\\\" she said, \\\"now.\\\"\","
        + "\"attributions\":[{\"id\":\"E1\",\"type\":\"Attribution\",\"source\":{\"text\":\"she\",\"fragments\":[[6,9]]},"
        + "\"cue\":{\"text\":\"said\",\"fragments\":[[10,14]]},\"content\":[{\"text\":\"Go, now.\",\"fragments\":[[1,4],[17,21]]}]},"
        + "{\"id\":\"E2\",\"type\":\"Attribution-no-source\",\"source\":null,\"cue\":null,\"content\":[{\"text\":\"Go\",\"fragments\":[[1,3]]}]}]}");
    QuoteArticle a = GoldReader.quotes(f).get(0);
    assertEquals(LocalDate.of(2016, 10, 13), a.published());
    assertEquals(List.of(new Span(1, 4), new Span(17, 21)), a.attributions().get(0).content());
    assertTrue(a.attributions().get(0).scorable());
    assertEquals(false, a.attributions().get(1).scorable());
  }

  @Test
  void reportsAMissingFile() {
    assertThrows(InputException.class, () -> GoldReader.plover(dir.resolve("absent.jsonl")));
  }
}
