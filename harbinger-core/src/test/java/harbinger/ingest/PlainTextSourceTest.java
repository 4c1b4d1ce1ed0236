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
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextSourceTest {
  @TempDir Path dir;

  private ReadItem only(Path p) {
    List<ReadItem> items = read(p);
    assertEquals(1, items.size(), items::toString);
    return items.get(0);
  }

  @Test
  void firstParagraphIsTheTitleWhenABlankLineFollows() {
    Article a = article(only(write(dir, "call.txt", "  Leaders talk by phone \n\nThe two leaders spoke.\n")));
    assertEquals("Leaders talk by phone", a.title());
    assertEquals("  Leaders talk by phone \n\nThe two leaders spoke.\n", a.text());
    assertEquals("call", a.id());
  }

  @Test
  void headlineMayWrapOverTwoLines() {
    Article a = article(only(write(dir, "a.txt", "Line one\nline two\n \t\nBody.")));
    assertEquals("Line one\nline two", a.title());
  }

  @Test
  void singleParagraphHasNoTitle() {
    Article a = article(only(write(dir, "a.text", "Just one paragraph.\nStill the same one.\n\n\n")));
    assertNull(a.title());
    assertEquals("a", a.id());
  }

  @Test
  void textKeepsOffsetsButNormalisesLineEndingsAndBom() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "Title\r\n\r\nBody line.\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] all = Arrays.copyOf(bom, bom.length + body.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    Article a = article(only(write(dir, "crlf.txt", all)));
    assertEquals("Title\n\nBody line.\n", a.text());
    assertEquals("Title", a.title());
  }

  @Test
  void publishedComesFromTheOptions() {
    LocalDate d = LocalDate.of(2021, 12, 30);
    Article a = article(Items.read(write(dir, "a.txt", "Text."), ReadOptions.defaults().withPublished(d)).get(0));
    assertEquals(d, a.published());
    assertNull(article(only(write(dir, "b.txt", "Text."))).published());
  }

  @Test
  void emptyFileIsUnreadable() {
    ReadItem.Unreadable u = unreadable(only(write(dir, "empty.txt", "")));
    assertEquals("empty", u.id());
    assertEquals("empty file", u.reason());
  }

  @Test
  void byteOrderMarkAloneIsAnEmptyFile() {
    assertEquals("empty file", unreadable(only(write(dir, "bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}))).reason());
  }

  @Test
  void whitespaceOnlyTextIsUnreadable() {
    assertEquals("whitespace-only text", unreadable(only(write(dir, "ws.txt", " \n\t\r\n\u00A0\n"))).reason());
  }

  @Test
  void binaryFileIsUnreadable() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    assertEquals("binary content", unreadable(only(write(dir, "image.txt", png))).reason());
  }

  @Test
  void latin1FileIsReadWithANote() {
    byte[] bytes = "Paris\n\nLe ministre a déclaré que la réunion aura lieu.".getBytes(Charset.forName("ISO-8859-1"));
    ReadItem.Read r = assertInstanceOf(ReadItem.Read.class, only(write(dir, "fr.txt", bytes)));
    assertEquals("Le ministre a déclaré que la réunion aura lieu.", r.article().text().substring(7));
    assertEquals(List.of("not valid UTF-8 (byte 0xE9 at offset 22); decoded as windows-1252"), r.notes());
  }

  @Test
  void invalidUtf8ThatIsNotLatinLookingIsUnreadable() {
    byte[] bytes = {'a', (byte) 0xFF, (byte) 0xFE, (byte) 0xC0, (byte) 0xC1, (byte) 0xF5};
    assertEquals("not valid UTF-8 (byte 0xFF at offset 1)", unreadable(only(write(dir, "bad.txt", bytes))).reason());
  }

  @Test
  void fiveMegabyteArticleExceedsTheDefaultLimit() {
    byte[] big = "word ".repeat(1_000_000).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    ReadItem.Unreadable u = unreadable(only(write(dir, "big.txt", big)));
    assertEquals("big", u.id());
    assertEquals("article of 5000000 bytes exceeds limit of 2000000 bytes", u.reason());
  }

  @Test
  void articleOfExactlyTheLimitIsRead() {
    Path p = write(dir, "ten.txt", "0123456789");
    assertEquals("0123456789", article(Items.read(p, ReadOptions.defaults().withMaxBytes(10)).get(0)).text());
    assertTrue(Items.read(p, ReadOptions.defaults().withMaxBytes(9)).get(0) instanceof ReadItem.Unreadable);
  }

  @Test
  void stdinWithoutBraceIsOnePlainTextArticleNamedStdin() {
    List<ReadItem> items = Items.stdin("Headline\n\n{not json}\n", ReadOptions.defaults());
    Article a = article(items.get(0));
    assertEquals(1, items.size());
    assertEquals("stdin", a.id());
    assertEquals("Headline", a.title());
  }

  @Test
  void oversizedStdinIsDrainedAndMeasured() {
    List<ReadItem> items = Items.stdin("x".repeat(5000), ReadOptions.defaults().withMaxBytes(100));
    assertEquals("article of 5000 bytes exceeds limit of 100 bytes", unreadable(items.get(0)).reason());
  }

  @Test
  void emptyStdinIsEmptyInput() {
    assertEquals("empty input", unreadable(Items.stdin("", ReadOptions.defaults()).get(0)).reason());
  }

  @Test
  void limitAppliesToTheTextInUtf8AfterALegacyDecode() {
    byte[] latin = "caf\u00e9 caf\u00e9 caf\u00e9".getBytes(Charset.forName("ISO-8859-1")); // 14 bytes, 17 in UTF-8
    Path p = write(dir, "cafe.txt", latin);
    assertEquals("article of 17 bytes exceeds limit of 15 bytes",
        unreadable(Items.read(p, ReadOptions.defaults().withMaxBytes(15)).get(0)).reason());
    assertEquals("café café café", article(Items.read(p, ReadOptions.defaults().withMaxBytes(17)).get(0)).text());
  }
}
