package harbinger.server.store;

import harbinger.store.EventFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

/**
 * The number of events matching each recently asked filter, so that paging through a result (or many clients
 * asking for the same dashboard view) counts it once: a {@code count(*)} over a million events costs about as much
 * as the page itself. An entry lasts until {@link #invalidate} (called after this server writes the store), and at
 * most {@code maxAgeNanos} (finite when other processes may write the store meanwhile). The 512 most recently used
 * filters are kept. Thread-safe; counting runs outside the lock, and a count that started before an invalidation is
 * not kept.
 */
final class CountCache {
  static final int CAPACITY = 512;
  private final long maxAgeNanos;
  private final LongSupplier nanos;
  private final Map<EventFilter, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
    @Override protected boolean removeEldestEntry(Map.Entry<EventFilter, Entry> eldest) { return size() > CAPACITY; }
  };
  private long generation;

  private record Entry(long count, long at) {}

  /**
   * @param maxAgeNanos how long a count may be used, {@code Long.MAX_VALUE} when only this process writes the store
   * @param nanos the clock ({@code System::nanoTime}; tests pass their own)
   */
  CountCache(long maxAgeNanos, LongSupplier nanos) {
    if (maxAgeNanos < 0) throw new IllegalArgumentException("maxAgeNanos must be >= 0 but was " + maxAgeNanos);
    this.maxAgeNanos = maxAgeNanos;
    this.nanos = nanos;
  }

  /** The count of {@code filter} (its limit does not matter), from the cache or from {@code count}. */
  long count(EventFilter filter, ToLongFunction<EventFilter> count) {
    EventFilter key = withoutLimit(filter);
    long g;
    synchronized (this) {
      Entry e = entries.get(key);
      if (e != null && nanos.getAsLong() - e.at() <= maxAgeNanos) return e.count();
      g = generation;
    }
    long at = nanos.getAsLong();
    long n = count.applyAsLong(key);
    synchronized (this) {
      if (g == generation) entries.put(key, new Entry(n, at));
    }
    return n;
  }

  /** Forgets every count: the store has changed. */
  synchronized void invalidate() {
    generation++;
    entries.clear();
  }

  private static EventFilter withoutLimit(EventFilter f) {
    return new EventFilter(f.actor(), f.country(), f.dyad(), f.directed(), f.cameo(), f.plover(), f.quadClass(), f.modality(),
        f.from(), f.to(), 1);
  }
}
