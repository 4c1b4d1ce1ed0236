package harbinger.ingest.web;

import org.jspecify.annotations.Nullable;

/**
 * Extracts the article from a web page: headline, main text without navigation, promotion and publisher
 * boilerplate, and the publication date, outlet and canonical URL from the page's metadata. Never throws for
 * bad markup: a page without article text gives a {@link Page} with no paragraphs. Thread-safe.
 */
public interface HtmlExtractor {
  /**
   * @param html the page's markup
   * @param url the address the page was fetched from (resolves relative links, last fallback for the outlet),
   *     or null
   */
  Page extract(String html, @Nullable String url);

  /**
   * Extracts from the page's bytes, decoded with {@code charset} (from the HTTP Content-Type) when given, else by
   * byte-order mark or {@code <meta charset>}, else as UTF-8.
   */
  Page extract(byte[] html, @Nullable String charset, @Nullable String url);

  /** The text-density extractor described in {@link DensityExtractor}. */
  static HtmlExtractor standard() { return DensityExtractor.INSTANCE; }
}
