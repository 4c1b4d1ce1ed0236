/**
 * Web pages and web archives as articles: {@link harbinger.ingest.web.HtmlExtractor} (jsoup: main text,
 * headline and metadata, boilerplate removed by text density), and the HTML and WARC (jwarc)
 * {@link harbinger.ingest.FormatReader}s, gathered in {@link harbinger.ingest.web.WebFormats}. Depends on
 * {@code model}, {@code ingest}, jsoup, jwarc and Jackson (JSON-LD).
 */
@NullMarked
package harbinger.ingest.web;

import org.jspecify.annotations.NullMarked;
