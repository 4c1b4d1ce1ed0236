package harbinger.cli;

import harbinger.error.ConfigException;
import harbinger.server.bench.HttpLoad;
import harbinger.server.http.HarbingerServer;
import harbinger.server.http.ServerConfig;
import harbinger.server.http.TokenFile;
import harbinger.server.store.StoreBackend;
import harbinger.store.EventStore;
import harbinger.store.SyntheticEvents;
import harbinger.store.duckdb.DuckDbStores;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code harbinger bench-http}: requests/s and latency percentiles of {@code GET /api/events} under
 * {@code --clients} concurrent clients, against a running server on this machine ({@code --url}, such as
 * {@code harbinger serve --db FILE}), or against a server it starts on loopback over the DuckDB store {@code --db}, or
 * over a temporary store it fills with {@code --events} synthetic events ({@link SyntheticEvents}, through the
 * store's normal batched write path) and deletes afterwards. Bounded by {@code --requests} and {@code --seconds}.
 */
@Command(name = "bench-http", mixinStandardHelpOptions = true,
    description = "Load-test GET /api/events over loopback: requests/s, p50 and p99 latency.")
final class BenchHttpCommand implements Callable<Integer> {
  static final List<String> DEFAULT_PATHS = List.of(
      "/api/events?limit=50",
      "/api/events?limit=50&dyad=USA,RUS",
      "/api/events?limit=50&country=UKR&quad=4",
      "/api/events?limit=50&root=19&from=2021-01-01&to=2021-12-31");
  static final LocalDate SYNTHETIC_START = LocalDate.of(2020, 1, 1);

  @Option(names = "--url", paramLabel = "URL", description = "A running server on this machine (http://127.0.0.1:8080); default: start one.")
  @Nullable URI url;

  @Option(names = "--db", paramLabel = "FILE", description = "Serve this existing store (read-only) instead of a temporary synthetic one.")
  @Nullable Path db;

  @Option(names = "--events", defaultValue = "1000000", description = "Synthetic events for the temporary store when neither --url nor --db is given (default: ${DEFAULT-VALUE}).")
  int events;

  @Option(names = "--clients", defaultValue = "32", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--requests", defaultValue = "20000", description = "Measured requests (default: ${DEFAULT-VALUE}).")
  long requests;

  @Option(names = "--seconds", defaultValue = "60", description = "Stop after this many seconds at most (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--path", paramLabel = "PATH", description = "Request paths, used in turn (default: four typical event queries).")
  List<String> paths;

  @Mixin ProgressOptions progress;

  @Spec CommandSpec spec;

  @Override public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (events < 1 || events > 5_000_000) throw new ConfigException("--events must be in 1..5000000 but was " + events);
    if (seconds < 1 || seconds > 1800) throw new ConfigException("--seconds must be in 1..1800 but was " + seconds);
    if (url != null && db != null) throw new ConfigException("give --url or --db, not both");
    List<String> use = paths == null || paths.isEmpty() ? DEFAULT_PATHS : paths;
    HarbingerServer server = null;
    StoreBackend backend = null;
    Path temp = null;
    try {
      URI base = url;
      if (base == null) {
        long t0 = System.nanoTime();
        Path file = db;
        if (file == null) {
          temp = Files.createTempDirectory("harbinger-bench-http");
          file = temp.resolve("bench.duckdb");
          try (EventStore s = DuckDbStores.open(file, DuckDbStores.Mode.WRITE, Duration.ZERO);
               Progress bar = progress.bar(spec.commandLine().getErr(), "articles", articlesFor(events))) {
            fill(s, events, bar);
          }
        }
        backend = StoreBackend.over(DuckDbStores.open(file, DuckDbStores.Mode.READ, Duration.ZERO), () -> {
          throw new ConfigException("bench-http serves its store read-only");
        }, 1);
        server = HarbingerServer.start(ServerConfig.local(0, TokenFile.generate()), backend, backend);
        base = URI.create(server.url());
        out.printf(Locale.ROOT, "server: DuckDB store %s of %,d events (%s in %.1f s), at %s%n", db == null ? "(temporary)" : db,
            backend.totals().events(), db == null ? "filled" : "opened", (System.nanoTime() - t0) / 1e9, base);
      }
      int warmup = (int) Math.min(2000, Math.max(100, requests / 10));
      HttpLoad.Report r = HttpLoad.run(base, use, clients, requests, warmup, Duration.ofSeconds(seconds));
      out.println("paths: " + String.join("  ", use));
      out.println(r.format());
      out.flush();
      return r.errors() == 0 ? 0 : 1;
    } finally {
      if (server != null) server.close();
      if (backend != null) backend.close();
      if (temp != null) deleteTree(temp);
    }
  }

  private static final int EVENTS_PER_ARTICLE = 4;

  /** Synthetic articles that hold {@code events} events. */
  static int articlesFor(int events) { return (events + EVENTS_PER_ARTICLE - 1) / EVENTS_PER_ARTICLE; }

  /** Adds synthetic articles of 4 events each, spread over 2020-2022, in transactions of 2,000 articles. */
  static void fill(EventStore store, int n, Progress bar) {
    SyntheticEvents corpus = new SyntheticEvents();
    int articles = articlesFor(n);
    for (int first = 0; first < articles; first += 2_000) {
      int count = Math.min(2_000, articles - first);
      store.add(corpus.articles(7, first, count, articles, 3 * 365, EVENTS_PER_ARTICLE, SYNTHETIC_START));
      bar.step(count);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
