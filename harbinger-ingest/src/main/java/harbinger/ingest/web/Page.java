package harbinger.ingest.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@link HtmlExtractor} found in one web page. Immutable and thread-safe.
 *
 * @param title the headline, or null when the page has none
 * @param paragraphs the main text, one entry per paragraph (boilerplate removed); empty when the page has no
 *     article text
 * @param published the publication date from the page's metadata, as written (the outlet's local date), or null
 * @param outlet the publishing outlet (og:site_name, JSON-LD publisher, application-name, else the host name),
 *     or null
 * @param url the canonical URL (link rel=canonical, og:url), else the URL the page was fetched from, or null
 */
public record Page(@Nullable String title, List<String> paragraphs, @Nullable LocalDate published,
                   @Nullable String outlet, @Nullable String url) {
  public Page {
    paragraphs = List.copyOf(paragraphs);
    for (String p : paragraphs) Objects.requireNonNull(p, "paragraph");
  }

  /** The article text: the title (when known) and the paragraphs, separated by blank lines. */
  public String text() {
    StringBuilder b = new StringBuilder();
    if (title != null) b.append(title);
    for (String p : paragraphs) {
      if (b.length() > 0) b.append("\n\n");
      b.append(p);
    }
    return b.toString();
  }

  /** Words in the paragraphs (not counting the title). */
  public int words() {
    int n = 0;
    for (String p : paragraphs) n += TextBlocks.words(p);
    return n;
  }
}
