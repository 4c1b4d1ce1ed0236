package harbinger.server.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Answers of recent store reads that are dear to compute and asked again and again: the count of a page's matches
 * (a {@code count(*)} over a million events costs about as much as the page, and paging through a result asks it
 * every page) and the escalation alerts (a scan of every dyad's daily conflict). An answer lasts until
 * {@link #invalidate} (called after this server writes the store), and at most {@code maxAgeNanos} (finite when
 * other processes may write the store meanwhile). The {@value #CAPACITY} most recently used keys are kept.
 * Thread-safe; computing runs outside the lock, and an answer computed while the store changed is not kept.
 *
 * @param <K> the question: an immutable value with equals and hashCode
 * @param <V> the answer: immutable
 */
final class Memo<K, V> {
  static final int CAPACITY = 512;
  private final long maxAgeNanos;
  private final LongSupplier nanos;
  private final Map<K, Entry<V>> entries = new LinkedHashMap<>(64, 0.75f, true) {
    @Override protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) { return size() > CAPACITY; }
  };
  private long generation;

  private record Entry<V>(V value, long at) {}

  /**
   * @param maxAgeNanos how long an answer may be used, {@code Long.MAX_VALUE} when only this process writes the store
   * @param nanos the clock ({@code System::nanoTime}; tests pass their own)
   */
  Memo(long maxAgeNanos, LongSupplier nanos) {
    if (maxAgeNanos < 0) throw new IllegalArgumentException("maxAgeNanos must be >= 0 but was " + maxAgeNanos);
    this.maxAgeNanos = maxAgeNanos;
    this.nanos = nanos;
  }

  /** The answer to {@code key}, remembered or from {@code compute}. */
  V get(K key, Function<K, V> compute) {
    long g;
    synchronized (this) {
      Entry<V> e = entries.get(key);
      if (e != null && nanos.getAsLong() - e.at() <= maxAgeNanos) return e.value();
      g = generation;
    }
    long at = nanos.getAsLong();
    V v = compute.apply(key);
    synchronized (this) {
      if (g == generation) entries.put(key, new Entry<>(v, at));
    }
    return v;
  }

  /** Forgets every answer: the store has changed. */
  synchronized void invalidate() {
    generation++;
    entries.clear();
  }
}
