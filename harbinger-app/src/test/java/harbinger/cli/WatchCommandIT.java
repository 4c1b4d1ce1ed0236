package harbinger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import harbinger.e2e.TestEngine;
import harbinger.store.EventStore;
import harbinger.store.duckdb.DuckDbStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code watch --db} end to end with real CoreNLP: a loopback site serves a feed of two articles of the bundled
 * sample corpus as HTML pages plus one item that is not a page; two polls go into a real DuckDB file. The store
 * must hold the articles' events after the first poll, the second poll must find nothing new, and the bad item
 * must be stored as skipped with its reason.
 */
class WatchCommandIT {
  @TempDir Path dir;

  @Test void twoPollsStoreTheEventsOnceAndTheBadItemAsSkipped() throws IOException {
    try (LoopbackSite site = new LoopbackSite()) {
      List<String> paths = new ArrayList<>();
      ObjectMapper json = new ObjectMapper();
      List<String> lines = Files.readAllLines(IngestCommandIT.repo().resolve("samples/sample-corpus.jsonl"));
      for (String line : lines.subList(0, 2)) {
        JsonNode a = json.readTree(line);
        String path = "/" + a.get("id").asText() + ".html";
        StringBuilder html = new StringBuilder("<html><body><article><h1>").append(a.get("title").asText()).append("</h1>");
        for (String p : a.get("text").asText().split("\n\n")) html.append("<p>").append(p).append("</p>");
        site.pages.put(path, html.append("</article></body></html>").toString());
        paths.add(path);
      }
      site.pages.put("/rss.xml", site.rss("a", paths.get(0), "b", paths.get(1), "c", "/broken.bin"));
      site.pages.put("/broken.bin", "\u0000\u0001\u0002 truncated download");
      Path feeds = dir.resolve("feeds.txt");
      Files.writeString(feeds, site.base() + "/rss.xml\n");
      Path db = dir.resolve("watch.duckdb");

      Cli.Run first = Cli.run(TestEngine.get(), "watch", feeds.toString(), "--once", "--db", db.toString(), "--threads", "1");
      assertEquals(0, first.exit(), first.err());
      assertTrue(first.err().startsWith("poll 1: 1 feeds (0 not modified, 0 failed), 3 new items: 2 coded, "), first.err());
      assertTrue(first.err().contains(", 1 skipped, 0 already stored (not coded again)"), first.err());
      Map<String, Long> stored = tables(db);
      assertEquals(2L, stored.get("articles"), stored::toString);
      assertEquals(3L, stored.get("outcomes"), stored::toString);
      assertTrue(stored.get("events") > 0 && stored.get("mentions") >= stored.get("events"), stored::toString);
      assertEquals(List.of(List.of(site.base() + "/broken.bin", "not an HTML page (application/octet-stream)")),
          query(db, "SELECT item_id, reason FROM outcomes WHERE status = 'skipped'"));
      assertEquals(List.of(List.of("2")), query(db, "SELECT count(DISTINCT article_id) FROM mentions"));

      Cli.Run second = Cli.run(TestEngine.get(), "watch", feeds.toString(), "--once", "--db", db.toString());
      assertEquals(0, second.exit(), second.err());
      assertTrue(second.err().startsWith("poll 1: 1 feeds (0 not modified, 0 failed), 0 new items: 0 coded, 0 events, 0 skipped"),
          second.err());
      assertEquals(stored, tables(db));
    }
  }

  private static Map<String, Long> tables(Path db) {
    try (EventStore store = DuckDbStores.open(db, DuckDbStores.Mode.READ, Duration.ofSeconds(5))) {
      return store.tableCounts();
    }
  }

  private static List<List<String>> query(Path db, String sql) {
    try (EventStore store = DuckDbStores.open(db, DuckDbStores.Mode.READ, Duration.ofSeconds(5))) {
      return store.query(sql, 10).rows();
    }
  }
}
