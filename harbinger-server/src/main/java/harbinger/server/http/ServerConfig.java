package harbinger.server.http;

import harbinger.error.ConfigException;
import java.util.Locale;
import java.util.Objects;

/**
 * The server's settings, validated at startup (the command line resolves where each comes from).
 *
 * @param host address to listen on ({@code 127.0.0.1} by default: the dashboard is for the local analyst)
 * @param port TCP port, 0 for any free port
 * @param token the bearer token that writes (and, when {@code privateReads}, reads) must present; at least 16 characters
 * @param privateReads whether reads need the token too
 * @param maxBodyBytes largest request body accepted, 1 KiB..64 MiB
 * @param maxBatch most articles in one POST, 1..1000
 */
public record ServerConfig(String host, int port, String token, boolean privateReads, long maxBodyBytes, int maxBatch) {
  public static final long DEFAULT_MAX_BODY = 4L << 20;
  public static final int DEFAULT_MAX_BATCH = 100;

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(token, "token");
    check(!host.isBlank(), "host must not be blank");
    check(port >= 0 && port <= 65_535, "port must be in 0..65535 but was %d", port);
    check(token.length() >= 16 && token.matches("[\\x21-\\x7e]+"),
        "token must be at least 16 visible ASCII characters without spaces but had %d characters", token.length());
    check(maxBodyBytes >= 1024 && maxBodyBytes <= 64L << 20, "maxBodyBytes must be in 1024..67108864 but was %d", maxBodyBytes);
    check(maxBatch >= 1 && maxBatch <= 1000, "maxBatch must be in 1..1000 but was %d", maxBatch);
  }

  /** Loopback, the given port and token, open reads, default limits. */
  public static ServerConfig local(int port, String token) {
    return new ServerConfig("127.0.0.1", port, token, false, DEFAULT_MAX_BODY, DEFAULT_MAX_BATCH);
  }

  public ServerConfig withPrivateReads(boolean value) { return new ServerConfig(host, port, token, value, maxBodyBytes, maxBatch); }

  public ServerConfig withLimits(long bodyBytes, int batch) { return new ServerConfig(host, port, token, privateReads, bodyBytes, batch); }

  private static void check(boolean ok, String format, Object... args) {
    if (!ok) throw new ConfigException(String.format(Locale.ROOT, format, args));
  }
}
