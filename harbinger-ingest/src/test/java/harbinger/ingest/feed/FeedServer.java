package harbinger.ingest.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A feed and page server on loopback (random port) for tests; records every request. */
final class FeedServer implements AutoCloseable {
  /** A canned answer; {@code etag}/{@code lastModified} enable conditional GET. */
  record Answer(int status, String contentType, String body, String etag, String lastModified, long delayMillis) {
    static Answer ok(String contentType, String body) { return new Answer(200, contentType, body, null, null, 0); }
  }

  private final HttpServer server;
  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  final List<String> requests = new CopyOnWriteArrayList<>();

  FeedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    server.start();
  }

  String url(String path) { return "http://127.0.0.1:" + server.getAddress().getPort() + path; }

  void serve(String path, Answer answer) { answers.put(path, answer); }

  long count(String pathAndStatus) { return requests.stream().filter(r -> r.equals(pathAndStatus)).count(); }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    Answer a = answers.get(path);
    try (ex) {
      if (a == null) {
        requests.add(path + " 404");
        ex.sendResponseHeaders(404, -1);
        return;
      }
      if (a.delayMillis() > 0) {
        try {
          Thread.sleep(a.delayMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      String inm = ex.getRequestHeaders().getFirst("If-None-Match");
      String ims = ex.getRequestHeaders().getFirst("If-Modified-Since");
      boolean fresh = a.etag() != null && a.etag().equals(inm) || a.lastModified() != null && a.lastModified().equals(ims);
      if (a.etag() != null) ex.getResponseHeaders().add("ETag", a.etag());
      if (a.lastModified() != null) ex.getResponseHeaders().add("Last-Modified", a.lastModified());
      if (fresh) {
        requests.add(path + " 304");
        ex.sendResponseHeaders(304, -1);
        return;
      }
      requests.add(path + " " + a.status());
      byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", a.contentType());
      ex.sendResponseHeaders(a.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(body);
        }
      }
    } catch (IOException e) {
      // the client gave up (a timeout test): nothing to answer
    }
  }

  @Override public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
