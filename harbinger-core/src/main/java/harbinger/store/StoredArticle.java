package harbinger.store;

import harbinger.model.Article;
import harbinger.model.Event;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A stored article with its outcome and every event mention it holds: the evidence view.
 *
 * @param article the article; every span of the mentions is an offset into its text
 * @param skipStage the pipeline stage that skipped it ({@code nlp}), or null when it was coded
 * @param skipReason why it was skipped, or null when it was coded
 * @param duplicateOf the stored article it nearly copies (a syndicated story), or null
 * @param mentions its event mentions in text order (sentence, then start of the evidence span)
 */
public record StoredArticle(Article article, @Nullable String skipStage, @Nullable String skipReason,
                            @Nullable String duplicateOf, List<Mention> mentions) {
  public StoredArticle {
    Objects.requireNonNull(article, "article");
    if ((skipStage == null) != (skipReason == null)) throw new IllegalArgumentException("a skip has a stage and a reason");
    mentions = List.copyOf(mentions);
  }

  public boolean skipped() { return skipStage != null; }

  /**
   * One mention: the coder's event, as it was stored, and the id of the stored (clustered) event it counts for.
   *
   * @param eventId {@link StoredEvent#id()} of the event this mention belongs to
   * @param event the mention with its spans, actors, trigger, modality and quote
   */
  public record Mention(long eventId, Event event) {
    public Mention { Objects.requireNonNull(event, "event"); }
  }
}
