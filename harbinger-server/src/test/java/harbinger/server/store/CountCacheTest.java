package harbinger.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import harbinger.store.EventFilter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CountCacheTest {
  private final AtomicLong now = new AtomicLong();
  private final AtomicLong counted = new AtomicLong();

  private long count(CountCache cache, EventFilter f, long answer) {
    return cache.count(f, x -> {
      counted.incrementAndGet();
      return answer;
    });
  }

  @Test
  void countsEachFilterOnceWhateverItsLimit() {
    CountCache cache = new CountCache(Long.MAX_VALUE, now::get);
    assertEquals(7, count(cache, EventFilter.builder().country("RUS").limit(50).build(), 7));
    assertEquals(7, count(cache, EventFilter.builder().country("RUS").limit(10).build(), 99));
    assertEquals(3, count(cache, EventFilter.builder().country("UKR").limit(50).build(), 3));
    assertEquals(2, counted.get());
  }

  @Test
  void forgetsEverythingWhenTheStoreChanges() {
    CountCache cache = new CountCache(Long.MAX_VALUE, now::get);
    count(cache, EventFilter.all(), 7);
    cache.invalidate();
    assertEquals(8, count(cache, EventFilter.all(), 8));
    assertEquals(2, counted.get());
  }

  @Test
  void aCountTakenWhileTheStoreChangedIsNotKept() {
    CountCache cache = new CountCache(Long.MAX_VALUE, now::get);
    assertEquals(7, cache.count(EventFilter.all(), f -> {
      cache.invalidate(); // a write commits while this count runs
      return 7;
    }));
    assertEquals(8, count(cache, EventFilter.all(), 8));
  }

  @Test
  void countsExpireWhenOtherProcessesMayWrite() {
    CountCache cache = new CountCache(2_000, now::get);
    count(cache, EventFilter.all(), 7);
    now.set(2_000);
    assertEquals(7, count(cache, EventFilter.all(), 8));
    now.set(2_001);
    assertEquals(8, count(cache, EventFilter.all(), 8));
  }
}
