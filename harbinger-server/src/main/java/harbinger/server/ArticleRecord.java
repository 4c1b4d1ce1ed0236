package harbinger.server;

import harbinger.model.Article;
import harbinger.model.Event;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A stored article with what became of it and the events it mentions, with their evidence spans: the evidence view.
 *
 * @param article the article; every span of the mentions is an offset into its text
 * @param status {@code coded}, {@code skipped} or {@code near_duplicate}
 * @param skipReason why it was skipped ({@code nlp: ...}), or null
 * @param duplicateOf the stored article this one nearly copies, or null
 * @param mentions the article's event mentions in text order
 */
public record ArticleRecord(Article article, String status, @Nullable String skipReason, @Nullable String duplicateOf,
                            List<Mention> mentions) {
  public ArticleRecord {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(status, "status");
    mentions = List.copyOf(mentions);
  }

  /**
   * One mention: the coder's event (spans, actors, trigger, modality, quote) and the id of the stored event it
   * belongs to, the id that {@link EventRow#id()} lists.
   */
  public record Mention(String eventId, Event event) {
    public Mention {
      Objects.requireNonNull(eventId, "eventId");
      Objects.requireNonNull(event, "event");
    }
  }
}
