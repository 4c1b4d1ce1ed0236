package harbinger.store.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.store.EventStore;
import harbinger.store.StoreBusyException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DuckDB allows one writing process per file: readers get a clear message, or get in between shared writes. */
class ConcurrencyIT {
  @TempDir Path dir;

  @Test void aReaderIsToldWhoHoldsTheStore() throws Exception {
    Path db = dir.resolve("held.duckdb");
    Process child = Children.start("hold", db.toString());
    try {
      Children.awaitLine(child, "holding");
      StoreBusyException e = assertThrows(StoreBusyException.class,
          () -> DuckDbStores.open(db, DuckDbStores.Mode.READ, Duration.ofMillis(300)));
      assertEquals(child.pid(), e.pid());
      assertTrue(e.getMessage().contains("is being written by another process (pid " + child.pid() + "); try again or use --db a copy"),
          e::getMessage);
      assertThrows(StoreBusyException.class, () -> DuckDbStores.open(db, DuckDbStores.Mode.WRITE, Duration.ZERO));
    } finally {
      Children.kill(child);
    }
    try (EventStore s = DuckDbStores.open(db, DuckDbStores.Mode.READ, Duration.ofSeconds(5))) {
      assertEquals(0L, s.tableCounts().get("articles"), "once the writer is gone the store opens");
    }
  }

  @Test void readersQueryBetweenTheBatchesOfASharedIngest() throws Exception {
    Path db = dir.resolve("shared.duckdb");
    Process child = Children.start("shared", db.toString(), "40", "150");
    try {
      Children.awaitLine(child, "stored 3");
      long last = -1;
      for (int i = 0; i < 5; i++) {
        try (EventStore s = DuckDbStores.open(db, DuckDbStores.Mode.READ, Duration.ofSeconds(10))) {
          long n = s.tableCounts().get("articles");
          assertTrue(n >= last && n >= 3, () -> "articles went from " + " to " + n);
          last = n;
        }
        Thread.sleep(200);
      }
      assertTrue(child.isAlive() || child.exitValue() == 0);
      assertTrue(child.waitFor(120, TimeUnit.SECONDS));
      assertEquals(0, child.exitValue(), "the writer was never locked out for good");
    } finally {
      if (child.isAlive()) Children.kill(child);
    }
    try (EventStore s = DuckDbStores.open(db, DuckDbStores.Mode.READ, Duration.ofSeconds(5))) {
      assertEquals(40L, s.tableCounts().get("articles"));
    }
  }
}
