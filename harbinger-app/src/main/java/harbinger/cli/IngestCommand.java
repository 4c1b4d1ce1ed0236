package harbinger.cli;

import harbinger.ingest.ReadItem;
import harbinger.store.BatchReport;
import harbinger.store.EventStore;
import harbinger.store.IngestService;
import harbinger.store.duckdb.DuckDbStores;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code harbinger ingest}: codes articles with the same pipeline as {@code code}, from the same inputs (every format
 * {@code code} reads), and stores them. The store file is opened only while a chunk is written, so other processes
 * can read it in between. With a progress bar (on a terminal, or {@code --progress}) the inputs are counted first for
 * its total, as {@code code} does; the bar moves as each article is settled, before its chunk is committed.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Code articles and store articles, outcomes, events and mentions in a DuckDB file.")
final class IngestCommand implements Callable<Integer> {
  @Mixin ArticleInputs inputs;

  @Mixin StoreOptions store;

  @Mixin RunOptions run;

  @Option(names = "--chunk", defaultValue = "8", description = "Articles stored per transaction (default: ${DEFAULT-VALUE}).")
  int chunk;

  @Spec CommandSpec spec;
  private final Engine engine;

  IngestCommand(Engine engine) { this.engine = engine; }

  @Override public Integer call() {
    int workers = run.workers();
    PrintWriter err = spec.commandLine().getErr();
    IngestService.Summary s;
    try (EventStore st = store.open(DuckDbStores.Mode.WRITE_SHARED);
         Progress progress = run.bar(err, "articles", -1);
         Stream<ReadItem> items = inputs.open(engine.sources(), progress)) {
      s = new IngestService(engine::pipeline, st, workers, chunk).ingest(items, progress::step, r -> {});
    }
    BatchReport r = s.store();
    long known = r.articles().stream().filter(a -> "already stored".equals(a.reason())).count();
    if (known > 0) err.printf("%d articles already stored (by id, url or text): not coded again%n", known);
    if (s.coding().read() > 0 || known == 0) err.print(s.coding().format(50));
    err.print(storeLines(store.db, r));
    err.flush();
    return s.coding().coded() == 0 && r.count(BatchReport.Status.DUPLICATE) == 0 ? 2 : 0;
  }

  /** The store's report: one line of counts, then one line per near-duplicate (shared with {@code watch --db}). */
  static String storeLines(Path db, BatchReport r) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
        "store %s: %d added, %d near-duplicates linked, %d already stored; %d mentions, %d new events%n",
        db, r.count(BatchReport.Status.ADDED), r.count(BatchReport.Status.NEAR_DUPLICATE),
        r.count(BatchReport.Status.DUPLICATE), r.mentions(), r.newEvents()));
    for (BatchReport.ArticleResult a : r.articles()) {
      if (a.status() == BatchReport.Status.NEAR_DUPLICATE)
        sb.append(String.format(Locale.ROOT, "  %s: near-duplicate of %s (%s)%n", a.id(), a.duplicateOf(), a.reason()));
    }
    return sb.toString();
  }
}
