package harbinger.store;

import harbinger.model.Article;
import harbinger.pipeline.Result;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A persistent store of articles, their outcomes, and events with their mentions: each real-world event is stored
 * once ({@link EventKeys} says when two mentions are one event) with GDELT's NumMentions, NumSources and
 * NumArticles and a confidence from its independent sources ({@link EventConfidence}).
 *
 * <p><b>Writing</b> is idempotent and atomic per call: {@link #add} stores a batch of pipeline results in one
 * transaction, so a crash leaves either all of a batch or none of it, and adding an article again (same id, same url
 * or same normalised text) adds nothing. A near-duplicate of a stored article ({@link ArticleFingerprint}) is
 * stored, linked to the article it copies, and its events count as mentions from another outlet but not as
 * independent evidence.
 *
 * <p><b>Reading</b> never changes the store. Values in filters are bound as SQL parameters.
 *
 * <p>Instances are not thread-safe: use one from one thread at a time. Only one process may write a store file, and
 * an implementation says so with {@link StoreBusyException}.
 */
public interface EventStore extends AutoCloseable {
  /**
   * The articles among {@code articles} that are already stored, by id, url or normalised text (checked before
   * coding, so that a re-run does not code them again).
   *
   * @return article id → id of the stored article it duplicates
   */
  Map<String, String> findStored(List<Article> articles);

  /**
   * Stores pipeline results (articles with their outcomes, or unreadable items) in one transaction.
   *
   * @throws StoreException if the store cannot be written; nothing of the batch is then stored
   */
  BatchReport add(List<Result> results);

  /** Events matching the filter, by day (undated last), then id. */
  List<StoredEvent> events(EventFilter filter);

  /**
   * One page of the matching events newest first ({@code ORDER BY day DESC NULLS LAST, id DESC}): at most
   * {@code filter.limit()} events that follow {@code after} (keyset paging: stable while events are added), or that
   * follow the first {@code offset} matches. {@link #count} gives the number of all matches.
   *
   * @param after the position of the previous page's last event, or null for the first page
   * @param offset matches to skip, {@code >= 0}; must be 0 when {@code after} is given
   * @throws IllegalArgumentException for a negative offset, or an offset together with {@code after}
   */
  List<StoredEvent> newestFirst(EventFilter filter, @Nullable PagePosition after, int offset);

  /** How many events match the filter (its limit is ignored). */
  long count(EventFilter filter);

  /** The busiest undirected dyads of two different known parties among the matching events, at most {@code filter.limit()}, most events first. */
  List<DyadSummary> dyads(EventFilter filter);

  /**
   * A stored article with its outcome and all its event mentions, or empty when no article has this id (items that
   * could not be read are stored as outcomes only and are not found here).
   */
  Optional<StoredArticle> findArticle(String id);

  /** Each matching event with its first mention, that mention's article and all its mentions, by id. */
  void forEachRecord(EventFilter filter, Consumer<EventRecord> sink);

  /**
   * The dense series of a dyad (periods without events included) from its first to its last event within the
   * range, over realised events (see {@link SeriesPoint}).
   */
  List<SeriesPoint> series(Dyad dyad, boolean directed, Interval interval, @Nullable LocalDate from, @Nullable LocalDate to);

  /** Daily Goldstein-weighted conflict of every undirected dyad of two known parties, by dyad then day. */
  List<DailyConflict> dailyConflict(@Nullable LocalDate from, @Nullable LocalDate to);

  /** Summary figures, with the {@code topDyads} busiest dyads. */
  StoreStats stats(int topDyads);

  /**
   * Runs one read-only query ({@link SqlGuard} decides what is allowed) and returns at most {@code maxRows} rows.
   *
   * @throws harbinger.error.InputException if the text is not a single SELECT or WITH query, or the query fails
   */
  QueryResult query(String sql, int maxRows);

  /** Writes the matching events as a Parquet file (the columns of the CSV export). */
  void exportParquet(EventFilter filter, Path out);

  /** Counts of each table, for checks: articles, outcomes, events, mentions. */
  Map<String, Long> tableCounts();

  @Override void close();
}
