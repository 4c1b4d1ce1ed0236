package harbinger.ingest;

import static harbinger.ingest.Items.article;
import static harbinger.ingest.Items.read;
import static harbinger.ingest.Items.unreadable;
import static harbinger.ingest.Items.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Article;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesSourceTest {
  @TempDir Path dir;

  private List<ReadItem> lines(String... lines) {
    return read(write(dir, "in.jsonl", String.join("\n", lines) + "\n"));
  }

  private Article one(String line) {
    List<ReadItem> items = lines(line);
    assertEquals(1, items.size(), items::toString);
    return article(items.get(0));
  }

  private String reason(String line) {
    List<ReadItem> items = lines(line);
    assertEquals(1, items.size(), items::toString);
    return unreadable(items.get(0)).reason();
  }

  @Test
  void readsAllFields() {
    Article a = one("{\"id\":\"a1\",\"text\":\"Body.\",\"published\":\"2021-12-30\",\"url\":\"https://x.org/a\",\"outlet\":\"VOA\",\"extra\":[1]}");
    assertEquals(new Article("a1", null, "Body.", LocalDate.of(2021, 12, 30), "https://x.org/a", "VOA"), a);
  }

  @Test
  void titleBecomesParagraphZeroOfTheText() {
    Article a = one("{\"id\":\"a\",\"title\":\" Biden\\nurges Putin \",\"text\":\"US President Joe Biden urged...\"}");
    assertEquals("Biden urges Putin", a.title());
    assertEquals("Biden urges Putin\n\nUS President Joe Biden urged...", a.text());
  }

  @Test
  void titleIsNotRepeatedWhenTheTextAlreadyStartsWithIt() {
    Article a = one("{\"id\":\"a\",\"title\":\"Headline\",\"text\":\"Headline\\n\\nBody.\"}");
    assertEquals("Headline\n\nBody.", a.text());
    assertEquals("Headline", a.title());
  }

  @Test
  void textLineEndingsAreNormalised() {
    assertEquals("a\nb\n\nc", one("{\"id\":\"a\",\"text\":\"a\\r\\nb\\r\\n\\r\\nc\"}").text());
  }

  @Test
  void dateTimeKeepsTheDateAsWritten() {
    assertEquals(LocalDate.of(2021, 12, 30), one("{\"id\":\"a\",\"text\":\"t\",\"published\":\"2021-12-30T23:30:00-05:00\"}").published());
    assertEquals(LocalDate.of(2021, 12, 30), one("{\"id\":\"b\",\"text\":\"t\",\"published\":\"2021-12-30T10:00:00Z\"}").published());
    assertEquals(LocalDate.of(2021, 12, 30), one("{\"id\":\"c\",\"text\":\"t\",\"published\":\"2021-12-30 10:00:00\"}").published());
    assertEquals(LocalDate.of(2021, 12, 30), one("{\"id\":\"d\",\"text\":\"t\",\"published\":\"2021-12-30T10:00\"}").published());
    assertEquals(LocalDate.of(2021, 12, 30), one("{\"id\":\"e\",\"text\":\"t\",\"published\":\"20211230\"}").published());
  }

  @Test
  void unparsableDateKeepsTheArticleWithTheFallbackDateAndANote() {
    LocalDate fallback = LocalDate.of(2020, 1, 1);
    List<ReadItem> items = read(write(dir, "d.jsonl", "{\"id\":\"a\",\"text\":\"t\",\"published\":\"last Tuesday\"}\n"),
        ReadOptions.defaults().withPublished(fallback));
    ReadItem.Read r = assertInstanceOf(ReadItem.Read.class, items.get(0));
    assertEquals(fallback, r.article().published());
    assertEquals(List.of("line 1: published 'last Tuesday' is not an ISO 8601 date; ignored"), r.notes());
    assertNull(one("{\"id\":\"b\",\"text\":\"t\",\"published\":\"2021-13-45\"}").published());
  }

  @Test
  void optionsDateAppliesOnlyWhenTheRecordHasNone() {
    ReadOptions o = ReadOptions.defaults().withPublished(LocalDate.of(2020, 1, 1));
    List<ReadItem> items = read(write(dir, "d.jsonl",
        "{\"id\":\"a\",\"text\":\"t\",\"published\":\"2021-12-30\"}\n{\"id\":\"b\",\"text\":\"t\",\"published\":null}\n"), o);
    assertEquals(LocalDate.of(2021, 12, 30), article(items.get(0)).published());
    assertEquals(LocalDate.of(2020, 1, 1), article(items.get(1)).published());
  }

  @Test
  void missingIdIsDerivedFromTheUrlElseTheText() {
    Article byUrl = one("{\"text\":\"t\",\"url\":\"https://example.org/story\"}");
    assertEquals("url-" + JsonRecord.sha1("https://example.org/story"), byUrl.id());
    assertTrue(byUrl.id().matches("url-[0-9a-f]{12}"), byUrl.id());
    Article byText = one("{\"id\":\"  \",\"text\":\"Some text.\"}");
    assertEquals("sha1-" + JsonRecord.sha1("Some text."), byText.id());
    assertEquals("sha1-" + JsonRecord.sha1("Some text."), one("{\"text\":\"Some text.\"}").id(), "stable across runs");
  }

  @Test
  void numericIdIsAccepted() {
    assertEquals("42", one("{\"id\":42,\"text\":\"t\"}").id());
  }

  @Test
  void malformedLineInTheMiddleDoesNotStopTheGoodOnes() {
    List<ReadItem> items = lines(
        "{\"id\":\"a\",\"text\":\"one\"}",
        "{\"id\":\"b\",\"text\":\"two\"}",
        "{\"id\":\"c\",\"text\":\"thr",
        "",
        "{\"id\":\"d\",\"text\":\"four\"}",
        "   ",
        "{\"id\":\"e\",\"text\":\"five\"}");
    assertEquals(5, items.size(), "4 good records + 1 bad line; blank lines are not records");
    assertEquals(List.of("a", "b", "d", "e"),
        items.stream().filter(i -> i instanceof ReadItem.Read).map(ReadItem::id).toList());
    ReadItem.Unreadable bad = unreadable(items.get(2));
    assertEquals("in.jsonl:3", bad.id());
    assertTrue(bad.reason().startsWith("line 3: malformed JSON: "), bad.reason());
  }

  @Test
  void missingTextIsNamed() {
    assertEquals("line 1: missing field text (id x)", reason("{\"id\":\"x\",\"title\":\"T\"}"));
    assertEquals("line 1: missing field text", reason("{\"title\":\"T\",\"text\":null}"));
  }

  @Test
  void textOfTheWrongTypeIsNamed() {
    assertEquals("line 1: text is not a string", reason("{\"text\":[\"a\"]}"));
    assertEquals("line 1: title is not a string (id x)", reason("{\"id\":\"x\",\"text\":\"t\",\"title\":5}"));
    assertEquals("line 1: id is not a string", reason("{\"id\":{},\"text\":\"t\"}"));
  }

  @Test
  void blankTextIsUnreadable() {
    assertEquals("line 1: empty text", reason("{\"text\":\"\"}"));
    assertEquals("line 1: whitespace-only text", reason("{\"text\":\" \\n\\t \"}"));
  }

  @Test
  void lineThatIsNotAnObjectIsMalformed() {
    assertEquals("line 1: malformed JSON: expected an object but found array", reason("[1,2]"));
    assertEquals("line 1: malformed JSON: expected an object but found null", reason("null"));
  }

  @Test
  void trailingGarbageAndDuplicateKeysAreMalformed() {
    assertTrue(reason("{\"text\":\"t\"} {\"text\":\"u\"}").startsWith("line 1: malformed JSON: "));
    assertTrue(reason("{\"text\":\"t\",\"text\":\"u\"}").contains("Duplicate field"));
  }

  @Test
  void malformedJsonReasonIsOneLineWithAColumn() {
    String r = reason("{\"text\": tru}");
    assertTrue(r.startsWith("line 1: malformed JSON: ") && r.endsWith(")") && !r.contains("\n"), r);
    assertTrue(r.contains("(column "), r);
  }

  @Test
  void articleAboveTheLimitIsUnreadableButTheNextLineIsRead() {
    String big = "x".repeat(300);
    List<ReadItem> items = read(write(dir, "big.jsonl",
        "{\"id\":\"big\",\"text\":\"" + big + "\"}\n{\"id\":\"ok\",\"text\":\"small\"}\n"),
        ReadOptions.defaults().withMaxBytes(100));
    assertEquals("line 1: article of 300 bytes exceeds limit of 100 bytes (id big)", unreadable(items.get(0)).reason());
    assertEquals("ok", article(items.get(1)).id());
  }

  @Test
  void hugeLineIsSkippedWithoutHoldingIt() {
    String huge = "x".repeat(500_000);
    List<ReadItem> items = read(write(dir, "huge.jsonl",
        "{\"id\":\"big\",\"text\":\"" + huge + "\"}\n{\"id\":\"ok\",\"text\":\"small\"}\n"),
        ReadOptions.defaults().withMaxBytes(1000));
    String r = unreadable(items.get(0)).reason();
    assertEquals("line 1: record of 500022 bytes exceeds limit of 67536 bytes", r);
    assertEquals("ok", article(items.get(1)).id());
  }

  @Test
  void repeatedIdIsReportedWithTheFirstPlace() {
    List<ReadItem> items = lines("{\"id\":\"a\",\"text\":\"one\"}", "{\"id\":\"a\",\"text\":\"one again\"}");
    assertEquals("a", article(items.get(0)).id());
    ReadItem.Unreadable dup = unreadable(items.get(1));
    assertEquals("in.jsonl:2", dup.id());
    assertEquals("line 2: duplicate id a (first seen at in.jsonl:1)", dup.reason());
  }

  @Test
  void latin1LineIsReadWithANote() {
    byte[] bytes = "{\"id\":\"fr\",\"text\":\"déclaré\"}\n".getBytes(Charset.forName("ISO-8859-1"));
    ReadItem.Read r = assertInstanceOf(ReadItem.Read.class, read(write(dir, "fr.jsonl", bytes)).get(0));
    assertEquals("déclaré", r.article().text());
    assertEquals(List.of("line 1: not valid UTF-8 (byte 0xE9 at offset 20); decoded as windows-1252"), r.notes());
  }

  @Test
  void byteOrderMarkBeforeTheFirstRecordIsIgnored() {
    byte[] body = "{\"id\":\"a\",\"text\":\"t\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[body.length + 3];
    all[0] = (byte) 0xEF;
    all[1] = (byte) 0xBB;
    all[2] = (byte) 0xBF;
    System.arraycopy(body, 0, all, 3, body.length);
    assertEquals("a", article(read(write(dir, "bom.ndjson", all)).get(0)).id());
  }

  @Test
  void emptyBinaryAndBlankFilesGiveOneItemEach() {
    assertEquals(List.of(new ReadItem.Unreadable("e.jsonl", "empty file")), read(write(dir, "e.jsonl", "")));
    assertEquals(List.of(new ReadItem.Unreadable("b.json", "binary content")),
        read(write(dir, "b.json", new byte[] {'{', 0, 0, 1, 2, '}', '\n', 0})));
    assertEquals(List.of(new ReadItem.Unreadable("w.jsonl", "whitespace-only text")), read(write(dir, "w.jsonl", "\n  \n\r\n")));
  }

  @Test
  void stdinStartingWithABraceIsJsonLines() {
    List<ReadItem> items = Items.stdin("\uFEFF \n{\"id\":\"a\",\"text\":\"t\"}\n{bad\n", ReadOptions.defaults());
    assertEquals(2, items.size());
    assertEquals("a", article(items.get(0)).id());
    assertEquals("stdin:3", unreadable(items.get(1)).id());
  }
}
