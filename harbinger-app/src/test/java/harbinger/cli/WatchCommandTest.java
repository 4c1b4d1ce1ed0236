package harbinger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.ingest.lang.LinguaLanguageCheck;
import harbinger.store.EventStore;
import harbinger.store.duckdb.DuckDbStores;
import harbinger.model.AnnotatedDoc;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The watch command end to end on a loopback feed server, with the real reader, language check and coder; the
 * annotator finds no sentences (CoreNLP is exercised by the integration tests), so no events are expected.
 */
class WatchCommandTest {
  private static final String ENGLISH = "<p>The foreign ministers of two neighbouring states met in the capital on Tuesday to "
      + "discuss the reopening of border crossings that were closed during the dispute last year.</p><p>Officials said "
      + "the talks lasted four hours and ended with an agreement to set up a joint commission.</p>";
  private static final String FRENCH = "<p>Les ministres des affaires étrangères de deux pays voisins se sont réunis mardi "
      + "dans la capitale pour discuter de la réouverture des postes frontières fermés pendant le conflit.</p><p>Les "
      + "responsables ont déclaré que les discussions avaient duré quatre heures et abouti à un accord.</p>";
  @TempDir Path dir;
  private LoopbackSite site;
  private String base;
  private final AtomicInteger annotated = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    site = new LoopbackSite();
    base = site.base();
    site.pages.put("/rss.xml", site.rss("en", "/en.html", "fr", "/fr.html"));
    site.pages.put("/en.html", "<html><body><article><h1>Ministers meet on border crossings</h1>" + ENGLISH + "</article></body></html>");
    site.pages.put("/fr.html", "<html><body><article><h1>Les ministres se réunissent</h1>" + FRENCH + "</article></body></html>");
    Files.writeString(dir.resolve("feeds.txt"), base + "/rss.xml\n");
  }

  @AfterEach
  void stop() { site.close(); }

  private record Run(int exit, String out, String err) {}

  private Run watch(String... args) {
    Engine engine = new Engine(() -> article -> {
      annotated.incrementAndGet();
      return new AnnotatedDoc(article, List.of());
    }, LinguaLanguageCheck.create());
    CommandLine cl = HarbingerCli.commandLine(engine);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    String[] all = new String[args.length + 2];
    all[0] = "watch";
    all[1] = dir.resolve("feeds.txt").toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return new Run(cl.execute(all), out.toString(), err.toString());
  }

  @Test
  void codesNewItemsOnceAndCountsNonEnglishAsSkipped() {
    Run first = watch("--once");
    assertEquals(0, first.exit(), first::toString);
    assertTrue(first.err().startsWith("poll 1: 1 feeds (0 not modified, 0 failed), 2 new items: 1 coded, 0 events, 1 skipped"), first.err());
    assertTrue(first.err().contains("fr.html [language]: not English (French)"), first.err());
    assertTrue(Files.exists(dir.resolve("feeds.txt.state.json")));
    Run second = watch("--once");
    assertTrue(second.err().startsWith("poll 1: 1 feeds (0 not modified, 0 failed), 0 new items: 0 coded"), second.err());
  }

  @Test
  void dbStoresEveryItemOnceAndDoesNotCodeStoredArticlesAgain() {
    site.pages.put("/rss.xml", site.rss("en", "/en.html", "fr", "/fr.html", "g", "/garbage.bin"));
    site.pages.put("/garbage.bin", "\u0000\u0001PK\u0003\u0004 not a page");
    String db = dir.resolve("events.duckdb").toString();

    Run first = watch("--once", "--db", db);
    assertEquals(0, first.exit(), first::toString);
    assertTrue(first.err().startsWith("poll 1: 1 feeds (0 not modified, 0 failed), 3 new items: 1 coded, 0 events, "
        + "2 skipped, 0 already stored (not coded again)\nstore " + db + ": 3 added, 0 near-duplicates linked, 0 already stored"),
        first.err());
    assertTrue(first.err().contains("garbage.bin [read]: not an HTML page (application/octet-stream)"), first.err());
    assertEquals("", first.out(), "--db writes no events to standard output");
    assertEquals(1, annotated.get(), "only the English article reaches the annotator");
    Map<String, Long> stored = tables(db);
    assertEquals(2L, stored.get("articles"), stored::toString);
    assertEquals(3L, stored.get("outcomes"), stored::toString);
    assertEquals(List.of(List.of(base + "/fr.html", "language", "not English (French)"),
            List.of(base + "/garbage.bin", "read", "not an HTML page (application/octet-stream)")),
        skipped(db));

    Run second = watch("--once", "--db", db);
    assertTrue(second.err().startsWith("poll 1: 1 feeds (0 not modified, 0 failed), 0 new items: 0 coded"), second.err());

    // a watcher that lost its state fetches the items again; the store recognises them and nothing is coded
    Run fresh = watch("--once", "--db", db, "--state", dir.resolve("other.state.json").toString());
    assertEquals(0, fresh.exit(), fresh::toString);
    assertTrue(fresh.err().contains("3 new items: 0 coded, 0 events, 1 skipped, 2 already stored (not coded again)"), fresh.err());
    assertTrue(fresh.err().contains(": 0 added, 0 near-duplicates linked, 3 already stored; 0 mentions, 0 new events"), fresh.err());
    assertEquals(1, annotated.get(), "articles already stored are not coded again");
    assertEquals(stored, tables(db));
  }

  @Test
  void outAndDbTogetherAreAUsageError() {
    Run r = watch("--once", "--db", dir.resolve("events.duckdb").toString(), "--out", dir.resolve("e.jsonl").toString());
    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.err().contains("give --out FILE or --db FILE, not both"), r.err());
  }

  private static Map<String, Long> tables(String db) {
    try (EventStore store = DuckDbStores.open(Path.of(db), DuckDbStores.Mode.READ, Duration.ofSeconds(5))) {
      return store.tableCounts();
    }
  }

  private static List<List<String>> skipped(String db) {
    try (EventStore store = DuckDbStores.open(Path.of(db), DuckDbStores.Mode.READ, Duration.ofSeconds(5))) {
      return store.query("SELECT item_id, stage, reason FROM outcomes WHERE status = 'skipped' ORDER BY item_id", 10).rows();
    }
  }

  @Test
  void badIntervalIsAUsageError() {
    Run r = watch("--interval", "soon");
    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.err().contains("duration must look like 30s"), r.err());
  }
}
