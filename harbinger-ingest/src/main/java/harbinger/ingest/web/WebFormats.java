package harbinger.ingest.web;

import harbinger.ingest.ArticleSources;
import harbinger.ingest.FormatReader;
import java.util.ArrayList;
import java.util.List;

/** The web and archive formats of this module, and a source that reads them together with the core formats. */
public final class WebFormats {
  private WebFormats() {}

  /** {@code .html}/{@code .htm} pages (see {@link HtmlExtractor#standard()} for the extraction). */
  public static FormatReader html() { return HtmlFormat.INSTANCE; }

  /** {@code .warc}/{@code .warc.gz} archives: HTML responses become articles. */
  public static FormatReader warc() { return WarcFormat.INSTANCE; }

  /**
   * Every format: plain text, JSON Lines, HTML and WARC. Streams are recognised in this order: JSON Lines
   * (<code>{</code>), WARC ({@code WARC/} or gzip), HTML ({@code <!doctype html}, {@code <html}), else plain text.
   */
  public static ArticleSources all() {
    List<FormatReader> readers = new ArrayList<>(ArticleSources.coreFormats());
    readers.add(warc());
    readers.add(html());
    return ArticleSources.of(readers);
  }
}
