package harbinger.model;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One news article as read from input. {@code text} is everything that is coded; event spans are
 * character offsets into it. For plain-text input the headline is the first paragraph of {@code text}
 * and is also given as {@code title}.
 *
 * @param id stable article id (from input, or derived from the file name or content)
 * @param title headline, or null
 * @param text full text; may be empty only for articles that will be skipped
 * @param published publication date, or null when unknown (relative dates then stay unresolved)
 * @param url source URL, or null
 * @param outlet publishing outlet, or null
 */
public record Article(String id, @Nullable String title, String text, @Nullable LocalDate published,
                      @Nullable String url, @Nullable String outlet) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) throw new IllegalArgumentException("article id is blank");
  }

  public static Article of(String id, String text) {
    return new Article(id, null, text, null, null, null);
  }

  public Article withPublished(@Nullable LocalDate date) {
    return new Article(id, title, text, date, url, outlet);
  }
}
