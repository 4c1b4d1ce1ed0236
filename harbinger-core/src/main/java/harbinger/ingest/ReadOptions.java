package harbinger.ingest;

import harbinger.error.ConfigException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Options for {@link ArticleSources}. Immutable and thread-safe.
 *
 * @param published publication date given to articles whose input carries none (every plain-text article,
 *     and JSON records without a usable {@code published} field); null leaves such dates unknown
 * @param maxBytes largest article accepted, in bytes of its text in UTF-8; larger articles become
 *     {@link ReadItem.Unreadable} items. A plain-text input whose raw size is larger is rejected before it is
 *     read. Must be in 1..{@value #MAX_LIMIT}.
 * @throws ConfigException if {@code maxBytes} is out of range
 */
public record ReadOptions(@Nullable LocalDate published, long maxBytes) {
  /** Default article size limit: 2,000,000 bytes. */
  public static final long DEFAULT_MAX_BYTES = 2_000_000L;
  /** Upper bound of {@code maxBytes}: an article is held in memory as one array. */
  public static final long MAX_LIMIT = 1L << 30;

  public ReadOptions {
    if (maxBytes <= 0 || maxBytes > MAX_LIMIT)
      throw new ConfigException("maxBytes must be in 1.." + MAX_LIMIT + " but was " + maxBytes);
  }

  /** No publication date override and the default size limit. */
  public static ReadOptions defaults() { return new ReadOptions(null, DEFAULT_MAX_BYTES); }

  /** These options with the given fallback publication date. */
  public ReadOptions withPublished(@Nullable LocalDate date) { return new ReadOptions(date, maxBytes); }

  /** These options with the given size limit. */
  public ReadOptions withMaxBytes(long limit) { return new ReadOptions(published, limit); }
}
