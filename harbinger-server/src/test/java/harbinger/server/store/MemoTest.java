package harbinger.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class MemoTest {
  private final AtomicLong now = new AtomicLong();
  private final AtomicLong computed = new AtomicLong();

  private long get(Memo<String, Long> memo, String key, long answer) {
    return memo.get(key, k -> {
      computed.incrementAndGet();
      return answer;
    });
  }

  @Test
  void computesEachKeyOnce() {
    Memo<String, Long> memo = new Memo<>(Long.MAX_VALUE, now::get);
    assertEquals(7, get(memo, "RUS", 7));
    assertEquals(7, get(memo, "RUS", 99));
    assertEquals(3, get(memo, "UKR", 3));
    assertEquals(2, computed.get());
  }

  @Test
  void forgetsEverythingWhenTheStoreChanges() {
    Memo<String, Long> memo = new Memo<>(Long.MAX_VALUE, now::get);
    get(memo, "all", 7);
    memo.invalidate();
    assertEquals(8, get(memo, "all", 8));
    assertEquals(2, computed.get());
  }

  @Test
  void anAnswerComputedWhileTheStoreChangedIsNotKept() {
    Memo<String, Long> memo = new Memo<>(Long.MAX_VALUE, now::get);
    assertEquals(7, memo.get("all", k -> {
      memo.invalidate(); // a write commits while this runs
      return 7L;
    }));
    assertEquals(8, get(memo, "all", 8));
  }

  @Test
  void answersExpireWhenOtherProcessesMayWrite() {
    Memo<String, Long> memo = new Memo<>(2_000, now::get);
    get(memo, "all", 7);
    now.set(2_000);
    assertEquals(7, get(memo, "all", 8));
    now.set(2_001);
    assertEquals(8, get(memo, "all", 8));
  }

  @Test
  void keepsOnlyTheMostRecentlyUsedKeys() {
    Memo<String, Long> memo = new Memo<>(Long.MAX_VALUE, now::get);
    get(memo, "first", 1);
    for (int i = 0; i < Memo.CAPACITY; i++) get(memo, "k" + i, i);
    assertEquals(-1, get(memo, "first", -1), "the least recently used key was dropped");
  }
}
