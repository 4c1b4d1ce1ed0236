package harbinger.cli;

import harbinger.error.ConfigException;
import harbinger.ingest.feed.FeedList;
import harbinger.ingest.feed.FeedWatcher;
import harbinger.output.RunSummary;
import harbinger.store.EventStore;
import harbinger.store.duckdb.DuckDbStores;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code harbinger watch FEEDS.txt}: polls RSS/Atom feeds on a schedule, reads each new item's page once and
 * codes it. Like {@code code}, it writes events to standard output (or {@code --out FILE}, appended) as JSON Lines
 * unless told to store them: with {@code --db FILE}, like {@code ingest --db}, it stores articles, outcomes and
 * events in the DuckDB store instead ({@link PollSink#storing}: articles already stored are not coded again, and
 * every fetched item ends up stored, found already stored, or stored as skipped with its reason). After each poll,
 * one summary line, the store's line with {@code --db}, and the items skipped with their reasons go to standard
 * error. State (what was fetched, feed validators for conditional GET) is kept in {@code --state} (default
 * {@code FEEDS.txt.state.json}), so a restarted watcher fetches nothing twice. Runs until stopped (Ctrl-C), or
 * one poll with {@code --once}.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = "Poll RSS/Atom feeds, fetch new items once, code them: events as JSON Lines (default), "
        + "or stored in a DuckDB file with --db.")
final class WatchCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FEEDS.txt", description = "One feed URL per line; # starts a comment.")
  Path feedList;

  @Option(names = "--interval", defaultValue = "10m", converter = DurationConverter.class,
      description = "Time between the starts of two polls (30s, 10m, 2h; default 10m; at least 1s).")
  Duration interval;

  @Option(names = "--once", description = "Poll once and exit.")
  boolean once;

  @Option(names = "--state", paramLabel = "FILE", description = "State file (default: FEEDS.txt.state.json).")
  Path stateFile;

  @Option(names = "--timeout", defaultValue = "20s", converter = DurationConverter.class,
      description = "Timeout of each feed or page request (default 20s).")
  Duration timeout;

  @Option(names = "--out", paramLabel = "FILE", description = "Append events to FILE instead of standard output.")
  Path out;

  @Option(names = "--db", paramLabel = "FILE",
      description = "Store articles, outcomes and events in this DuckDB file (as ingest --db) instead of writing events.")
  Path db;

  @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "10",
      description = "With --db: how long to wait for another process that holds the store (default: ${DEFAULT-VALUE}).")
  int waitSeconds;

  @Option(names = "--chunk", defaultValue = "8",
      description = "With --db: articles stored per transaction (default: ${DEFAULT-VALUE}).")
  int chunk;

  @Mixin RunOptions run;

  @Mixin ReadLimitOptions limits;

  @Spec CommandSpec spec;
  private final Engine engine;

  WatchCommand(Engine engine) { this.engine = engine; }

  @Override public Integer call() throws InterruptedException {
    if (db != null && out != null) throw new ParameterException(spec.commandLine(), "give --out FILE or --db FILE, not both");
    if (interval.compareTo(Duration.ofSeconds(1)) < 0) throw new ConfigException("--interval must be at least 1s but was " + interval);
    int workers = run.workers();
    List<URI> feeds = FeedList.read(feedList);
    Path state = stateFile != null ? stateFile : feedList.resolveSibling(feedList.getFileName() + ".state.json");
    FeedWatcher watcher = FeedWatcher.create(feeds, state, timeout, limits.readOptions(null));
    PrintWriter err = spec.commandLine().getErr();
    try (PollSink sink = sink(workers)) {
      for (int n = 1; ; n++) {
        long started = System.nanoTime();
        FeedWatcher.Poll poll = watcher.poll();
        PollSink.Delivery d;
        try (Progress progress = run.bar(err, "articles", poll.items().size())) {
          d = sink.deliver(poll.items(), progress);
        }
        RunSummary s = d.coding();
        err.printf(Locale.ROOT, "poll %d: %d feeds (%d not modified, %d failed), %d new items: %d coded, %d events, %d skipped%s%n",
            n, poll.feeds(), poll.notModified(), poll.failedFeeds(), poll.newItems(), s.coded(), s.events(), s.skipped().size(),
            d.store() == null ? "" : ", " + d.alreadyStored() + " already stored (not coded again)");
        if (d.store() != null) err.print(IngestCommand.storeLines(db, d.store()));
        String details = s.format(50);
        err.print(details.substring(details.indexOf('\n') + 1));
        err.flush();
        if (once) return 0;
        long waitMillis = interval.toMillis() - (System.nanoTime() - started) / 1_000_000;
        if (waitMillis > 0) Thread.sleep(waitMillis);
      }
    }
  }

  /** Standard output (default), --out FILE (appended), or the store with --db. */
  private PollSink sink(int workers) {
    if (db != null) {
      if (waitSeconds < 0 || waitSeconds > 3600) throw new ConfigException("--wait must be in 0..3600 but was " + waitSeconds);
      EventStore store = DuckDbStores.open(db, DuckDbStores.Mode.WRITE_SHARED, Duration.ofSeconds(waitSeconds));
      try {
        return PollSink.storing(engine::pipeline, store, workers, chunk);
      } catch (RuntimeException e) {
        store.close();
        throw e;
      }
    }
    ResultSink results = out == null ? new ResultWriter(spec.commandLine().getOut(), ResultWriter.Format.jsonl, false, null)
                                     : new ResultWriter(append(out), ResultWriter.Format.jsonl, true, null);
    return PollSink.coding(engine.pipeline(), workers, results);
  }

  private static PrintWriter append(Path file) {
    try {
      return new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND), false);
    } catch (IOException e) {
      throw new harbinger.error.InputException("cannot open --out " + file + ": " + e.getMessage(), e);
    }
  }
}
