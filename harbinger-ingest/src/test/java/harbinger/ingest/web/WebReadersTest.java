package harbinger.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.ingest.ReadItem;
import harbinger.ingest.ReadOptions;
import harbinger.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML files and WARC archives read through the one {@link harbinger.ingest.FormatReader} interface. */
class WebReadersTest {
  @TempDir Path dir;
  private static final String PAGE = Pages.news("<meta property='og:site_name' content='The Daily Example'>"
      + "<meta property='article:published_time' content='2021-12-29T08:00:00Z'>");
  private static final String UNDATED = Pages.news("");

  private List<ReadItem> read(Path p, ReadOptions options) {
    try (Stream<ReadItem> s = WebFormats.all().read(p, options)) {
      return s.toList();
    }
  }

  private List<ReadItem> read(Path p) { return read(p, ReadOptions.defaults()); }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.write(p, bytes);
  }

  private Path write(String name, String text) throws IOException { return write(name, text.getBytes(StandardCharsets.UTF_8)); }

  private static Article article(ReadItem item) { return assertInstanceOf(ReadItem.Read.class, item, item::toString).article(); }

  private static String reason(ReadItem item) { return assertInstanceOf(ReadItem.Unreadable.class, item, item::toString).reason(); }

  @Test
  void htmlFilesInADirectoryAreArticlesWithRelativePathIds() throws IOException {
    write("2021/12/index.html", PAGE);
    write("2022/01/index.htm", UNDATED);
    write("notes.txt", "A plain note.");
    List<ReadItem> items = read(dir, ReadOptions.defaults().withPublished(LocalDate.of(2022, 1, 5)));
    assertEquals(List.of("2021/12/index", "2022/01/index", "notes"), items.stream().map(ReadItem::id).toList());
    Article a = article(items.get(0));
    assertEquals("Ministers agree to reopen border crossings", a.title());
    assertEquals(LocalDate.of(2021, 12, 29), a.published());
    assertEquals("The Daily Example", a.outlet());
    assertTrue(a.text().startsWith(a.title() + "\n\n" + Pages.BODY.get(0)), a.text());
    assertEquals(LocalDate.of(2022, 1, 5), article(items.get(1)).published(), "fallback date for a page without one");
  }

  @Test
  void htmlWithoutTextIsSkippedWithAReason() throws IOException {
    write("menu.html", "<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav><p>Short.</p></body></html>");
    write("empty.html", "");
    write("binary.html", new byte[] {'<', 'h', 0, 0, 1, 2});
    List<ReadItem> items = read(dir);
    assertEquals("binary content", reason(items.get(0)));
    assertEquals("empty file", reason(items.get(1)));
    assertEquals("no article text in HTML (0 words after boilerplate removal)", reason(items.get(2)));
  }

  @Test
  void oversizedPagesAndArticlesAreSkippedWithTheirSize() throws IOException {
    write("big.html", PAGE);
    ReadOptions tiny = ReadOptions.defaults().withMaxBytes(200);
    String r = reason(read(dir.resolve("big.html"), tiny).get(0));
    assertTrue(r.matches("HTML of \\d+ bytes exceeds limit of 1600 bytes"), r);
    ReadOptions small = ReadOptions.defaults().withMaxBytes(300);
    String r2 = reason(read(dir.resolve("big.html"), small.withMaxBytes(PAGE.length() / 8 + 1)).get(0));
    assertTrue(r2.matches("article of \\d+ bytes exceeds limit of \\d+ bytes"), r2);
  }

  @Test
  void htmlOnStandardInputIsRecognised() {
    try (Stream<ReadItem> s = WebFormats.all().read("-", new ByteArrayInputStream(("\n  " + PAGE).getBytes(StandardCharsets.UTF_8)), ReadOptions.defaults())) {
      Article a = article(s.toList().get(0));
      assertEquals("stdin", a.id());
      assertEquals("The Daily Example", a.outlet());
    }
  }

  @Test
  void warcHtmlResponsesBecomeArticlesAndOtherRecordsArePassedOver() throws IOException {
    Warcs w = new Warcs().warcinfo()
        .request("https://example.org/a")
        .response("https://example.org/a", 200, "text/html; charset=utf-8", PAGE)
        .response("https://example.org/logo.png", 200, "image/png", "PNG")
        .response("https://example.org/b", 200, "text/html", UNDATED)
        .response("https://example.org/gone", 404, "text/html", "<html><body>Not found</body></html>")
        .response("https://example.org/a", 200, "text/html", PAGE);
    write("crawl.warc", w.bytes());
    List<ReadItem> items = read(dir.resolve("crawl.warc"), ReadOptions.defaults().withPublished(LocalDate.of(2000, 1, 1)));
    assertEquals(4, items.size(), items::toString);
    Article a = article(items.get(0));
    assertEquals("https://example.org/a", a.id());
    assertEquals("https://example.org/a", a.url());
    assertEquals(LocalDate.of(2021, 12, 29), a.published(), "the page's own date");
    assertEquals(LocalDate.of(2021, 12, 30), article(items.get(1)).published(), "WARC-Date when the page has none");
    assertEquals("HTTP status 404", reason(items.get(2)));
    assertEquals("duplicate id https://example.org/a (first seen at crawl.warc#3)", reason(items.get(3)));
  }

  @Test
  void gzippedWarcIsReadLikeThePlainOne() throws IOException {
    Warcs w = new Warcs().warcinfo().response("https://example.org/a", 200, "text/html", PAGE);
    write("crawl.warc.gz", w.gzipped());
    List<ReadItem> items = read(dir);
    assertEquals(1, items.size(), items::toString);
    assertEquals("Ministers agree to reopen border crossings", article(items.get(0)).title());
  }

  @Test
  void truncatedRecordsAreSkippedWithAReasonAndTheRunGoesOn() throws IOException {
    Warcs marked = new Warcs()
        .response("https://example.org/t", 200, "text/html", PAGE, "WARC-Truncated: length\r\n")
        .response("https://example.org/ok", 200, "text/html", PAGE);
    write("a.warc", marked.bytes());
    Warcs cut = new Warcs()
        .response("https://example.org/first", 200, "text/html", PAGE)
        .response("https://example.org/cut", 200, "text/html", PAGE);
    write("b.warc", cut.cut(PAGE.length() / 2));
    write("c.txt", "After the archives.");
    List<ReadItem> items = read(dir);
    assertEquals(5, items.size(), items::toString);
    assertEquals("truncated WARC record (WARC-Truncated: length)", reason(items.get(0)));
    assertEquals("https://example.org/ok", article(items.get(1)).id());
    assertEquals("https://example.org/first", article(items.get(2)).id());
    assertEquals("https://example.org/cut", items.get(3).id());
    assertTrue(reason(items.get(3)).startsWith("truncated WARC record"), items.get(3)::toString);
    assertEquals("c", article(items.get(items.size() - 1)).id());
  }

  @Test
  void garbageWithAWarcNameIsOneItem() throws IOException {
    write("junk.warc", "this is not an archive\nat all\n");
    List<ReadItem> items = read(dir);
    assertEquals(1, items.size(), items::toString);
    assertTrue(reason(items.get(0)).startsWith("not a WARC file or corrupt at its first record"), items::toString);
    assertNull(null);
  }
}
