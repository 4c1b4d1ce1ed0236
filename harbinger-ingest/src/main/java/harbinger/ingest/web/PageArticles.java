package harbinger.ingest.web;

import harbinger.ingest.IdRegistry;
import harbinger.ingest.ReadItem;
import harbinger.ingest.ReadOptions;
import harbinger.model.Article;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Turns an extracted {@link Page} into a {@link ReadItem}, with the same rules for every web source (HTML
 * files, WARC records, feed items). Stateless and thread-safe.
 *
 * <p>The article text is the headline and the paragraphs separated by blank lines, so the headline is
 * paragraph 0 as for plain text and JSON Lines. A page with fewer than {@value #MIN_WORDS} words of main text
 * is {@code no article text in HTML (N words after boilerplate removal)}; a text larger than
 * {@link ReadOptions#maxBytes()} in UTF-8 is {@code article of N bytes exceeds limit of M bytes}. The date is
 * the page's own, else {@code fallback} (such as the WARC-Date or the feed item's date), else
 * {@link ReadOptions#published()}.
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
    String text = page.text();
    long size = text.getBytes(StandardCharsets.UTF_8).length;
    if (size > options.maxBytes())
      return new ReadItem.Unreadable(id, "article of " + size + " bytes exceeds limit of " + options.maxBytes() + " bytes");
    String duplicate = ids.claim(id, where);
    if (duplicate != null) return new ReadItem.Unreadable(where, duplicate);
    LocalDate published = page.published() != null ? page.published()
        : fallbackDate != null ? fallbackDate : options.published();
    return new ReadItem.Read(new Article(id, page.title(), text, published, page.url(), page.outlet()));
  }

  /** Largest HTML accepted, in bytes: eight times the article limit (markup, scripts and styles outweigh text). */
  public static long maxHtmlBytes(ReadOptions options) { return Math.min(Integer.MAX_VALUE - 16L, 8 * options.maxBytes()); }
}
