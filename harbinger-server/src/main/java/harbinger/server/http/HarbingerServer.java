package harbinger.server.http;

import harbinger.error.ConfigException;
import harbinger.server.ArticleIngest;
import harbinger.server.EventQueries;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The HTTP API and the dashboard on one port: starts Javalin with the {@link Routes route table}, the bearer-token
 * check, the error mapping and the static files, over the given ports. Thread-safe; stop it with {@link #close}.
 *
 * <pre>
 * GET  /api/health                     open    status and store totals
 * GET  /api/openapi.json               open    the OpenAPI 3.1 document of this API
 * GET  /api/events                     read    filtered, paginated events
 * GET  /api/dyads                      read    busiest dyads (picker, actor network)
 * GET  /api/dyads/{a}/{b}/series       read    a dyad's daily or weekly series
 * GET  /api/alerts                     read    escalation alerts with their driving events
 * GET  /api/articles/{id}              read    an article with its evidence spans
 * POST /api/articles                   write   code and store articles
 * GET  /                               open    the dashboard (static files; ECharts from its WebJar)
 * </pre>
 */
public final class HarbingerServer implements AutoCloseable {
  private final Javalin app;
  private final List<Route> routes;
  private final String host;

  private HarbingerServer(Javalin app, List<Route> routes, String host) {
    this.app = app;
    this.routes = routes;
    this.host = host;
  }

  /** Starts a server that logs errors to standard error. */
  public static HarbingerServer start(ServerConfig config, EventQueries queries, ArticleIngest ingest) {
    return start(config, queries, ingest, System.err);
  }

  /**
   * @throws ConfigException when the port cannot be bound
   */
  public static HarbingerServer start(ServerConfig config, EventQueries queries, ArticleIngest ingest, PrintStream log) {
    Objects.requireNonNull(config, "config");
    Auth auth = new Auth(config.token(), config.privateReads());
    ApiHandlers handlers = new ApiHandlers(Objects.requireNonNull(queries, "queries"), Objects.requireNonNull(ingest, "ingest"),
        config, openApiDocument());
    List<Route> routes = Routes.all(handlers);
    Errors errors = new Errors(log);
    Javalin app = Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      c.startup.showOldJavalinVersionWarning = false;
      c.http.maxRequestSize = config.maxBodyBytes();
      c.http.prefer405over404 = true;
      c.staticFiles.add(s -> {
        s.hostedPath = "/";
        s.directory = "/harbinger/web";
        s.location = Location.CLASSPATH;
        s.headers = Map.of("Cache-Control", "no-cache");
      });
      c.staticFiles.enableWebjars();
      c.routes.after(ctx -> {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:");
        ctx.header("Referrer-Policy", "no-referrer");
      });
      for (Route r : routes) {
        c.routes.addHttpHandler(type(r.method()), r.path(), ctx -> {
          auth.check(r.access(), ctx);
          r.handler().handle(ctx);
        });
      }
      errors.install(c.routes);
    });
    try {
      app.start(config.host(), config.port());
    } catch (RuntimeException e) {
      throw new ConfigException("cannot listen on " + config.host() + ":" + config.port() + ": " + rootMessage(e));
    }
    return new HarbingerServer(app, routes, config.host());
  }

  private static HandlerType type(String method) {
    return switch (method) {
      case "GET" -> HandlerType.GET;
      case "POST" -> HandlerType.POST;
      default -> throw new IllegalArgumentException("no route method " + method);
    };
  }

  private static String rootMessage(Throwable t) {
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return String.valueOf(t.getMessage());
  }

  static byte[] openApiDocument() {
    try (InputStream in = HarbingerServer.class.getResourceAsStream("/harbinger/server/openapi.json")) {
      if (in == null) throw new IllegalStateException("openapi.json is missing from the classpath");
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read openapi.json", e);
    }
  }

  /** The port the server listens on (the one chosen when 0 was asked for). */
  public int port() { return app.port(); }

  /** {@code http://host:port/}, the dashboard's address. */
  public String url() {
    String h = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
    return "http://" + h + ":" + port() + "/";
  }

  /** The registered API routes (tests compare them with the OpenAPI document). */
  List<Route> routes() { return routes; }

  /** The running Javalin instance (tests list what it really registered). */
  Javalin javalin() { return app; }

  @Override public void close() { app.stop(); }
}
