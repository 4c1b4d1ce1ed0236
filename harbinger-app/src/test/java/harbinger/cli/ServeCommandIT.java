package harbinger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import harbinger.server.http.HarbingerServer;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code harbinger serve} with the real pipeline: the sample corpus loaded, articles coded over HTTP, the token kept. */
class ServeCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  private JsonNode get(HarbingerServer s, String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(s.url()).resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r::body);
    return JSON.readTree(r.body());
  }

  @Test
  void servesTheSampleCorpusAndPrintsTheAddressAndTheTokenOnce() throws Exception {
    SampleServer s = SampleServer.get();
    assertTrue(s.output.contains("write token (shown once; kept in " + s.db + ".token): " + s.token), s.output);
    assertTrue(s.output.contains("open " + s.server.url()), s.output);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(s.db + ".token"))));
    JsonNode health = get(s.server, "/api/health");
    assertTrue(health.get("articles").asInt() >= 24, "the 24 sample articles (and any posted by other tests)");
    assertTrue(health.get("events").asInt() > 50, health::toString);
    JsonNode usaRus = get(s.server, "/api/events?dyad=USA,RUS&limit=100");
    assertTrue(usaRus.get("total").asInt() > 0, "the sample corpus has USA-RUS events");
  }

  @Test
  void codesAPostedArticleWithTheRealPipeline() throws Exception {
    SampleServer s = SampleServer.get();
    String body = "{\"id\": \"posted-1\", \"published\": \"2024-05-02\", \"title\": \"Talks in Ankara\", "
        + "\"text\": \"Turkish President Recep Tayyip Erdogan met Iranian President Ebrahim Raisi in Ankara on Thursday.\"}";
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(s.server.url() + "api/articles"))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + s.token)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r::body);
    JsonNode report = JSON.readTree(r.body());
    assertEquals("added", report.get("articles").get(0).get("status").asText());
    JsonNode events = report.get("articles").get(0).get("events");
    assertFalse(events.isEmpty(), () -> "a meeting of two presidents yields an event: " + r.body());
    JsonNode article = get(s.server, "/api/articles/posted-1");
    assertEquals(events.size(), article.get("mentions").size());
    assertEquals(events.get(0).get("id"), article.get("mentions").get(0).get("id"));
  }

  @Test
  void keepsTheTokenFileAcrossRestartsAndPrefersAnExplicitToken(@TempDir Path dir) {
    Path db = dir.resolve("x.duckdb");
    StringWriter first = new StringWriter();
    try (ServeCommand.Served s = SampleServer.command(first, "--port", "0", "--db", db.toString()).start()) {
      assertTrue(first.toString().contains("shown once"), first::toString);
    }
    StringWriter second = new StringWriter();
    try (ServeCommand.Served s = SampleServer.command(second, "--port", "0", "--db", db.toString()).start()) {
      assertFalse(second.toString().contains("shown once"), second::toString);
      assertTrue(second.toString().contains("write token in " + db + ".token"), second::toString);
    }
    StringWriter third = new StringWriter();
    try (ServeCommand.Served s = SampleServer.command(third, "--port", "0", "--db", db.toString(), "--token", "given-token-0123456789").start()) {
      assertFalse(third.toString().contains("token"), third::toString);
    }
  }
}
