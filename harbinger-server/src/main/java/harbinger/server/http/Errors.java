package harbinger.server.http;

import harbinger.error.ConfigException;
import harbinger.error.EngineException;
import harbinger.error.InputException;
import harbinger.server.RequestException;
import harbinger.store.StoreBusyException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.PrintStream;
import org.jspecify.annotations.Nullable;

/**
 * Every error the API can answer, mapped to a status in this one place, always as the JSON shape {@link Shapes.Error}:
 * <pre>
 * RequestException (a request field)        400  with the field
 * InputException (unreadable input)         400
 * HttpResponseException (Javalin's: 401 no token, 403 wrong token, 404 no such article, 413 body too large, ...)
 *                                           its own status
 * StoreBusyException (another process       503  with Retry-After; the message names no file
 *   holds the store file)
 * ConfigException (server configuration)    500  "server configuration error": the detail goes to the log only
 * any other exception (a bug)               500  "internal error": the detail goes to the log only
 * no route (404), wrong method (405)        JSON under /api/, plain text elsewhere
 * </pre>
 * Server-side messages are never sent to the client, since they can name files and settings.
 */
final class Errors {
  /** What a 503 tells clients to wait: an ingest holds the store for one chunk at a time. */
  static final int RETRY_AFTER_SECONDS = 5;
  private final PrintStream log;

  Errors(PrintStream log) { this.log = log; }

  void install(RoutesConfig routes) {
    routes.exception(RequestException.class, (e, ctx) -> send(ctx, 400, e.reason(), e.field()));
    routes.exception(InputException.class, (e, ctx) -> send(ctx, 400, e.getMessage(), null));
    routes.exception(HttpResponseException.class, (e, ctx) -> {
      if (e.getStatus() == 401) ctx.header("WWW-Authenticate", "Bearer realm=\"harbinger\"");
      send(ctx, e.getStatus(), e.getMessage(), null);
    });
    routes.exception(StoreBusyException.class, (e, ctx) -> {
      log.println("harbinger serve: store busy on " + ctx.method() + " " + ctx.path() + ": " + e.getMessage());
      ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
      send(ctx, 503, "the store is being written by another process" + (e.pid() == null ? "" : " (pid " + e.pid() + ")")
          + "; try again in a few seconds", null);
    });
    routes.exception(ConfigException.class, (e, ctx) -> {
      log.println("harbinger serve: configuration error on " + ctx.method() + " " + ctx.path() + ": " + e.getMessage());
      send(ctx, 500, "server configuration error (see the server log)", null);
    });
    routes.exception(EngineException.class, (e, ctx) -> internal(ctx, e));
    routes.exception(Exception.class, (e, ctx) -> internal(ctx, e));
    routes.error(404, ctx -> {
      if (ctx.path().startsWith("/api/") && !isJson(ctx)) send(ctx, 404, "no such API path: " + ctx.path(), null);
    });
    routes.error(405, ctx -> {
      if (ctx.path().startsWith("/api/")) send(ctx, 405, "method " + ctx.method() + " is not allowed on " + ctx.path(), null);
    });
  }

  private void internal(Context ctx, Exception e) {
    log.println("harbinger serve: internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
    for (StackTraceElement s : e.getStackTrace()) log.println("\tat " + s);
    send(ctx, 500, "internal error (see the server log)", null);
  }

  /** True when a handler has already written a JSON error (a 404 for a missing article). */
  private static boolean isJson(Context ctx) {
    String type = ctx.res().getContentType();
    return type != null && type.startsWith("application/json") && ctx.result() != null && !ctx.result().isEmpty();
  }

  static void send(Context ctx, int status, @Nullable String message, @Nullable String field) {
    ctx.status(status).contentType("application/json")
        .result(Shapes.write(new Shapes.Error(status, reasonPhrase(status), message == null ? "" : message, field)));
  }

  static String reasonPhrase(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 413 -> "payload_too_large";
      case 415 -> "unsupported_media_type";
      case 500 -> "internal_error";
      case 503 -> "unavailable";
      default -> "http_" + status;
    };
  }
}
