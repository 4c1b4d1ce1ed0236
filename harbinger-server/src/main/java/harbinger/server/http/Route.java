package harbinger.server.http;

import io.javalin.http.Handler;
import java.util.Objects;

/**
 * One API route: method, Javalin path ({@code /api/articles/{id}}), who may call it, and its handler. The server
 * registers exactly the routes of {@link Routes#all}, and the OpenAPI test compares the document with them.
 */
record Route(String method, String path, Access access, Handler handler) {
  Route {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(handler, "handler");
  }
}
