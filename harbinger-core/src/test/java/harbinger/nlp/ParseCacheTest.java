package harbinger.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import harbinger.model.AnnotatedDoc;
import harbinger.model.Article;
import harbinger.model.Sentence;
import harbinger.model.Token;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCacheTest {
  @TempDir Path dir;
  private final AtomicInteger built = new AtomicInteger();
  private final AtomicInteger annotated = new AtomicInteger();

  /** A fake annotator: one sentence, one token per article; counts how often it is built and called. */
  private NlpAnnotator build() {
    built.incrementAndGet();
    return article -> {
      annotated.incrementAndGet();
      Token t = new Token(0, article.text(), "x", "NN", "O", null, 0, article.text().length());
      return new AnnotatedDoc(article, List.of(new Sentence(0, 0, 0, article.text().length(), article.text(),
          List.of(t), List.of(), List.of())));
    };
  }

  private ParseCache cache(String fingerprint) { return new ParseCache(this::build, dir, fingerprint); }

  @Test
  void readsAnAnnotationBackInsteadOfAnnotatingTheSameArticleAgain() {
    Article a = new Article("a1", "Title", "Leaders met.", LocalDate.of(2021, 12, 30), "http://x/1", null);
    AnnotatedDoc first = cache("v1").annotate(a);
    ParseCache again = cache("v1");
    AnnotatedDoc second = again.annotate(a);
    assertEquals(first, second);
    assertEquals(1, annotated.get());
    assertEquals(1, built.get(), "a run with every parse cached never builds the annotator");
    assertEquals(1, again.hits());
    assertEquals(0, again.misses());
  }

  @Test
  void missesWhenTheTextTheDateOrTheAnnotatorChanges() {
    Article a = new Article("a1", null, "Leaders met.", LocalDate.of(2021, 12, 30), null, null);
    ParseCache c = cache("v1");
    c.annotate(a);
    c.annotate(new Article("a1", null, "Leaders talked.", LocalDate.of(2021, 12, 30), null, null));
    c.annotate(a.withPublished(LocalDate.of(2022, 1, 2)));
    cache("v2").annotate(a);
    assertEquals(4, annotated.get());
    assertEquals(0, c.hits());
  }

  @Test
  void keepsTheCallersArticleFieldsOnAHit() {
    Article a = new Article("a1", null, "Leaders met.", null, "http://x/1", "Wire");
    cache("v1").annotate(a);
    Article other = new Article("a1", null, "Leaders met.", null, "http://y/2", "Paper");
    assertEquals(other, cache("v1").annotate(other).article());
    assertEquals(1, annotated.get(), "url and outlet do not change a parse");
  }

  @Test
  void annotatesAgainOverAnUnreadableCacheFile() throws IOException {
    Article a = Article.of("a1", "Leaders met.");
    cache("v1").annotate(a);
    Path file;
    try (Stream<Path> files = Files.list(dir)) {
      file = files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
    }
    Files.writeString(file, "{\"format\": \"harbinger.doc/1\", \"text\": ");
    ParseCache c = cache("v1");
    assertEquals("Leaders met.", c.annotate(a).sentences().get(0).text());
    assertEquals(1, c.misses());
    assertNotEquals(0, Files.size(file));
    assertEquals(1, cache("v1").annotate(a).sentences().size(), "the rewritten file reads back");
  }
}
