package harbinger.cli;

import harbinger.error.ConfigException;
import harbinger.pipeline.Result;
import harbinger.store.Dyad;
import harbinger.store.EventFilter;
import harbinger.store.EventStore;
import harbinger.store.Interval;
import harbinger.store.StoreStats;
import harbinger.store.SyntheticEvents;
import harbinger.store.duckdb.DuckDbStores;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code harbinger bench-store}: writes synthetic coded articles ({@link SyntheticEvents}) into a fresh store through
 * the normal write path (duplicate checks, clustering, counts), then times a dyad series query and an event-filter
 * query. Prints events written per second and query latency percentiles. While writing, a progress bar on a
 * terminal (or with {@code --progress}); it is erased before the results are printed.
 */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
    description = "Measure store write throughput and query latency on synthetic events (default 1,000,000).")
final class BenchStoreCommand implements Callable<Integer> {
  @Option(names = "--events", defaultValue = "1000000", description = "Event mentions to write (default: ${DEFAULT-VALUE}).") int events;
  @Option(names = "--per-article", defaultValue = "5", description = "Events per synthetic article (default: ${DEFAULT-VALUE}).") int perArticle;
  @Option(names = "--batch", defaultValue = "2000", description = "Articles per transaction (default: ${DEFAULT-VALUE}).") int batch;
  @Option(names = "--single", defaultValue = "500", description = "Articles also written one transaction each, as ingest does (default: ${DEFAULT-VALUE}).") int single;
  @Option(names = "--queries", defaultValue = "200", description = "Timed runs of each query (default: ${DEFAULT-VALUE}).") int queries;
  @Option(names = "--db", paramLabel = "FILE", description = "Store file to create (default: a temporary file, deleted afterwards).") Path db;
  @Mixin ProgressOptions progress;
  @Spec CommandSpec spec;

  @Override public Integer call() throws IOException {
    if (events < 1 || perArticle < 1 || batch < 1 || queries < 1 || single < 0) throw new ConfigException("counts must be positive");
    if (db != null && Files.exists(db)) throw new ConfigException("--db " + db + " exists; the benchmark needs a new file");
    PrintWriter out = spec.commandLine().getOut();
    Path file = db != null ? db : Files.createTempDirectory("harbinger-bench").resolve("bench.duckdb");
    try {
      int articles = (events + perArticle - 1) / perArticle;
      SyntheticEvents gen = new SyntheticEvents();
      LocalDate start = LocalDate.of(2020, 1, 1);
      int days = 3 * 365;
      long writeNanos = 0;
      try (EventStore s = DuckDbStores.open(file, DuckDbStores.Mode.WRITE, Duration.ZERO)) {
        PrintWriter err = spec.commandLine().getErr();
        try (Progress bar = progress.bar(err, "articles", articles)) { // batched writes
          for (int first = 0; first < articles; first += batch) {
            List<Result> chunk = gen.articles(1, first, Math.min(batch, articles - first), articles, days, perArticle, start);
            long t0 = System.nanoTime();
            s.add(chunk);
            writeNanos += System.nanoTime() - t0;
            bar.step(chunk.size());
          }
          bar.erase();
        }
        long singleNanos = 0;
        try (Progress bar = progress.bar(err, "articles", single)) { // one transaction each: a slower rate of its own
          for (Result r : gen.articles(2, articles, single, articles, days, perArticle, start)) {
            long t0 = System.nanoTime();
            s.add(List.of(r));
            singleNanos += System.nanoTime() - t0;
            bar.step();
          }
          bar.erase();
        }
        Map<String, Long> counts = s.tableCounts();
        out.printf(Locale.ROOT, "store: %s (%.0f MiB)%n", file, Files.size(file) / 1048576.0);
        out.printf(Locale.ROOT, "wrote %d articles, %d event mentions -> %d events (batches of %d articles)%n",
            counts.get("articles") - single, (long) articles * perArticle, counts.get("events"), batch);
        out.printf(Locale.ROOT, "write (batched):            %,10.0f events/s  %,8.0f articles/s%n",
            (double) articles * perArticle / (writeNanos / 1e9), articles / (writeNanos / 1e9));
        if (single > 0) {
          out.printf(Locale.ROOT, "write (1 article per txn): %,10.0f events/s  %,8.0f articles/s  (%d articles into the full store)%n",
              (double) single * perArticle / (singleNanos / 1e9), single / (singleNanos / 1e9), single);
        }
      }
      try (EventStore s = DuckDbStores.open(file, DuckDbStores.Mode.READ, Duration.ZERO)) {
        StoreStats stats = s.stats(40);
        List<Dyad> dyads = new ArrayList<>();
        for (Map.Entry<String, Long> e : stats.topDyads()) dyads.add(Dyad.parse(e.getKey()));
        SplittableRandom r = new SplittableRandom(7);
        LocalDate first = stats.first();
        long span = stats.last().toEpochDay() - first.toEpochDay();
        long[] series = time(() -> {
          Dyad d = dyads.get(r.nextInt(dyads.size()));
          return s.series(d, false, r.nextBoolean() ? Interval.DAY : Interval.WEEK, null, null).size();
        });
        String[] countries = {"USA", "RUS", "UKR", "CHN", "IRN", "ISR", "DEU", "TUR"};
        long[] filter = time(() -> {
          LocalDate from = first.plusDays(r.nextLong(Math.max(1, span - 30)));
          return s.events(EventFilter.builder().country(countries[r.nextInt(countries.length)]).quadClass(1 + r.nextInt(4))
              .from(from).to(from.plusDays(30)).limit(100).build()).size();
        });
        out.printf(Locale.ROOT, "dyad series (top-40 dyads, day or week):   p50 %6.1f ms  p99 %6.1f ms  (%d runs)%n",
            pct(series, 50), pct(series, 99), queries);
        out.printf(Locale.ROOT, "event filter (country, quad, 30 days, 100): p50 %6.1f ms  p99 %6.1f ms  (%d runs)%n",
            pct(filter, 50), pct(filter, 99), queries);
      }
    } finally {
      if (db == null) deleteQuietly(file);
    }
    out.flush();
    return 0;
  }

  private long[] time(Supplier<Integer> query) {
    for (int i = 0; i < Math.min(20, queries); i++) query.get(); // warm-up
    long[] t = new long[queries];
    for (int i = 0; i < queries; i++) {
      long t0 = System.nanoTime();
      query.get();
      t[i] = System.nanoTime() - t0;
    }
    Arrays.sort(t);
    return t;
  }

  private static double pct(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
      Files.deleteIfExists(Path.of(file + ".wal"));
      Files.deleteIfExists(file.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
