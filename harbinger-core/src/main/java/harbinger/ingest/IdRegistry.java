package harbinger.ingest;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Remembers where each article id was first read during one {@link ArticleSources#open} call, so a repeated
 * id can be reported instead of silently producing two articles (and two sets of events) under one id.
 * Not thread-safe: one instance belongs to one sequential stream.
 */
final class IdRegistry {
  private final Map<String, String> firstSeen = new HashMap<>();

  /**
   * Registers {@code id} as read at {@code where}.
   *
   * @return null when the id is new, else the reason the repeat is skipped:
   *     {@code duplicate id X (first seen at where)}
   */
  @Nullable String claim(String id, String where) {
    String first = firstSeen.putIfAbsent(id, where);
    return first == null ? null : "duplicate id " + id + " (first seen at " + first + ")";
  }
}
