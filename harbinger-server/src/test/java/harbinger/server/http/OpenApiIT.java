package harbinger.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import io.javalin.router.ParsedEndpoint;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document matches the server: every documented operation is a registered route and every route is
 * documented; documented operations answer on the live server; responses validate against the declared schemas.
 */
class OpenApiIT {
  private static TestServer server;
  private static Schemas schemas;

  @BeforeAll
  static void start() {
    server = new TestServer(500);
    schemas = new Schemas();
  }

  @AfterAll
  static void stop() { server.close(); }

  private static Set<String> documented() {
    Set<String> ops = new TreeSet<>();
    JsonNode paths = schemas.document().get("paths");
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> p = it.next();
      p.getValue().fieldNames().forEachRemaining(m -> ops.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey()));
    }
    return ops;
  }

  @Test
  void documentedOperationsAreExactlyTheRegisteredRoutes() {
    Set<String> table = new TreeSet<>();
    for (Route r : server.server.routes()) table.add(r.method() + " " + r.path());
    Set<String> registered = new TreeSet<>();
    for (ParsedEndpoint e : server.server.javalin().unsafe.internalRouter.allHttpHandlers()) {
      if (e.endpoint.path.startsWith("/api/")) registered.add(e.endpoint.method.name() + " " + e.endpoint.path);
    }
    assertEquals(table, registered, "the server registers exactly its route table");
    assertEquals(table, documented(), "openapi.json documents exactly the registered routes");
  }

  @Test
  void everyDocumentedOperationAnswersOnTheLiveServer() {
    for (String op : documented()) {
      String[] parts = op.split(" ", 2);
      String path = parts[1].replace("{a}", "USA").replace("{b}", "RUS").replace("{id}", "syn-1");
      TestServer.Answer a = parts[0].equals("GET") ? server.get(path)
          : server.post(path, "{\"text\": \"The envoy met the minister.\"}", TestServer.TOKEN);
      assertNotEquals(404, a.status(), op);
      assertNotEquals(405, a.status(), op);
      assertTrue(a.status() < 500, () -> op + " -> " + a.status() + " " + a.response().body());
    }
  }

  @Test
  void declaredParametersAreAccepted() {
    JsonNode params = schemas.document().get("paths").get("/api/events").get("get").get("parameters");
    Set<String> names = new TreeSet<>();
    for (JsonNode p : params) {
      String ref = p.get("$ref").asText();
      names.add(schemas.document().at(ref.substring(1)).get("name").asText());
    }
    assertEquals(new TreeSet<>(QueryParams.union(QueryParams.EVENT_FILTERS, QueryParams.PAGING)), names);
  }

  private static void assertValid(String schema, TestServer.Answer a) {
    assertEquals(200, a.status(), () -> a.response().body());
    Set<ValidationMessage> errors = schemas.validate(schema, a.json());
    assertTrue(errors.isEmpty(), () -> schema + ": " + errors + "\n" + a.response().body().substring(0, Math.min(2000, a.response().body().length())));
  }

  @Test
  void responsesMatchTheirDeclaredSchemas() {
    assertValid("Health", server.get("/api/health"));
    assertValid("EventPage", server.get("/api/events?limit=20&dyad=USA,RUS"));
    assertValid("Dyads", server.get("/api/dyads?limit=10"));
    assertValid("Series", server.get("/api/dyads/USA/RUS/series?granularity=week"));
    assertValid("Alerts", server.get("/api/alerts?drivers=3"));
    assertValid("Article", server.get("/api/articles/syn-3"));
    assertValid("IngestReport", server.post("/api/articles", "[{\"id\":\"o-1\",\"text\":\"A text.\"},{\"id\":\"o-1\",\"text\":\"Again.\"}]", TestServer.TOKEN));
    TestServer.Answer bad = server.get("/api/events?quad=9");
    assertEquals(400, bad.status());
    assertTrue(schemas.validate("Error", bad.json()).isEmpty());
  }

  @Test
  void theSchemasRejectWhatTheServerMustNotSend() {
    JsonNode row = server.get("/api/events?limit=1").json().get("items").get(0).deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) row).put("quad_class", 7);
    assertTrue(!schemas.validate("EventRow", row).isEmpty(), "a validator that accepts anything proves nothing");
  }
}
