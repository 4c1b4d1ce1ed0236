package harbinger.server.bench;

import harbinger.error.ConfigException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load client: {@code clients} threads each send a GET, wait for the answer, and send the next, cycling
 * through {@code paths}, until {@code requests} have been sent in all or {@code maxTime} has passed, whichever comes
 * first; the first {@code warmup} requests are not measured. Only loopback addresses may be targeted. Each run is
 * bounded in count and time and stops by itself.
 */
public final class HttpLoad {
  private HttpLoad() {}

  /**
   * What a run measured.
   *
   * @param requests measured requests
   * @param errors measured requests that failed or did not answer 200
   * @param seconds wall time of the measured part
   */
  public record Report(int clients, long requests, long errors, double seconds, double p50Millis, double p99Millis,
                       double maxMillis) {
    public double perSecond() { return requests / seconds; }

    public String format() {
      return String.format(Locale.ROOT, "clients %d  requests %d  errors %d  seconds %.1f  requests/s %.0f  p50 %.1f ms  p99 %.1f ms  max %.1f ms",
          clients, requests, errors, seconds, perSecond(), p50Millis, p99Millis, maxMillis);
    }
  }

  /**
   * @param base the server, {@code http://127.0.0.1:PORT}
   * @param paths request paths with their query strings, used in turn
   * @throws ConfigException when the base is not a loopback http URL, or a bound is out of range
   */
  public static Report run(URI base, List<String> paths, int clients, long requests, int warmup, Duration maxTime) {
    checkLoopback(base);
    if (clients < 1 || clients > 256) throw new ConfigException("clients must be in 1..256 but was " + clients);
    if (requests < 1 || requests > 10_000_000) throw new ConfigException("requests must be in 1..10000000 but was " + requests);
    if (warmup < 0 || paths.isEmpty()) throw new ConfigException("warmup must be >= 0 and at least one path given");
    if (maxTime.isNegative() || maxTime.isZero() || maxTime.toMinutes() > 30) throw new ConfigException("time must be in (0, 30 min]");
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    List<HttpRequest> reqs = paths.stream().map(p -> HttpRequest.newBuilder(base.resolve(p)).timeout(Duration.ofSeconds(30)).GET().build()).toList();
    AtomicLong sent = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    long[][] latencies = new long[clients][];
    int[] counts = new int[clients];
    long deadline = System.nanoTime() + maxTime.toNanos();
    long[] measuredStart = {0};
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int me = c;
      latencies[c] = new long[(int) Math.min(requests / clients + 16, 2_000_000)];
      Thread t = new Thread(() -> {
        int k = me;
        while (System.nanoTime() < deadline) {
          long n = sent.getAndIncrement();
          if (n >= requests + warmup) break;
          if (n == warmup) measuredStart[0] = System.nanoTime();
          long t0 = System.nanoTime();
          boolean ok;
          try {
            ok = http.send(reqs.get(k++ % reqs.size()), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
          } catch (IOException e) {
            ok = false;
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          long dt = System.nanoTime() - t0;
          if (n >= warmup) {
            if (!ok) errors.incrementAndGet();
            if (counts[me] < latencies[me].length) latencies[me][counts[me]++] = dt;
          }
        }
      }, "bench-http-" + c);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    long end = System.nanoTime();
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int at = 0;
    for (int c = 0; c < clients; c++) {
      System.arraycopy(latencies[c], 0, all, at, counts[c]);
      at += counts[c];
    }
    Arrays.sort(all);
    double secs = measuredStart[0] == 0 ? 1e-9 : (end - measuredStart[0]) / 1e9;
    return new Report(clients, total, errors.get(), secs, pct(all, 0.50), pct(all, 0.99), total == 0 ? 0 : all[total - 1] / 1e6);
  }

  private static double pct(long[] sorted, double q) {
    if (sorted.length == 0) return 0;
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
  }

  static void checkLoopback(URI base) {
    if (!"http".equals(base.getScheme()) || base.getHost() == null)
      throw new ConfigException("the benchmark target must be an http:// URL on this machine but was " + base);
    try {
      for (InetAddress a : InetAddress.getAllByName(base.getHost())) {
        if (!a.isLoopbackAddress()) throw new ConfigException("the benchmark only targets loopback addresses; " + base.getHost() + " is " + a.getHostAddress());
      }
    } catch (java.net.UnknownHostException e) {
      throw new ConfigException("unknown benchmark host " + base.getHost());
    }
  }
}
