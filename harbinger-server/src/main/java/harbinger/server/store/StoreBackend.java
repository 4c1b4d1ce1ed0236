package harbinger.server.store;

import harbinger.ingest.ReadItem;
import harbinger.pipeline.Pipeline;
import harbinger.server.ArticleIngest;
import harbinger.server.EventPage;
import harbinger.server.EventQueries;
import harbinger.server.EventQuery;
import harbinger.server.IngestResult;
import harbinger.server.PageRequest;
import harbinger.server.PartyPair;
import harbinger.server.Totals;
import harbinger.store.Alert;
import harbinger.store.AlertService;
import harbinger.store.BatchReport;
import harbinger.store.DyadSummary;
import harbinger.store.EscalationDetector;
import harbinger.store.EventFilter;
import harbinger.store.EventStore;
import harbinger.store.IngestService;
import harbinger.store.Interval;
import harbinger.store.PagePosition;
import harbinger.store.SeriesPoint;
import harbinger.store.StoreStats;
import harbinger.store.StoredArticle;
import harbinger.store.StoredEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The server's ports over an {@link EventStore}: reads map to the store's reads one to one ({@link EventQuery} to
 * {@code EventFilter}, cursors to {@link PagePosition}s), alerts come from {@link AlertService}, and submitted
 * articles go through {@link IngestService}, the same path as {@code harbinger ingest} (already stored articles are
 * not coded again; a batch is stored in one transaction). Each submitted article's events are then read back from
 * the store, so they carry the ids of the (clustered) stored events they count for.
 *
 * <p>The number of matches of a page's query (per filter) and the alerts (per range) are remembered ({@link Memo})
 * until this backend writes the store, or for {@value #SHARED_COUNT_SECONDS} s when other processes may write it
 * ({@link #overShared}).
 *
 * <p>Thread-safe: the store is wrapped so that its calls run one at a time, in arrival order; coding runs outside
 * that lock, so reads go on while a submitted article is coded. Store exceptions pass through (the HTTP layer maps
 * {@code StoreBusyException} to 503). Closing the backend closes the store.
 */
public final class StoreBackend implements EventQueries, ArticleIngest, AutoCloseable {
  private final EventStore store;
  private final @Nullable Supplier<Pipeline> pipeline;
  private final int threads;
  private final EscalationDetector detector;
  private final Memo<EventFilter, Long> counts;
  private final Memo<AlertQuery, List<Alert>> alerts;

  private StoreBackend(EventStore store, @Nullable Supplier<Pipeline> pipeline, int threads, EscalationDetector detector,
                       long answerAgeNanos) {
    this.store = new SerialStore(Objects.requireNonNull(store, "store"));
    this.pipeline = pipeline;
    this.threads = threads;
    this.detector = Objects.requireNonNull(detector, "detector");
    this.counts = new Memo<>(answerAgeNanos, System::nanoTime);
    this.alerts = new Memo<>(answerAgeNanos, System::nanoTime);
  }

  /**
   * A backend that codes submitted articles with pipelines from {@code pipeline} ({@code threads} at a time) and
   * finds alerts with the default {@link EscalationDetector}.
   *
   * @param pipeline called when an article needs coding (so a server that only reads never loads the NLP models)
   */
  public static StoreBackend over(EventStore store, Supplier<Pipeline> pipeline, int threads) {
    return create(store, pipeline, threads, Long.MAX_VALUE);
  }

  /**
   * As {@link #over}, for a store that other processes may write meanwhile ({@code DuckDbStores.Mode.WRITE_SHARED}):
   * counts of matching events and alerts are then reused for at most {@value #SHARED_COUNT_SECONDS} seconds.
   */
  public static StoreBackend overShared(EventStore store, Supplier<Pipeline> pipeline, int threads) {
    return create(store, pipeline, threads, SHARED_COUNT_SECONDS * 1_000_000_000L);
  }

  /** How long a count or the alerts are reused when other processes may write the store. */
  public static final long SHARED_COUNT_SECONDS = 2;

  private static StoreBackend create(EventStore store, Supplier<Pipeline> pipeline, int threads, long countAgeNanos) {
    if (threads < 1 || threads > 64) throw new IllegalArgumentException("threads must be in 1..64 but was " + threads);
    return new StoreBackend(store, Objects.requireNonNull(pipeline, "pipeline"), threads, EscalationDetector.defaults(),
        countAgeNanos);
  }

  // ---------------------------------------------------------------- writing

  @Override public List<IngestResult> ingest(List<ReadItem> items) {
    if (items.isEmpty()) return List.of();
    if (pipeline == null) throw new IllegalStateException("this backend was created without a pipeline");
    BatchReport report;
    try {
      report = new IngestService(pipeline, store, threads, Math.max(1, items.size())).ingest(items.stream(), r -> {}).store();
    } finally {
      counts.invalidate(); // after the write: an answer computed meanwhile is not kept
      alerts.invalidate();
    }
    List<IngestResult> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) out.add(result(items.get(i), report.articles().get(i)));
    return out;
  }

  private IngestResult result(ReadItem item, BatchReport.ArticleResult stored) {
    if (stored.status() == BatchReport.Status.DUPLICATE) {
      return new IngestResult(item.id(), IngestResult.Status.DUPLICATE, stored.reason() + " as " + stored.duplicateOf(),
          List.of(), null);
    }
    if (item instanceof ReadItem.Unreadable u) {
      return new IngestResult(u.id(), IngestResult.Status.SKIPPED, ReadItem.STAGE + ": " + u.reason(), List.of(), null);
    }
    StoredArticle a = store.findArticle(item.id())
        .orElseThrow(() -> new IllegalStateException("article " + item.id() + " was stored but cannot be read back"));
    if (a.skipped()) {
      return new IngestResult(item.id(), IngestResult.Status.SKIPPED, a.skipStage() + ": " + a.skipReason(), List.of(),
          a.article().text());
    }
    return IngestResult.added(item.id(), a.article().text(), a.mentions());
  }

  // ---------------------------------------------------------------- reading

  @Override public EventPage events(EventQuery query, PageRequest page) {
    PagePosition after = page.cursor() == null ? null : Cursors.decode(page.cursor());
    EventFilter filter = Filters.of(query, page.limit() + 1); // one more than the page: is there a next page?
    if (filter == null) return new EventPage(List.of(), 0, null);
    List<StoredEvent> items = store.newestFirst(filter, after, page.offset());
    long total = Math.max(counts.get(withoutLimit(filter), store::count), page.offset() + Math.min(items.size(), page.limit()));
    if (items.size() <= page.limit()) return new EventPage(items, total, null);
    items = items.subList(0, page.limit());
    return new EventPage(items, total, Cursors.encode(PagePosition.of(items.get(items.size() - 1))));
  }

  @Override public List<SeriesPoint> dyadSeries(PartyPair dyad, Interval interval, @Nullable LocalDate from, @Nullable LocalDate to) {
    return store.series(Filters.dyad(dyad), false, interval, from, to);
  }

  @Override public List<Alert> alerts(@Nullable LocalDate from, @Nullable LocalDate to, int maxDrivers, int limit) {
    return alerts.get(new AlertQuery(from, to, maxDrivers, limit),
        q -> List.copyOf(new AlertService(store, detector).newest(q.from(), q.to(), q.maxDrivers(), q.limit())));
  }

  private record AlertQuery(@Nullable LocalDate from, @Nullable LocalDate to, int maxDrivers, int limit) {}

  private static EventFilter withoutLimit(EventFilter f) {
    return new EventFilter(f.actor(), f.country(), f.dyad(), f.directed(), f.cameo(), f.plover(), f.quadClass(), f.modality(),
        f.from(), f.to(), 1);
  }

  @Override public Optional<StoredArticle> article(String id) { return store.findArticle(id); }

  @Override public List<DyadSummary> dyads(EventQuery query, int limit) {
    EventFilter filter = Filters.of(query, limit);
    return filter == null ? List.of() : store.dyads(filter);
  }

  @Override public Totals totals() {
    StoreStats s = store.stats(0);
    long unread = s.skippedByStage().getOrDefault(ReadItem.STAGE, 0L);
    long skipped = s.skippedByStage().values().stream().mapToLong(Long::longValue).sum();
    return new Totals(s.articles() + unread, skipped, s.events(), s.first(), s.last());
  }

  @Override public void close() { store.close(); }
}
