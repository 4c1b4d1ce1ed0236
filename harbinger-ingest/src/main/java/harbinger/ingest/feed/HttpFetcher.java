package harbinger.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Fetches a URL with the JDK HTTP client: redirects followed, a connect and a whole-request timeout, conditional
 * GET ({@code If-None-Match} with the last ETag, {@code If-Modified-Since} with the last {@code Last-Modified}),
 * and a size cap on the body. Thread-safe.
 */
final class HttpFetcher {
  static final String USER_AGENT = "harbinger/0.1 (news event coder; feed watcher)";

  /**
   * The answer to one request.
   *
   * @param status HTTP status (304 when not modified)
   * @param body the body, empty for 304; null when it was larger than the cap
   * @param size the body's size in bytes (counted also when over the cap)
   */
  record Fetched(int status, byte @Nullable [] body, long size, @Nullable String etag, @Nullable String lastModified,
                 @Nullable String contentType, URI finalUri) {}

  /** A request that got no answer: timed out, refused, reset. {@code reason} is short and human-readable. */
  static final class FetchFailure extends Exception {
    private static final long serialVersionUID = 1L;

    FetchFailure(String reason, @Nullable Throwable cause) { super(reason, cause); }
  }

  private final HttpClient client;
  private final Duration timeout;

  HttpFetcher(Duration timeout) {
    this.timeout = timeout;
    this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  Fetched get(URI uri, @Nullable String etag, @Nullable String lastModified, long maxBytes) throws FetchFailure {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout).GET().header("User-Agent", USER_AGENT)
        .header("Accept-Encoding", "identity");
    if (etag != null) b.header("If-None-Match", etag);
    if (lastModified != null) b.header("If-Modified-Since", lastModified);
    try {
      HttpResponse<InputStream> r = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
      byte[] body;
      long size;
      try (InputStream in = r.body()) {
        body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16L, maxBytes + 1));
        size = body.length;
        if (body.length > maxBytes) {
          body = null;
          byte[] sink = new byte[65536];
          int n;
          while ((n = in.read(sink)) >= 0) size += n;
        }
      }
      var h = r.headers();
      return new Fetched(r.statusCode(), body, size, h.firstValue("ETag").orElse(null),
          h.firstValue("Last-Modified").orElse(null), h.firstValue("Content-Type").orElse(null), r.uri());
    } catch (HttpConnectTimeoutException e) {
      throw new FetchFailure("connection timed out after " + seconds(), e);
    } catch (HttpTimeoutException e) {
      throw new FetchFailure("timed out after " + seconds(), e);
    } catch (IOException e) {
      String m = e.getMessage();
      throw new FetchFailure("cannot fetch: " + e.getClass().getSimpleName() + (m == null ? "" : ": " + m), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchFailure("interrupted", e);
    } catch (IllegalArgumentException e) {
      throw new FetchFailure("bad URL: " + e.getMessage(), e);
    }
  }

  private String seconds() {
    long ms = timeout.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }
}
