package harbinger.ingest;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import harbinger.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test helpers: read everything from a source into a list, closing the stream. */
final class Items {
  private Items() {}

  static List<ReadItem> read(Path p) { return read(p, ReadOptions.defaults()); }

  static List<ReadItem> read(Path p, ReadOptions options) {
    try (Stream<ReadItem> s = ArticleSources.open(p, options)) {
      return s.toList();
    }
  }

  static List<ReadItem> stdin(String content, ReadOptions options) {
    return stdin(content.getBytes(StandardCharsets.UTF_8), options);
  }

  static List<ReadItem> stdin(byte[] content, ReadOptions options) {
    try (Stream<ReadItem> s = ArticleSources.open("-", new ByteArrayInputStream(content), options)) {
      return s.toList();
    }
  }

  static Path write(Path dir, String name, String content) {
    return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path dir, String name, byte[] content) {
    try {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      return Files.write(p, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Article article(ReadItem item) { return assertInstanceOf(ReadItem.Read.class, item, item::toString).article(); }

  static ReadItem.Unreadable unreadable(ReadItem item) {
    return assertInstanceOf(ReadItem.Unreadable.class, item, item::toString);
  }
}
