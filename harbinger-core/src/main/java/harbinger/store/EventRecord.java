package harbinger.store;

import harbinger.model.Article;
import harbinger.model.Event;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A stored event with everything the exports need: the first mention as the coder produced it, that mention's
 * article (text included, for the evidence offsets), every mention, and when the event was first stored.
 */
public record EventRecord(StoredEvent event, Event firstMention, Article article, List<MentionRef> mentions, Instant added) {
  public EventRecord {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(added, "added");
    Objects.requireNonNull(firstMention, "firstMention");
    Objects.requireNonNull(article, "article");
    mentions = List.copyOf(mentions);
    if (!firstMention.articleId().equals(article.id()))
      throw new IllegalArgumentException("first mention is from " + firstMention.articleId() + ", not " + article.id());
  }
}
