package harbinger.ingest;

import static harbinger.ingest.Items.article;
import static harbinger.ingest.Items.read;
import static harbinger.ingest.Items.unreadable;
import static harbinger.ingest.Items.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.error.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourcesTest {
  @TempDir Path dir;

  @Test
  void missingPathIsTheOnlyException() {
    InputException e = assertThrows(InputException.class, () -> ArticleSources.open(dir.resolve("nope"), ReadOptions.defaults()));
    assertTrue(e.getMessage().contains("nope"), e.getMessage());
  }

  @Test
  void directoryIsReadRecursivelyInPathOrder() {
    write(dir, "b.txt", "B text.");
    write(dir, "a.jsonl", "{\"id\":\"j1\",\"text\":\"t\"}\n{\"id\":\"j2\",\"text\":\"t\"}\n");
    write(dir, "sub/c.text", "C text.");
    write(dir, "sub/deeper/d.ndjson", "{\"id\":\"d1\",\"text\":\"t\"}\n");
    write(dir, "a0.json", "{\"id\":\"j0\",\"text\":\"t\"}\n");
    List<String> ids = read(dir).stream().map(ReadItem::id).toList();
    assertEquals(List.of("j1", "j2", "j0", "b", "c", "d1"), ids);
  }

  @Test
  void hiddenFilesAndDirectoriesAreIgnored() {
    write(dir, ".hidden.txt", "secret");
    write(dir, ".git/config.txt", "secret");
    write(dir, "visible.txt", "Visible.");
    assertEquals(List.of("visible"), read(dir).stream().map(ReadItem::id).toList());
  }

  @Test
  void unsupportedFileTypesGiveOneItemEach() {
    write(dir, "report.PDF", "%PDF-1.7");
    write(dir, "README", "notes");
    write(dir, "story.TXT", "Story.");
    List<ReadItem> items = read(dir);
    assertEquals(new ReadItem.Unreadable("README", "unsupported file type (no extension)"), items.get(0));
    assertEquals(new ReadItem.Unreadable("report.PDF", "unsupported file type .pdf"), items.get(1));
    assertEquals("story", article(items.get(2)).id());
  }

  @Test
  void singleFileIsReadByItsName() {
    Path p = write(dir, "one/two/story.txt", "Story.");
    assertEquals("story", article(read(p).get(0)).id());
  }

  @Test
  void sameFileNameInTwoDirectoriesIsReportedAsDuplicate() {
    write(dir, "2021/report.txt", "First report.");
    write(dir, "2022/report.txt", "Second report.");
    List<ReadItem> items = read(dir);
    assertEquals("First report.", article(items.get(0)).text());
    assertEquals(new ReadItem.Unreadable("2022/report.txt", "duplicate id report (first seen at 2021/report.txt)"), items.get(1));
  }

  @Test
  void duplicateAcrossFormatsIsReported() {
    write(dir, "a.jsonl", "{\"id\":\"story\",\"text\":\"t\"}\n");
    write(dir, "story.txt", "t");
    assertEquals("duplicate id story (first seen at a.jsonl:1)", unreadable(read(dir).get(1)).reason());
  }

  @Test
  void badFilesDoNotStopTheOthersAndCountsAddUp() {
    write(dir, "1-empty.txt", "");
    write(dir, "2-binary.txt", new byte[] {1, 2, 3, 0, 0, 0});
    write(dir, "3-good.txt", "Good.");
    write(dir, "4-mixed.jsonl", "{\"id\":\"m1\",\"text\":\"t\"}\n{oops}\n{\"id\":\"m2\",\"text\":\"t\"}\n");
    write(dir, "5-bad.doc", "x");
    List<ReadItem> items = read(dir);
    assertEquals(7, items.size(), items::toString);
    assertEquals(3, items.stream().filter(i -> i instanceof ReadItem.Read).count());
  }

  @Test
  void readsLazilyFromAnEndlessStream() {
    AtomicLong served = new AtomicLong();
    InputStream endless = new InputStream() {
      private long n;
      private byte[] current = new byte[0];
      private int pos;

      @Override public int read() {
        if (pos == current.length) { // a fresh url per record keeps ids unique
          current = ("{\"text\":\"one more story\",\"url\":\"https://x.org/" + (n++) + "\"}\n").getBytes(StandardCharsets.UTF_8);
          pos = 0;
        }
        served.incrementAndGet();
        return current[pos++] & 0xFF;
      }
    };
    try (Stream<ReadItem> s = ArticleSources.open("feed.jsonl", endless, ReadOptions.defaults())) {
      List<ReadItem> first = s.limit(3).toList();
      assertEquals(3, first.stream().filter(i -> i instanceof ReadItem.Read).count());
    }
    assertTrue(served.get() < 1_000_000, "read " + served.get() + " bytes for 3 records");
  }

  @Test
  void closingTheStreamClosesTheInput() {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream in = new java.io.ByteArrayInputStream("{\"id\":\"a\",\"text\":\"t\"}\n{\"id\":\"b\",\"text\":\"t\"}\n".getBytes(StandardCharsets.UTF_8)) {
      @Override public void close() throws IOException {
        closed.set(true);
        super.close();
      }
    };
    Stream<ReadItem> s = ArticleSources.open("-", in, ReadOptions.defaults());
    Iterator<ReadItem> it = s.iterator();
    assertEquals("a", it.next().id());
    s.close();
    assertTrue(closed.get());
  }

  @Test
  void filesAreOpenedOnlyWhenReached() throws IOException {
    write(dir, "a.txt", "A.");
    Path b = write(dir, "b.txt", "B.");
    try (Stream<ReadItem> s = ArticleSources.open(dir, ReadOptions.defaults())) {
      Iterator<ReadItem> it = s.iterator();
      assertEquals("a", it.next().id());
      Files.delete(b);
      ReadItem second = it.next();
      assertEquals("b", second.id());
      assertTrue(unreadable(second).reason().contains("disappeared") || unreadable(second).reason().startsWith("cannot read"),
          second::toString);
    }
  }

  @Test
  void unreadableToOutcomeIsASkipAtStageRead() {
    var skipped = new ReadItem.Unreadable("x.jsonl:3", "line 3: missing field text").toOutcome();
    assertEquals("read", skipped.stage());
    assertEquals("x.jsonl:3", skipped.articleId());
  }
}
