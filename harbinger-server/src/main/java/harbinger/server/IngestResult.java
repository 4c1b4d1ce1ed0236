package harbinger.server;

import harbinger.store.StoredArticle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What became of one submitted article.
 *
 * @param articleId the article's id (given, or derived from its url or text)
 * @param status what was done
 * @param reason why it was skipped ({@code nlp: ...}), or which stored article it duplicates; null when added
 * @param events the coded events with the ids of the stored events they count for (empty unless added)
 * @param text the article text the events' spans refer to, or null when it was not read
 */
public record IngestResult(String articleId, Status status, @Nullable String reason, List<StoredArticle.Mention> events,
                           @Nullable String text) {
  public IngestResult {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(status, "status");
    events = List.copyOf(events);
  }

  /** What was done with a submitted article. */
  public enum Status {
    /** coded and stored (possibly without events) */
    ADDED,
    /** already stored (same id, url or text): nothing was added */
    DUPLICATE,
    /** stored, but could not be read or coded; the reason says why */
    SKIPPED;

    public String label() { return name().toLowerCase(Locale.ROOT); }
  }

  public static IngestResult added(String id, String text, List<StoredArticle.Mention> events) {
    return new IngestResult(id, Status.ADDED, null, events, text);
  }
}
