package harbinger.store;

import harbinger.model.Modality;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One mention of a stored event: where an article reports it.
 *
 * @param articleId the article
 * @param coderEventId the coder's event id within that article ("s07a-3")
 * @param source the outlet (or url host) that published the article
 * @param url the article's url, or null
 * @param duplicateOf the article this one is a near-duplicate copy of (a syndicated story), or null when it is original
 * @param sentence sentence index of the evidence
 * @param evidence the sentence
 * @param modality how this article presents the event
 * @param confidence the coder's confidence in this mention
 */
public record MentionRef(String articleId, String coderEventId, String source, @Nullable String url,
                         @Nullable String duplicateOf, int sentence, String evidence, Modality modality,
                         double confidence) {
  public MentionRef {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(coderEventId, "coderEventId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(modality, "modality");
  }
}
