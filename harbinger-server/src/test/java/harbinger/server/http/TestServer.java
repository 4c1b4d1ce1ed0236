package harbinger.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import harbinger.coding.EventCoder;
import harbinger.model.AnnotatedDoc;
import harbinger.nlp.NlpAnnotator;
import harbinger.pipeline.Pipeline;
import harbinger.server.bench.SyntheticCorpus;
import harbinger.server.memory.MemoryStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * A real server on a random loopback port over an in-memory store of synthetic events, with a pipeline whose
 * annotator finds no sentences (so POSTed articles are coded, stored and yield no events: HTTP behaviour without
 * CoreNLP). Close it after use.
 */
final class TestServer implements AutoCloseable {
  static final String TOKEN = "test-token-0123456789abcdef";
  static final ObjectMapper JSON = new ObjectMapper();
  private static EventCoder coder;
  final MemoryStore store;
  final HarbingerServer server;
  final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private final HttpClient http = HttpClient.newHttpClient();

  /** Request outcome: status, headers and the body as JSON (null when the body is not JSON). */
  record Answer(int status, HttpResponse<String> response, JsonNode json) {
    String header(String name) { return response.headers().firstValue(name).orElse(null); }
  }

  TestServer(int syntheticArticles, ServerConfig config) {
    store = MemoryStore.coding(() -> Pipeline.create(EMPTY, coder()), 1);
    if (syntheticArticles > 0) {
      store.add(new SyntheticCorpus().articles(11, 0, syntheticArticles, syntheticArticles, 400, 4, LocalDate.of(2023, 1, 1)));
    }
    server = HarbingerServer.start(config, store, store, new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  TestServer(int syntheticArticles) { this(syntheticArticles, ServerConfig.local(0, TOKEN)); }

  static final NlpAnnotator EMPTY = article -> new AnnotatedDoc(article, List.of());

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

  @Override public void close() { server.close(); }
}
