package harbinger.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.error.ConfigException;
import harbinger.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formats plug into {@link ArticleSources} through {@link FormatReader}: routing, sniffing, ids, validation. */
class FormatReaderTest {
  @TempDir Path dir;

  /** A toy format: the whole input upper-cased is one article, id = stem + a tag. */
  private record Upper(String tag, Set<String> suffixes, String magic) implements FormatReader {
    @Override public boolean recognises(byte[] head) {
      return new String(head, StandardCharsets.UTF_8).startsWith(magic);
    }

    @Override public ItemSource read(Input input) {
      return ItemSource.single(() -> {
        try (var in = input.stream()) {
          String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).toUpperCase(java.util.Locale.ROOT);
          String id = input.stem() + "-" + tag;
          String dup = input.ids().claim(id, input.name());
          return dup != null ? new ReadItem.Unreadable(input.name(), dup) : new ReadItem.Read(Article.of(id, text));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  private static List<ReadItem> read(ArticleSources sources, Path p) {
    try (Stream<ReadItem> s = sources.read(p, ReadOptions.defaults())) {
      return s.toList();
    }
  }

  @Test
  void longestSuffixChoosesTheReader() {
    List<FormatReader> readers = new ArrayList<>(ArticleSources.coreFormats());
    readers.add(new Upper("gz", Set.of("gz"), "~"));
    readers.add(new Upper("up", Set.of("up.gz", "up"), "!"));
    ArticleSources sources = ArticleSources.of(readers);
    Items.write(dir, "a.up.gz", "one");
    Items.write(dir, "b.gz", "two");
    Items.write(dir, "c.UP", "three");
    Items.write(dir, "d.txt", "Four.");
    List<String> ids = read(sources, dir).stream().map(ReadItem::id).toList();
    assertEquals(List.of("a.up-up", "b-gz", "c-up", "d"), ids);
    assertEquals("ONE", Items.article(read(sources, dir.resolve("a.up.gz")).get(0)).text());
    assertTrue(sources.findReader("x/y.UP.GZ").isPresent());
    assertTrue(sources.findReader(".up").isEmpty(), "a hidden name has no extension");
  }

  @Test
  void streamsAreSniffedByTheReadersInOrderThenReadAsPlainText() {
    List<FormatReader> readers = new ArrayList<>(ArticleSources.coreFormats());
    readers.add(new Upper("bang", Set.of("bang"), "!"));
    ArticleSources sources = ArticleSources.of(readers);
    try (Stream<ReadItem> s = sources.read("-", new ByteArrayInputStream("\n  !loud".getBytes(StandardCharsets.UTF_8)), ReadOptions.defaults())) {
      assertEquals("stdin-bang", s.toList().get(0).id());
    }
    try (Stream<ReadItem> s = sources.read("-", new ByteArrayInputStream("quiet words".getBytes(StandardCharsets.UTF_8)), ReadOptions.defaults())) {
      assertEquals("quiet words", Items.article(s.toList().get(0)).text());
    }
  }

  @Test
  void idsAreSharedAcrossFormatsOfOneRead() {
    List<FormatReader> readers = new ArrayList<>(ArticleSources.coreFormats());
    readers.add(new Upper("x", Set.of("up"), "!"));
    Items.write(dir, "a/s.up", "one");
    Items.write(dir, "b/s.up", "two");
    List<ReadItem> items = read(ArticleSources.of(readers), dir);
    assertEquals(new ReadItem.Unreadable("b/s.up", "duplicate id s-x (first seen at a/s.up)"), items.get(1));
  }

  @Test
  void twoReadersClaimingOneSuffixIsAConfigurationError() {
    List<FormatReader> readers = new ArrayList<>(ArticleSources.coreFormats());
    readers.add(new Upper("x", Set.of("TXT"), "!"));
    ConfigException e = assertThrows(ConfigException.class, () -> ArticleSources.of(readers));
    assertTrue(e.getMessage().startsWith("suffix .txt is claimed by both"), e.getMessage());
    assertThrows(ConfigException.class, () -> ArticleSources.of(List.of(new Upper("x", Set.of(".up"), "!"))));
  }
}
