package harbinger.server.store;

import harbinger.model.Article;
import harbinger.pipeline.Result;
import harbinger.store.BatchReport;
import harbinger.store.DailyConflict;
import harbinger.store.Dyad;
import harbinger.store.DyadSummary;
import harbinger.store.EventFilter;
import harbinger.store.EventRecord;
import harbinger.store.EventStore;
import harbinger.store.Interval;
import harbinger.store.PagePosition;
import harbinger.store.QueryResult;
import harbinger.store.SeriesPoint;
import harbinger.store.StoreStats;
import harbinger.store.StoredArticle;
import harbinger.store.StoredEvent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * An {@link EventStore} that many threads may share: every call holds one fair lock, so calls reach the
 * single-threaded store one at a time, in the order they arrived (a request waits for the ones before it, never
 * for ever). Coding is not a store call, so an {@code IngestService} over this store codes without the lock and
 * takes it only to look up and to add.
 */
final class SerialStore implements EventStore {
  private final EventStore store;
  private final ReentrantLock lock = new ReentrantLock(true);

  SerialStore(EventStore store) { this.store = store; }

  private <T> T locked(Supplier<T> call) {
    lock.lock();
    try {
      return call.get();
    } finally {
      lock.unlock();
    }
  }

  @Override public Map<String, String> findStored(List<Article> articles) { return locked(() -> store.findStored(articles)); }

  @Override public BatchReport add(List<Result> results) { return locked(() -> store.add(results)); }

  @Override public List<StoredEvent> events(EventFilter filter) { return locked(() -> store.events(filter)); }

  @Override public List<StoredEvent> newestFirst(EventFilter filter, @Nullable PagePosition after, int offset) {
    return locked(() -> store.newestFirst(filter, after, offset));
  }

  @Override public long count(EventFilter filter) { return locked(() -> store.count(filter)); }

  @Override public List<DyadSummary> dyads(EventFilter filter) { return locked(() -> store.dyads(filter)); }

  @Override public Optional<StoredArticle> findArticle(String id) { return locked(() -> store.findArticle(id)); }

  @Override public void forEachRecord(EventFilter filter, Consumer<EventRecord> sink) {
    locked(() -> {
      store.forEachRecord(filter, sink);
      return null;
    });
  }

  @Override public List<SeriesPoint> series(Dyad dyad, boolean directed, Interval interval, @Nullable LocalDate from,
                                            @Nullable LocalDate to) {
    return locked(() -> store.series(dyad, directed, interval, from, to));
  }

  @Override public List<DailyConflict> dailyConflict(@Nullable LocalDate from, @Nullable LocalDate to) {
    return locked(() -> store.dailyConflict(from, to));
  }

  @Override public StoreStats stats(int topDyads) { return locked(() -> store.stats(topDyads)); }

  @Override public QueryResult query(String sql, int maxRows) { return locked(() -> store.query(sql, maxRows)); }

  @Override public void exportParquet(EventFilter filter, Path out) {
    locked(() -> {
      store.exportParquet(filter, out);
      return null;
    });
  }

  @Override public Map<String, Long> tableCounts() { return locked(store::tableCounts); }

  @Override public void close() {
    locked(() -> {
      store.close();
      return null;
    });
  }
}
