package harbinger.server.http;

import java.util.List;

/** The API's route table: the one list the server registers and the OpenAPI document is checked against. */
final class Routes {
  private Routes() {}

  static List<Route> all(ApiHandlers h) {
    return List.of(
        new Route("GET", "/api/health", Access.OPEN, h::health),
        new Route("GET", "/api/openapi.json", Access.OPEN, h::openApi),
        new Route("GET", "/api/events", Access.READ, h::events),
        new Route("GET", "/api/dyads", Access.READ, h::dyads),
        new Route("GET", "/api/dyads/{a}/{b}/series", Access.READ, h::series),
        new Route("GET", "/api/alerts", Access.READ, h::alerts),
        new Route("GET", "/api/articles/{id}", Access.READ, h::article),
        new Route("POST", "/api/articles", Access.WRITE, h::postArticles));
  }
}
