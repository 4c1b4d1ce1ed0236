package harbinger.cli;

import harbinger.error.ConfigException;
import harbinger.pipeline.Result;
import harbinger.server.bench.HttpLoad;
import harbinger.server.bench.SyntheticCorpus;
import harbinger.server.http.HarbingerServer;
import harbinger.server.http.ServerConfig;
import harbinger.server.http.TokenFile;
import harbinger.server.memory.MemoryStore;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code harbinger bench-http}: requests/s and latency percentiles of {@code GET /api/events} under
 * {@code --clients} concurrent clients, against a running server on this machine ({@code --url}) or against a
 * server it starts on loopback over {@code --events} synthetic events held in memory. Bounded by
 * {@code --requests} and {@code --seconds}. Filling the in-memory store draws a progress bar on a terminal (or with
 * {@code --progress}), erased before the results; the load itself draws none (it is bounded by {@code --seconds}).
 */
@Command(name = "bench-http", mixinStandardHelpOptions = true,
    description = "Load-test GET /api/events over loopback: requests/s, p50 and p99 latency.")
final class BenchHttpCommand implements Callable<Integer> {
  static final List<String> DEFAULT_PATHS = List.of(
      "/api/events?limit=50",
      "/api/events?limit=50&dyad=USA,RUS",
      "/api/events?limit=50&country=UKR&quad=4",
      "/api/events?limit=50&root=19&from=2023-01-01&to=2023-12-31");

  @Option(names = "--url", paramLabel = "URL", description = "A running server on this machine (http://127.0.0.1:8080); default: start one.")
  @Nullable URI url;

  @Option(names = "--events", defaultValue = "1000000", description = "Synthetic events to serve when no --url is given (default: ${DEFAULT-VALUE}).")
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

  @Override public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (events < 1 || events > 5_000_000) throw new ConfigException("--events must be in 1..5000000 but was " + events);
    if (seconds < 1 || seconds > 1800) throw new ConfigException("--seconds must be in 1..1800 but was " + seconds);
    List<String> use = paths == null || paths.isEmpty() ? DEFAULT_PATHS : paths;
    HarbingerServer server = null;
    try {
      URI base = url;
      if (base == null) {
        long t0 = System.nanoTime();
        MemoryStore store = MemoryStore.readOnly();
        try (Progress bar = progress.bar(spec.commandLine().getErr(), "events", events)) {
          fill(store, events, bar::step);
          bar.erase();
        }
        server = HarbingerServer.start(ServerConfig.local(0, TokenFile.generate()), store, store);
        base = URI.create(server.url());
        out.printf(Locale.ROOT, "server: in-memory store of %,d synthetic events, filled in %.1f s, at %s%n",
            store.totals().events(), (System.nanoTime() - t0) / 1e9, base);
      }
      int warmup = (int) Math.min(2000, Math.max(100, requests / 10));
      HttpLoad.Report r = HttpLoad.run(base, use, clients, requests, warmup, Duration.ofSeconds(seconds));
      out.println("paths: " + String.join("  ", use));
      out.println(r.format());
      out.flush();
      return r.errors() == 0 ? 0 : 1;
    } finally {
      if (server != null) server.close();
    }
  }

  /** Adds {@code n} synthetic events to the store: 4 per article, spread over 2022-2024. */
  static void fill(MemoryStore store, int n) { fill(store, n, added -> {}); }

  /** As {@link #fill(MemoryStore, int)}; {@code added} sees the event mentions of each batch once it is added. */
  static void fill(MemoryStore store, int n, IntConsumer added) {
    SyntheticCorpus corpus = new SyntheticCorpus();
    int perArticle = 4;
    int articles = (n + perArticle - 1) / perArticle;
    for (int first = 0; first < articles; first += 20_000) {
      int count = Math.min(20_000, articles - first);
      List<Result> batch = new ArrayList<>(corpus.articles(7, first, count, articles, 3 * 365, perArticle, LocalDate.of(2022, 1, 1)));
      store.add(batch);
      added.accept(Math.min(n, (first + count) * perArticle) - Math.min(n, first * perArticle));
    }
  }
}
