package harbinger.ingest;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Remembers where each article id was first read during one {@link ArticleSources} {@code open}/{@code read}
 * call, so a repeated id can be reported instead of silently producing two articles (and two sets of events)
 * under one id. Every {@link FormatReader} claims each article id before it returns the article.
 * Not thread-safe: one instance belongs to one sequential stream.
 */
public final class IdRegistry {
  private final Map<String, String> firstSeen = new HashMap<>();

  IdRegistry() {}

  /** A registry for one stream read outside {@link ArticleSources} (tests, a feed poll, a Spark partition). */
  public static IdRegistry create() { return new IdRegistry(); }

  /**
   * Registers {@code id} as read at {@code where}.
   *
   * @return null when the id is new, else the reason the repeat is skipped:
   *     {@code duplicate id X (first seen at where)}
   */
  public @Nullable String claim(String id, String where) {
    String first = firstSeen.putIfAbsent(id, where);
    return first == null ? null : "duplicate id " + id + " (first seen at " + first + ")";
  }
}
