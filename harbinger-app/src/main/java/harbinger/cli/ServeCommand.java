package harbinger.cli;

import harbinger.error.ConfigException;
import harbinger.ingest.ArticleSources;
import harbinger.ingest.ReadItem;
import harbinger.ingest.ReadOptions;
import harbinger.server.IngestResult;
import harbinger.server.Totals;
import harbinger.server.http.HarbingerServer;
import harbinger.server.http.ServerConfig;
import harbinger.server.http.TokenFile;
import harbinger.server.memory.MemoryStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code harbinger serve}: the HTTP API and the dashboard on one port, until the process is stopped.
 *
 * <p>The write token comes from {@code --token}, else the environment variable {@code HARBINGER_TOKEN}, else the
 * token file beside the store ({@code FILE.token}), which is generated at the first start and printed once.
 *
 * <p>Store: events are kept in memory ({@link MemoryStore}), filled by {@code --load} and by {@code POST
 * /api/articles}; {@code --db} names the store file whose {@code .token} file holds the token. When the DuckDB store
 * is plugged in, {@code --db} opens it and its adapter replaces the {@code MemoryStore} in {@link #start()}; nothing
 * else changes. The language models load when the first article is coded ({@code --load}, or the first POST).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the HTTP API and the dashboard (http://127.0.0.1:8080/ by default).")
final class ServeCommand implements Callable<Integer> {
  static final String TOKEN_ENV = "HARBINGER_TOKEN";

  @Option(names = "--db", paramLabel = "FILE", defaultValue = "harbinger.duckdb",
      description = "The store file (default: ${DEFAULT-VALUE}); the write token is kept in FILE.token.")
  Path db;

  @Option(names = "--port", defaultValue = "8080", description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--token", paramLabel = "T", description = "Bearer token for writes (default: $" + TOKEN_ENV + ", else the token file).")
  @Nullable String token;

  @Option(names = "--private", description = "Reads need the token too (the dashboard asks for it).")
  boolean privateReads;

  @Option(names = "--load", paramLabel = "FILE|DIR", description = "Code and load these articles at startup (repeatable).")
  List<Path> load = new ArrayList<>();

  @Option(names = "--synthetic", paramLabel = "N", defaultValue = "0",
      description = "Also load N synthetic events (made-up articles between 30 countries) to try the dashboard at volume.")
  int synthetic;

  @Option(names = "--max-body-bytes", defaultValue = "4194304", description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
  long maxBodyBytes;

  @Option(names = "--max-batch", defaultValue = "100", description = "Most articles in one POST (default: ${DEFAULT-VALUE}).")
  int maxBatch;

  @Spec CommandSpec spec;
  private final Engine engine;
  private final Map<String, String> env;

  ServeCommand(Engine engine) { this(engine, System.getenv()); }

  ServeCommand(Engine engine, Map<String, String> env) {
    this.engine = engine;
    this.env = env;
  }

  @Override public Integer call() throws InterruptedException {
    HarbingerServer server = start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "harbinger-serve-stop"));
    stopped.await();
    return 0;
  }

  /** Resolves the settings, fills the store and starts the server; prints the address and, once, the token. */
  HarbingerServer start() {
    PrintWriter out = spec.commandLine().getOut();
    if (synthetic < 0 || synthetic > 5_000_000) throw new ConfigException("--synthetic must be in 0..5000000 but was " + synthetic);
    new ServerConfig(host, port, TokenFile.generate(), privateReads, maxBodyBytes, maxBatch); // refuse bad settings before writing a token file
    String resolved = resolveToken(out);
    ServerConfig config = new ServerConfig(host, port, resolved, privateReads, maxBodyBytes, maxBatch);
    MemoryStore store = MemoryStore.coding(engine::pipeline, Engine.threads());
    for (Path p : load) load(store, p, out);
    if (synthetic > 0) BenchHttpCommand.fill(store, synthetic);
    HarbingerServer server = HarbingerServer.start(config, store, store);
    Totals t = store.totals();
    out.printf("harbinger serve: %d events from %d articles in memory%s%n", t.events(), t.articles(),
        privateReads ? "; reads need the token" : "");
    out.println("harbinger serve: open " + server.url() + "  (API: " + server.url() + "api/openapi.json; stop with Ctrl-C)");
    out.flush();
    return server;
  }

  private String resolveToken(PrintWriter out) {
    if (token != null) return token;
    String fromEnv = env.get(TOKEN_ENV);
    if (fromEnv != null && !fromEnv.isBlank()) return fromEnv.strip();
    Path file = Path.of(db + ".token");
    TokenFile.Loaded t = TokenFile.loadOrCreate(file);
    if (t.created()) {
      out.println("harbinger serve: write token (shown once; kept in " + file + "): " + t.token());
    } else {
      out.println("harbinger serve: write token in " + file);
    }
    return t.token();
  }

  private void load(MemoryStore store, Path input, PrintWriter out) {
    int added = 0;
    int skipped = 0;
    int events = 0;
    try (Stream<ReadItem> items = ArticleSources.open(input, ReadOptions.defaults())) {
      Iterator<ReadItem> it = items.iterator();
      while (it.hasNext()) {
        List<ReadItem> chunk = new ArrayList<>();
        while (it.hasNext() && chunk.size() < 64) chunk.add(it.next());
        for (IngestResult r : store.ingest(chunk)) {
          if (r.status() == IngestResult.Status.ADDED) added++;
          if (r.status() == IngestResult.Status.SKIPPED) skipped++;
          events += r.events().size();
        }
      }
    }
    if (added == 0 && skipped == 0) throw new ConfigException("--load " + input + ": no articles found");
    out.printf("harbinger serve: loaded %s: %d articles coded, %d skipped, %d events%n", input, added, skipped, events);
    out.flush();
  }
}
