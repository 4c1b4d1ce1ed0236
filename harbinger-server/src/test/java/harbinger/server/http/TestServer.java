package harbinger.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import harbinger.coding.EventCoder;
import harbinger.model.AnnotatedDoc;
import harbinger.nlp.NlpAnnotator;
import harbinger.pipeline.Pipeline;
import harbinger.server.store.StoreBackend;
import harbinger.store.EventStore;
import harbinger.store.SyntheticEvents;
import harbinger.store.duckdb.DuckDbStores;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real server on a random loopback port over a real DuckDB store file (in a temporary directory, deleted on
 * close) holding synthetic events, with a pipeline whose annotator finds no sentences (so POSTed articles are
 * coded, stored and yield no events: HTTP behaviour without CoreNLP). Close it after use.
 */
final class TestServer implements AutoCloseable {
  static final String TOKEN = "test-token-0123456789abcdef";
  static final ObjectMapper JSON = new ObjectMapper();
  static final NlpAnnotator EMPTY = article -> new AnnotatedDoc(article, List.of());
  private static EventCoder coder;
  final Path dir;
  final Path db;
  /** The store under the server: tests may read it, or write it before the server does. */
  final EventStore store;
  final StoreBackend backend;
  final HarbingerServer server;
  final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private final HttpClient http = HttpClient.newHttpClient();

  /** Request outcome: status, headers and the body as JSON (null when the body is not JSON). */
  record Answer(int status, HttpResponse<String> response, JsonNode json) {
    String header(String name) { return response.headers().firstValue(name).orElse(null); }
  }

  /** A server over a new store holding {@code syntheticArticles} synthetic articles of four events each. */
  TestServer(int syntheticArticles, ServerConfig config) {
    this(newDir(), null, DuckDbStores.Mode.WRITE, Duration.ZERO, config, syntheticArticles);
  }

  TestServer(int syntheticArticles) { this(syntheticArticles, ServerConfig.local(0, TOKEN)); }

  private TestServer(Path dir, Path file, DuckDbStores.Mode mode, Duration wait, ServerConfig config, int syntheticArticles) {
    this.dir = dir;
    this.db = file != null ? file : dir.resolve("api.duckdb");
    store = DuckDbStores.open(db, mode, wait);
    if (syntheticArticles > 0) {
      store.add(new SyntheticEvents().articles(11, 0, syntheticArticles, syntheticArticles, 400, 4, LocalDate.of(2023, 1, 1)));
    }
    backend = mode == DuckDbStores.Mode.WRITE_SHARED ? StoreBackend.overShared(store, () -> Pipeline.create(EMPTY, coder()), 1)
        : StoreBackend.over(store, () -> Pipeline.create(EMPTY, coder()), 1);
    server = HarbingerServer.start(config, backend, backend, new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  /**
   * A server over an existing store file opened for each request ({@code WRITE_SHARED}, as {@code serve --shared}
   * does), giving up on a locked file after {@code wait}. The file is not deleted on close.
   */
  static TestServer shared(Path db, Duration wait) {
    return new TestServer(db.getParent(), db, DuckDbStores.Mode.WRITE_SHARED, wait, ServerConfig.local(0, TOKEN), 0);
  }

  private static Path newDir() {
    try {
      return Files.createTempDirectory("harbinger-api");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static synchronized EventCoder coder() {
    if (coder == null) coder = EventCoder.createDefault();
    return coder;
  }

  URI uri(String path) { return URI.create(server.url()).resolve(path); }

  Answer get(String path) { return send(HttpRequest.newBuilder(uri(path)).GET()); }

  Answer get(String path, String token) {
    return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET());
  }

  Answer post(String path, String body, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) b.header("Authorization", "Bearer " + token);
    return send(b);
  }

  Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode json = null;
      if (r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) json = JSON.readTree(r.body());
      return new Answer(r.statusCode(), r, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override public void close() {
    server.close();
    backend.close();
    if (!dir.getFileName().toString().startsWith("harbinger-api")) return;
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
