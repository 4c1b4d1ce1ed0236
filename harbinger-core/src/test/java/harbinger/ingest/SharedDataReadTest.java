package harbinger.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import harbinger.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Reads the project's shared example article and development gold files (outside the repository, found by
 * walking up to a sibling {@code shared} folder) as real-world input. Skipped when the folder is absent.
 */
class SharedDataReadTest {
  private static @Nullable Path shared() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared");
      if (Files.isDirectory(candidate.resolve("examples"))) return candidate;
    }
    return null;
  }

  @Test
  void exampleArticlesReadWithTheirHeadline() throws IOException {
    Path shared = shared();
    assumeTrue(shared != null, "no shared folder");
    List<Path> texts;
    try (Stream<Path> files = Files.list(shared.resolve("examples"))) {
      texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assumeTrue(!texts.isEmpty(), "no example articles");
    LocalDate date = LocalDate.of(2021, 12, 30);
    for (Path txt : texts) {
      List<ReadItem> items = Items.read(txt, ReadOptions.defaults().withPublished(date));
      Article a = Items.article(items.get(0));
      String raw = Files.readString(txt);
      String firstLine = raw.strip().lines().findFirst().orElseThrow().strip();
      assertEquals(firstLine, a.title(), txt::toString);
      assertEquals(raw.replace("\r\n", "\n").replace("\uFEFF", ""), a.text());
      assertEquals(date, a.published());
    }
  }

  @Test
  void everyGoldRecordIsReadableAsAnArticle() throws IOException {
    Path shared = shared();
    assumeTrue(shared != null && Files.isDirectory(shared.resolve("gold")), "no shared gold folder");
    List<Path> files;
    try (Stream<Path> s = Files.list(shared.resolve("gold"))) {
      files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    assumeTrue(!files.isEmpty(), "no gold files");
    for (Path file : files) {
      long records;
      try (Stream<String> lines = Files.lines(file)) {
        records = lines.filter(l -> !l.isBlank()).count();
      }
      List<ReadItem> items = Items.read(file);
      assertEquals(records, items.size(), file::toString);
      for (ReadItem item : items) {
        Article a = Items.article(item);
        assertFalse(a.text().isBlank(), a::id);
        if (a.title() != null) assertTrue(a.text().startsWith(a.title()), () -> "title not paragraph 0 in " + a.id());
      }
    }
  }
}
