package harbinger.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import harbinger.model.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules every reader applies last: size limit in UTF-8, one article per id, the fallback date. */
class ArticleItemsTest {
  private static final LocalDate FALLBACK = LocalDate.of(2021, 12, 30);
  private final IdRegistry ids = IdRegistry.create();

  private static Article article(String id, String text, LocalDate published) {
    return new Article(id, null, text, published, null, null);
  }

  @Test
  void givesTheFallbackDateOnlyToArticlesWithoutOne() {
    ReadOptions options = new ReadOptions(FALLBACK, 1000);
    ReadItem.Read undated = assertInstanceOf(ReadItem.Read.class,
        ArticleItems.toItem(article("a", "Text.", null), ArticleItems.Origin.of("a", "f.txt"), options, ids, List.of("note")));
    assertEquals(FALLBACK, undated.article().published());
    assertEquals(List.of("note"), undated.notes());
    LocalDate own = LocalDate.of(2020, 1, 2);
    ReadItem.Read dated = assertInstanceOf(ReadItem.Read.class,
        ArticleItems.toItem(article("b", "Text.", own), ArticleItems.Origin.of("b", "g.txt"), options, ids, List.of()));
    assertEquals(own, dated.article().published());
  }

  @Test
  void measuresTheLimitInUtf8BytesAndReportsWhereTheOriginSays() {
    ReadOptions options = new ReadOptions(null, 5);
    ReadItem ok = ArticleItems.toItem(article("a", "abcde", null), ArticleItems.Origin.of("a", "f"), options, ids, List.of());
    assertInstanceOf(ReadItem.Read.class, ok);
    ReadItem accented = ArticleItems.toItem(article("b", "abcé", null), // 4 characters, 5 bytes: fits
        ArticleItems.Origin.of("b", "f"), options, ids, List.of());
    assertInstanceOf(ReadItem.Read.class, accented);
    ReadItem.Unreadable over = assertInstanceOf(ReadItem.Unreadable.class, ArticleItems.toItem(article("c", "abcdé", null),
        new ArticleItems.Origin("f.jsonl:3", "f.jsonl:3", "line 3: ", " (id c)"), options, ids, List.of()));
    assertEquals("f.jsonl:3", over.id());
    assertEquals("line 3: article of 6 bytes exceeds limit of 5 bytes (id c)", over.reason());
  }

  @Test
  void aSecondArticleUnderOneIdIsRejectedAtItsOwnLocation() {
    ReadOptions options = ReadOptions.defaults();
    assertInstanceOf(ReadItem.Read.class,
        ArticleItems.toItem(article("x", "One.", null), ArticleItems.Origin.of("x", "a.txt"), options, ids, List.of()));
    ReadItem.Unreadable again = assertInstanceOf(ReadItem.Unreadable.class,
        ArticleItems.toItem(article("x", "Two.", null), ArticleItems.Origin.of("x", "b.txt"), options, ids, List.of()));
    assertEquals("b.txt", again.id());
    assertEquals("duplicate id x (first seen at a.txt)", again.reason());
  }
}
