package harbinger.store.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.store.EventFilter;
import harbinger.store.EventStore;
import harbinger.store.QueryResult;
import harbinger.store.StoredEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing process with SIGKILL in the middle of an ingest (one transaction per article), reopens the store,
 * checks that it holds only whole articles, re-runs the ingest and compares the result with a clean, uninterrupted
 * ingest of the same articles: nothing lost, nothing doubled.
 */
class CrashSafetyIT {
  static final int ARTICLES = 250;
  @TempDir Path dir;

  @Test void aKilledIngestLeavesWholeArticlesAndAReRunFinishesTheJob() throws Exception {
    Path db = dir.resolve("crash.duckdb");
    Process child = Children.start("ingest", db.toString(), String.valueOf(ARTICLES));
    Children.awaitLine(child, "stored 40");
    Children.kill(child);

    long storedAtKill;
    try (EventStore s = DuckDbStores.open(db, DuckDbStores.Mode.WRITE, Duration.ofSeconds(10))) {
      Map<String, Long> n = s.tableCounts();
      storedAtKill = n.get("articles");
      assertTrue(storedAtKill >= 40 && storedAtKill < ARTICLES, () -> "killed mid-run, but holds " + n);
      assertEquals(storedAtKill, n.get("outcomes"), "every stored article has its outcome");
      assertEquals(storedAtKill * StoreChild.EVENTS_PER_ARTICLE, n.get("mentions"), "every stored article has all its mentions");
    }

    Process rerun = Children.start("ingest", db.toString(), String.valueOf(ARTICLES));
    assertTrue(rerun.waitFor(300, TimeUnit.SECONDS));
    assertEquals(0, rerun.exitValue());

    Path clean = dir.resolve("clean.duckdb");
    try (EventStore s = DuckDbStores.open(clean, DuckDbStores.Mode.WRITE, Duration.ZERO)) {
      for (var r : StoreChild.corpus(ARTICLES)) s.add(List.of(r));
    }
    try (EventStore resumed = DuckDbStores.open(db, DuckDbStores.Mode.READ, Duration.ofSeconds(10));
         EventStore reference = DuckDbStores.open(clean, DuckDbStores.Mode.READ, Duration.ZERO)) {
      assertEquals(Map.of("articles", (long) ARTICLES, "outcomes", (long) ARTICLES, "events", reference.tableCounts().get("events"),
          "mentions", (long) ARTICLES * StoreChild.EVENTS_PER_ARTICLE), resumed.tableCounts());
      List<StoredEvent> a = resumed.events(EventFilter.all());
      List<StoredEvent> b = reference.events(EventFilter.all());
      assertEquals(b, a, "the resumed store equals an uninterrupted ingest");
      QueryResult keys = resumed.query("SELECT (SELECT count(*) - count(DISTINCT article_id) FROM articles), "
          + "(SELECT count(*) - count(DISTINCT item_id) FROM outcomes), (SELECT count(*) - count(DISTINCT event_id) FROM events), "
          + "(SELECT count(*) - count(DISTINCT mention_id) FROM mentions)", 1);
      assertEquals(List.of("0", "0", "0", "0"), keys.rows().get(0), "no key is stored twice");
    }
  }
}
