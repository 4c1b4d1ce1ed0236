package harbinger.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A web site on loopback for the watch tests: serves the pages put into {@link #pages} by path (404 otherwise),
 * feeds ({@code <?xml ...}) as {@code application/rss+xml}, {@code *.bin} as {@code application/octet-stream},
 * everything else as HTML.
 */
final class LoopbackSite implements AutoCloseable {
  final Map<String, String> pages = new ConcurrentHashMap<>();
  private final HttpServer server;

  LoopbackSite() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      String body = pages.get(path);
      try (ex) {
        if (body == null) {
          ex.sendResponseHeaders(404, -1);
          return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", body.startsWith("<?xml") ? "application/rss+xml"
            : path.endsWith(".bin") ? "application/octet-stream" : "text/html; charset=utf-8");
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(bytes);
        }
      }
    });
    server.start();
  }

  /** {@code http://127.0.0.1:PORT} */
  String base() { return "http://127.0.0.1:" + server.getAddress().getPort(); }

  /** An RSS 2.0 feed of items given as guid, path on this site, guid, path, ... (in feed order). */
  String rss(String... guidAndPath) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><link>")
        .append(base()).append("/</link><description>D</description>");
    for (int i = 0; i + 1 < guidAndPath.length; i += 2) {
      sb.append("<item><title>").append(guidAndPath[i]).append("</title><link>").append(base())
          .append(guidAndPath[i + 1]).append("</link><guid>").append(guidAndPath[i]).append("</guid></item>");
    }
    return sb.append("</channel></rss>").toString();
  }

  @Override public void close() { server.stop(0); }
}
