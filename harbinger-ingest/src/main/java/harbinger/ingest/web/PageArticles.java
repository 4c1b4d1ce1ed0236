package harbinger.ingest.web;

import harbinger.ingest.ArticleItems;
import harbinger.ingest.IdRegistry;
import harbinger.ingest.ReadItem;
import harbinger.ingest.ReadOptions;
import harbinger.model.Article;
import java.util.List;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Turns an extracted {@link Page} into a {@link ReadItem}, with the same rules for every web source (HTML
 * files, WARC records, feed items). Stateless and thread-safe.
 *
 * <p>The article text is the headline and the paragraphs separated by blank lines, so the headline is
 * paragraph 0 as for plain text and JSON Lines. A page with fewer than {@value #MIN_WORDS} words of main text
 * is {@code no article text in HTML (N words after boilerplate removal)}. The date is the page's own, else
 * {@code fallback} (such as the WARC-Date or the feed item's date); size limit, id claim and the last date
 * fallback ({@link ReadOptions#published()}) are those of every reader, {@link ArticleItems}.
 */
public final class PageArticles {
  /** Fewest words of main text that make an article. */
  public static final int MIN_WORDS = 10;

  private PageArticles() {}

  /**
   * @param id the article id
   * @param where the location for duplicate-id messages
   * @param fallbackDate the date to use when the page carries none, or null
   */
  public static ReadItem toItem(String id, String where, Page page, @Nullable LocalDate fallbackDate,
                                ReadOptions options, IdRegistry ids) {
    int words = page.words();
    if (words < MIN_WORDS)
      return new ReadItem.Unreadable(id, "no article text in HTML (" + words + " words after boilerplate removal)");
    LocalDate published = page.published() != null ? page.published() : fallbackDate;
    Article article = new Article(id, page.title(), page.text(), published, page.url(), page.outlet());
    return ArticleItems.toItem(article, ArticleItems.Origin.of(id, where), options, ids, List.of());
  }

  /** Largest HTML accepted, in bytes: eight times the article limit (markup, scripts and styles outweigh text). */
  public static long maxHtmlBytes(ReadOptions options) { return Math.min(Integer.MAX_VALUE - 16L, 8 * options.maxBytes()); }
}
