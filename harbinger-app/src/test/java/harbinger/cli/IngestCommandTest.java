package harbinger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import harbinger.model.AnnotatedDoc;
import harbinger.pipeline.LanguageCheck;
import harbinger.store.EventStore;
import harbinger.store.duckdb.DuckDbStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code harbinger ingest} into a real DuckDB file with the real readers and coder; the annotator finds no sentences
 * (CoreNLP is exercised by IngestCommandIT). The progress bar must account for every item and change nothing else.
 */
class IngestCommandTest {
  /** Four unrelated English texts (similar ones would be linked as near-duplicates). */
  private static final List<String> TEXTS = List.of(
      "The foreign ministers of two neighbouring states met in the capital on Tuesday to discuss the reopening of "
          + "border crossings that were closed during the dispute last year.",
      "Farmers in the northern provinces said on Monday that the late rains had ruined most of the wheat harvest and "
          + "asked the government for help with seed and fuel before the winter.",
      "The central bank kept its main interest rate unchanged for the third month in a row, saying that prices were "
          + "still rising faster than wages in most of the country.",
      "Thousands of students marched through the old town on Saturday to protest against higher university fees, and "
          + "the police closed several streets near the parliament building.");
  @TempDir Path dir;
  private Path inputs;
  private final AtomicInteger annotated = new AtomicInteger();

  @BeforeEach
  void corpus() throws IOException {
    inputs = Files.createDirectories(dir.resolve("in"));
    Files.write(inputs.resolve("news.jsonl"), List.of(
        "{\"id\":\"a1\",\"text\":\"" + TEXTS.get(0) + "\"}",
        "{\"id\":\"a2\",\"text\":\"" + TEXTS.get(1) + "\"}",
        "{not json",
        "{\"id\":\"blank\",\"text\":\" \"}",
        "{\"id\":\"a3\",\"text\":\"" + TEXTS.get(2) + "\"}"));
    Files.writeString(inputs.resolve("page.html"),
        "<html><body><article><h1>Ministers meet</h1><p>" + TEXTS.get(3) + "</p></article></body></html>");
  }

  private Cli.Run ingest(Path db, String... flags) {
    Engine engine = new Engine(() -> article -> {
      annotated.incrementAndGet();
      return new AnnotatedDoc(article, List.of());
    }, LanguageCheck.functionWords());
    List<String> args = new ArrayList<>(List.of("ingest", "--db", db.toString(), "--chunk", "2", "--threads", "2"));
    args.addAll(List.of(flags));
    args.add(inputs.toString());
    return Cli.run(engine, args.toArray(String[]::new));
  }

  private static Map<String, Long> tables(Path db) {
    try (EventStore store = DuckDbStores.open(db, DuckDbStores.Mode.READ, Duration.ofSeconds(5))) {
      return store.tableCounts();
    }
  }

  /** Standard error without the bar: everything up to the end of its line ({@code ESC[K} then a newline). */
  private static String withoutBar(String err) {
    int end = err.lastIndexOf("\u001b[K\n");
    return end < 0 ? err : err.substring(end + "\u001b[K\n".length());
  }

  @Test
  void progressCountsEveryItemAndChangesNothingElse() {
    Path withBar = dir.resolve("bar.duckdb");
    Cli.Run bar = ingest(withBar, "--progress");
    assertEquals(0, bar.exit(), bar::toString);
    String line = bar.err().substring(0, bar.err().indexOf('\n'));
    assertTrue(line.startsWith("\r["), line);
    String last = line.substring(line.lastIndexOf('\r'));
    assertTrue(last.contains("[####################] 6/6 100%") && last.contains("articles/s") && last.contains("left"), last);
    Path plain = dir.resolve("plain.duckdb");
    Cli.Run quiet = ingest(plain, "--no-progress");
    assertEquals(0, quiet.exit(), quiet::toString);
    assertFalse(quiet.err().contains("\r") || quiet.err().contains("articles/s"), quiet.err());
    assertTrue(quiet.err().startsWith("articles: 6 read, 4 coded (0 with events, 4 without), 2 skipped\n"), quiet.err());
    assertTrue(quiet.err().contains("store " + plain + ": 6 added, 0 near-duplicates linked, 0 already stored"), quiet.err());
    assertEquals(quiet.err().replace(plain.toString(), "DB"), withoutBar(bar.err()).replace(withBar.toString(), "DB"));
    assertEquals(8, annotated.get(), "four readable English articles per ingest, the HTML page among them");
    assertEquals(tables(plain), tables(withBar));
    assertEquals(6L, tables(plain).get("outcomes"), "every item, skipped ones included, has its outcome");
  }

  @Test
  void aSecondIngestWithABarFindsEveryItemStoredAndCodesNothing() {
    Path db = dir.resolve("again.duckdb");
    assertEquals(0, ingest(db, "--no-progress").exit());
    int before = annotated.get();
    Cli.Run again = ingest(db, "--progress");
    assertEquals(0, again.exit(), again::toString);
    assertTrue(again.err().contains("] 6/6 100%"), again.err());
    assertTrue(withoutBar(again.err()).contains(": 0 added, 0 near-duplicates linked, 6 already stored"), again.err());
    assertEquals(before, annotated.get(), "nothing is coded again");
  }

  @Test
  void noBarWhenNotOnATerminalAndNoFlag() {
    assumeTrue(System.console() == null, "the test JVM runs on a terminal");
    Cli.Run r = ingest(dir.resolve("default.duckdb"));
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.err().startsWith("articles: 6 read"), r.err());
  }
}
