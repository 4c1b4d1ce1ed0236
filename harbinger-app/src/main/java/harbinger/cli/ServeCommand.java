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
import harbinger.server.store.StoreBackend;
import harbinger.store.EventStore;
import harbinger.store.duckdb.DuckDbStores;
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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code harbinger serve}: the HTTP API and the dashboard on one port over the DuckDB store {@code --db} (default
 * {@code harbinger.duckdb}, as for the other store commands), until the process is stopped.
 *
 * <p>The write token comes from {@code --token}, else the environment variable {@code HARBINGER_TOKEN}, else the
 * token file beside the store ({@code FILE.token}), which is generated at the first start and printed once.
 *
 * <p>Store: by default the server holds the file (DuckDB lets one process write it, and then no other may open
 * it); {@code --shared} opens it for each request instead, so that {@code ingest} or {@code watch} in another
 * process can write between requests (requests that find it locked for longer than {@code --wait} get 503).
 * {@code --load} codes and stores files at startup, as {@code ingest} does. The language models load when the
 * first article is coded ({@code --load}, or the first POST).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the HTTP API and the dashboard over a DuckDB store (http://127.0.0.1:8080/ by default).")
final class ServeCommand implements Callable<Integer> {
  static final String TOKEN_ENV = "HARBINGER_TOKEN";

  @Mixin StoreOptions store;

  @Option(names = "--shared", description = "Open the store for each request, so other processes (ingest, watch) can write "
      + "it meanwhile; slower, and requests get 503 while another process writes for longer than --wait.")
  boolean shared;

  @Option(names = "--port", defaultValue = "8080", description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--token", paramLabel = "T", description = "Bearer token for writes (default: $" + TOKEN_ENV + ", else the token file).")
  @Nullable String token;

  @Option(names = "--private", description = "Reads need the token too (the dashboard asks for it).")
  boolean privateReads;

  @Option(names = "--load", paramLabel = "FILE|DIR", description = "Code and store these articles at startup, as ingest does (repeatable).")
  List<Path> load = new ArrayList<>();

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
    Served served = start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      served.close();
      stopped.countDown();
    }, "harbinger-serve-stop"));
    stopped.await();
    return 0;
  }

  /** A running server and the store backend under it; closing stops the server, then closes the store. */
  record Served(HarbingerServer server, StoreBackend backend) implements AutoCloseable {
    @Override public void close() {
      try {
        server.close();
      } finally {
        backend.close();
      }
    }
  }

  /** Resolves the settings, opens and fills the store and starts the server; prints the address and, once, the token. */
  Served start() {
    PrintWriter out = spec.commandLine().getOut();
    new ServerConfig(host, port, TokenFile.generate(), privateReads, maxBodyBytes, maxBatch); // refuse bad settings before writing a token file
    EventStore events = store.open(shared ? DuckDbStores.Mode.WRITE_SHARED : DuckDbStores.Mode.WRITE);
    StoreBackend backend = shared ? StoreBackend.overShared(events, engine::pipeline, Engine.threads())
        : StoreBackend.over(events, engine::pipeline, Engine.threads());
    try {
      String resolved = resolveToken(out);
      ServerConfig config = new ServerConfig(host, port, resolved, privateReads, maxBodyBytes, maxBatch);
      for (Path p : load) load(backend, p, out);
      HarbingerServer server = HarbingerServer.start(config, backend, backend);
      Totals t = backend.totals();
      out.printf("harbinger serve: store %s: %d events from %d articles%s%s%n", store.db, t.events(), t.articles(),
          shared ? "; opened for each request (--shared)" : "", privateReads ? "; reads need the token" : "");
      out.println("harbinger serve: open " + server.url() + "  (API: " + server.url() + "api/openapi.json; stop with Ctrl-C)");
      out.flush();
      return new Served(server, backend);
    } catch (RuntimeException e) {
      backend.close();
      throw e;
    }
  }

  private String resolveToken(PrintWriter out) {
    if (token != null) return token;
    String fromEnv = env.get(TOKEN_ENV);
    if (fromEnv != null && !fromEnv.isBlank()) return fromEnv.strip();
    Path file = Path.of(store.db + ".token");
    TokenFile.Loaded t = TokenFile.loadOrCreate(file);
    if (t.created()) {
      out.println("harbinger serve: write token (shown once; kept in " + file + "): " + t.token());
    } else {
      out.println("harbinger serve: write token in " + file);
    }
    return t.token();
  }

  private void load(StoreBackend backend, Path input, PrintWriter out) {
    int added = 0;
    int skipped = 0;
    int duplicates = 0;
    int events = 0;
    try (Stream<ReadItem> items = ArticleSources.open(input, ReadOptions.defaults())) {
      Iterator<ReadItem> it = items.iterator();
      while (it.hasNext()) {
        List<ReadItem> chunk = new ArrayList<>();
        while (it.hasNext() && chunk.size() < 64) chunk.add(it.next());
        for (IngestResult r : backend.ingest(chunk)) {
          if (r.status() == IngestResult.Status.ADDED) added++;
          if (r.status() == IngestResult.Status.SKIPPED) skipped++;
          if (r.status() == IngestResult.Status.DUPLICATE) duplicates++;
          events += r.events().size();
        }
      }
    }
    if (added == 0 && skipped == 0 && duplicates == 0) throw new ConfigException("--load " + input + ": no articles found");
    out.printf("harbinger serve: loaded %s: %d articles coded, %d skipped, %d already stored, %d event mentions%n", input,
        added, skipped, duplicates, events);
    out.flush();
  }
}
