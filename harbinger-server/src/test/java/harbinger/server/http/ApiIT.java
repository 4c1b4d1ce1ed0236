package harbinger.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import harbinger.model.Article;
import harbinger.model.Event;
import harbinger.model.Outcome;
import harbinger.pipeline.Result;
import harbinger.store.SyntheticEvents;
import harbinger.store.duckdb.Children;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The API over HTTP against a real server on a random port over a real DuckDB store file (synthetic events, no CoreNLP). */
class ApiIT {
  private static TestServer server;

  @BeforeAll
  static void start() { server = new TestServer(2_500); }

  @AfterAll
  static void stop() { server.close(); }

  private static void assertError(TestServer.Answer a, int status, String field) {
    assertEquals(status, a.status(), () -> a.response().body());
    assertNotNull(a.json(), "errors are JSON");
    assertEquals(status, a.json().get("status").asInt());
    assertFalse(a.json().get("message").asText().isBlank());
    if (field != null) assertEquals(field, a.json().get("field").asText(), () -> a.response().body());
  }

  @Test
  void healthReportsTheStoreTotals() {
    TestServer.Answer a = server.get("/api/health");
    assertEquals(200, a.status());
    assertEquals(server.store.tableCounts().get("events"), a.json().get("events").asLong());
    assertTrue(a.json().get("events").asLong() > 9_000, "10,000 synthetic mentions, a few clustered into one event");
    assertTrue(a.json().get("articles").asLong() >= 2_500, "other tests may have posted articles (without events)");
    assertFalse(a.json().get("reads_need_token").asBoolean());
  }

  @Test
  void cursorPagingWalksAFilteredResultWithoutGapsOrRepeats() {
    String path = "/api/events?limit=37&dyad=USA,RUS";
    JsonNode page = server.get(path).json();
    long total = page.get("total").asLong();
    assertTrue(total > 100, "the synthetic corpus has a busy USA-RUS dyad");
    Set<String> seen = new HashSet<>();
    int pages = 0;
    while (true) {
      for (JsonNode row : page.get("items")) {
        assertTrue(seen.add(row.get("id").asText()), "repeated " + row.get("id"));
        assertEquals(Set.of("USA", "RUS"), Set.of(row.get("source_key").asText(), row.get("target_key").asText()));
      }
      pages++;
      if (page.get("next_cursor").isNull()) break;
      page = server.get(path + "&cursor=" + page.get("next_cursor").asText()).json();
    }
    assertEquals(total, seen.size());
    assertEquals((total + 36) / 37, pages);
  }

  @Test
  void limitAndOffsetSelectAWindow() {
    JsonNode ten = server.get("/api/events?limit=10").json().get("items");
    JsonNode window = server.get("/api/events?limit=4&offset=3").json().get("items");
    for (int i = 0; i < 4; i++) assertEquals(ten.get(3 + i).get("id"), window.get(i).get("id"));
  }

  @ParameterizedTest(name = "{0} -> field {1}")
  @CsvSource(delimiter = '|', value = {
      "/api/events?limit=501|limit",
      "/api/events?limit=abc|limit",
      "/api/events?offset=-1|offset",
      "/api/events?cuntry=RUS|cuntry",
      "/api/events?country=RUS'%20OR%201=1|country",
      "/api/events?dyad=USA|dyad",
      "/api/events?from=2023-02-30|from",
      "/api/events?from=2023-05-01&to=2023-01-01|to",
      "/api/events?quad=5|quad",
      "/api/events?root=21|root",
      "/api/events?modality=maybe|modality",
      "/api/events?cursor=%3Cscript%3E|cursor",
      "/api/events?cursor=bm90LWEtY3Vyc29y|cursor",
      "/api/events?limit=1&limit=2|limit",
      "/api/events?directed=true|directed",
      "/api/dyads/USA/R%3BUS/series|b",
      "/api/dyads/USA/RUS/series?granularity=month|granularity",
      "/api/alerts?drivers=99|drivers",
      "/api/alerts?limit=0|limit",
      "/api/dyads?limit=0|limit"})
  void badParametersGet400NamingTheField(String path, String field) {
    assertError(server.get(path), 400, field);
  }

  @Test
  void seriesCountsCooperationAndConflictPerWeek() {
    JsonNode s = server.get("/api/dyads/usa/rus/series?granularity=week").json();
    assertEquals("USA", s.get("a").asText());
    JsonNode points = s.get("points");
    assertTrue(points.size() > 10);
    int events = 0;
    for (JsonNode p : points) {
      int sum = p.get("verbal_cooperation").asInt() + p.get("material_cooperation").asInt()
          + p.get("verbal_conflict").asInt() + p.get("material_conflict").asInt();
      assertEquals(p.get("events").asInt(), sum);
      events += sum;
    }
    long realised = server.get("/api/events?dyad=USA,RUS&modality=asserted&limit=1").json().get("total").asLong()
        + server.get("/api/events?dyad=USA,RUS&modality=claimed&limit=1").json().get("total").asLong();
    assertEquals(realised, events);
  }

  @Test
  void anArticleShowsItsTextWithEvidenceSpansInsideIt() {
    JsonNode row = server.get("/api/events?limit=1").json().get("items").get(0);
    TestServer.Answer a = server.get("/api/articles/" + row.get("article_id").asText());
    assertEquals(200, a.status());
    String text = a.json().get("text").asText();
    boolean found = false;
    for (JsonNode m : a.json().get("mentions")) {
      found |= m.get("id").equals(row.get("id"));
      JsonNode span = m.get("span");
      assertEquals(m.get("evidence").asText(), text.substring(span.get(0).asInt(), span.get(1).asInt()));
      JsonNode t = m.get("trigger");
      assertEquals(t.get("text").asText(), text.substring(t.get("start").asInt(), t.get("end").asInt()));
    }
    assertTrue(found, "the event's mention is in its article");
  }

  @Test
  void unknownArticlesPathsAndMethodsGetJson404And405() {
    assertError(server.get("/api/articles/" + URLEncoder.encode("no such article", StandardCharsets.UTF_8)), 404, null);
    assertError(server.get("/api/nothing"), 404, null);
    assertError(server.send(java.net.http.HttpRequest.newBuilder(server.uri("/api/events")).DELETE()), 405, null);
  }

  @Test
  void writesNeedTheBearerToken() {
    String body = "{\"id\":\"auth-1\",\"text\":\"The minister met the ambassador.\"}";
    TestServer.Answer none = server.post("/api/articles", body, null);
    assertError(none, 401, null);
    assertTrue(none.header("WWW-Authenticate").startsWith("Bearer"));
    assertError(server.post("/api/articles", body, "wrong-token-0123456789"), 403, null);
    TestServer.Answer ok = server.post("/api/articles", body, TestServer.TOKEN);
    assertEquals(200, ok.status(), () -> ok.response().body());
    assertEquals("added", ok.json().get("articles").get(0).get("status").asText());
    assertEquals(200, server.get("/api/articles/auth-1").status());
  }

  @Test
  void aBatchReportsEachArticleAndRecognisesDuplicates() {
    String body = "[{\"id\":\"b-1\",\"text\":\"Talks were held in Geneva.\",\"published\":\"2024-03-01\"},"
        + "{\"id\":\"b-2\",\"text\":\"talks were held in GENEVA\"},"
        + "{\"id\":\"b-3\",\"title\":\"Headline\",\"text\":\"Another story entirely.\",\"outlet\":\"Wire\"}]";
    JsonNode r = server.post("/api/articles", body, TestServer.TOKEN).json();
    assertEquals(2, r.get("added").asInt());
    assertEquals(1, r.get("duplicates").asInt());
    assertEquals("duplicate", r.get("articles").get(1).get("status").asText());
    assertEquals("same text as b-1", r.get("articles").get(1).get("reason").asText());
    JsonNode again = server.post("/api/articles", body, TestServer.TOKEN).json();
    assertEquals(3, again.get("duplicates").asInt());
    assertEquals("Headline\n\nAnother story entirely.", server.get("/api/articles/b-3").json().get("text").asText());
  }

  @ParameterizedTest(name = "{0} -> field {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "{\"text\": 3}|text",
      "{\"title\": \"no text\"}|text",
      "{\"text\": \"   \"}|text",
      "[{\"text\": \"ok\"}, {\"txt\": \"typo\"}]|[1].txt",
      "[{\"text\": \"ok\"}, {\"id\": \"x\"}]|[1].text",
      "{\"text\": \"ok\", \"published\": \"yesterday\"}|published",
      "{\"text\": \"ok\", \"id\": {\"a\": 1}}|id",
      "[]|body",
      "[1, 2]|[0]",
      "\"just a string\"|body",
      "{\"text\": \"unterminated|body",
      "{\"text\": \"a\", \"text\": \"b\"}|body"})
  void badArticlesGet400NamingTheField(String body, String field) {
    assertError(server.post("/api/articles", body, TestServer.TOKEN), 400, field);
  }

  @Test
  void bodiesAndBatchesAreLimited() {
    try (TestServer small = new TestServer(0, ServerConfig.local(0, TestServer.TOKEN).withLimits(2048, 2))) {
      String big = "{\"text\": \"" + "word ".repeat(1000) + "\"}";
      assertError(small.post("/api/articles", big, TestServer.TOKEN), 413, null);
      String three = "[{\"text\":\"one\"},{\"text\":\"two\"},{\"text\":\"three\"}]";
      assertError(small.post("/api/articles", three, TestServer.TOKEN), 400, "body");
      TestServer.Answer plain = small.send(java.net.http.HttpRequest.newBuilder(small.uri("/api/articles"))
          .header("Authorization", "Bearer " + TestServer.TOKEN).header("Content-Type", "text/plain")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString("hello")));
      assertError(plain, 415, null);
    }
  }

  @Test
  void privateReadsNeedTheTokenButHealthStaysOpen() {
    try (TestServer closed = new TestServer(10, ServerConfig.local(0, TestServer.TOKEN).withPrivateReads(true))) {
      assertError(closed.get("/api/events"), 401, null);
      assertError(closed.get("/api/articles/syn-1", "wrong-token-0123456789"), 403, null);
      assertEquals(200, closed.get("/api/events", TestServer.TOKEN).status());
      TestServer.Answer health = closed.get("/api/health");
      assertEquals(200, health.status());
      assertTrue(health.json().get("reads_need_token").asBoolean());
      assertEquals(200, closed.get("/").status(), "the dashboard page itself holds no data");
    }
  }

  @Test
  void theDashboardAndItsChartingLibraryAreServed() {
    TestServer.Answer page = server.get("/");
    assertEquals(200, page.status());
    assertTrue(page.response().body().contains("/webjars/echarts/"));
    assertEquals(200, server.get("/webjars/echarts/5.3.1/dist/echarts.min.js").status());
    assertEquals(200, server.get("/js/app.js").status());
  }

  @Test
  void serverErrorsDoNotLeakDetails() {
    try (TestServer broken = new TestServer(0)) {
      // an article whose stored text is shorter than its event spans makes EventJson throw: a bug, not bad input
      Result synthetic = new SyntheticEvents().articles(1, 0, 1, 1, 1, 1, LocalDate.of(2024, 1, 1)).get(0);
      List<Event> events = ((Outcome.Coded) synthetic.outcome()).events().stream().map(e -> moved(e, "broken")).toList();
      broken.store.add(List.of(new Result(Article.of("broken", "tiny"), new Outcome.Coded("broken", 1, events))));
      TestServer.Answer a = broken.get("/api/articles/broken");
      assertError(a, 500, null);
      assertEquals("internal error (see the server log)", a.json().get("message").asText());
      assertTrue(broken.log.toString(StandardCharsets.UTF_8).contains("trigger span"), "the detail goes to the log");
    }
  }

  /** The same event as reported by another article. */
  private static Event moved(Event e, String articleId) {
    return new Event(articleId, e.eventId(), e.sentence(), e.evidence(), e.span(), e.trigger(), e.date(), e.datePrecision(),
        e.source(), e.target(), e.cameo(), e.plover(), e.ploverMode(), e.quadClass(), e.goldstein(), e.modality(),
        e.attributedTo(), e.quote(), e.quantities(), e.location(), e.confidence());
  }

  @Test
  void anEventReportedByTwoOutletsIsOneRowCountingBothMentions() {
    try (TestServer two = new TestServer(0)) {
      Result first = new SyntheticEvents().articles(3, 0, 1, 1, 1, 1, LocalDate.of(2024, 2, 1)).get(0);
      Article a = first.article();
      Article copy = new Article("other-outlet-1", "Another headline", a.text() + " " + "unrelated words follow here ".repeat(30),
          a.published(), "https://other.example/1", "Other Outlet");
      List<Event> events = ((Outcome.Coded) first.outcome()).events().stream().map(e -> moved(e, copy.id())).toList();
      two.store.add(List.of(first, new Result(copy, new Outcome.Coded(copy.id(), 1, events))));
      JsonNode page = two.get("/api/events").json();
      assertEquals(1, page.get("total").asInt(), page::toString);
      JsonNode row = page.get("items").get(0);
      assertEquals(2, row.get("mentions").asInt());
      assertEquals(2, row.get("sources").asInt());
      JsonNode mention = two.get("/api/articles/other-outlet-1").json().get("mentions").get(0);
      assertEquals(row.get("id"), mention.get("id"), "the second outlet's mention counts for the same stored event");
    }
  }

  @Test
  void aStoreHeldByAnotherProcessGets503WithRetryAfterAndNoFileNames(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("held.duckdb");
    Process child = Children.start("hold", db.toString());
    try (TestServer shared = TestServer.shared(db, Duration.ofMillis(300))) {
      Children.awaitLine(child, "holding");
      TestServer.Answer busy = shared.get("/api/events?limit=5");
      assertError(busy, 503, null);
      assertEquals(String.valueOf(Errors.RETRY_AFTER_SECONDS), busy.header("Retry-After"));
      String message = busy.json().get("message").asText();
      assertTrue(message.contains("being written by another process (pid " + child.pid() + ")"), message);
      assertFalse(message.contains(db.getFileName().toString()), "the client is not told where the store lives: " + message);
      assertError(shared.post("/api/articles", "{\"text\": \"The envoy met the minister.\"}", TestServer.TOKEN), 503, null);
      Children.kill(child);
      TestServer.Answer free = shared.get("/api/events?limit=5");
      assertEquals(200, free.status(), () -> free.response().body());
      assertEquals(0, free.json().get("total").asInt());
    } finally {
      if (child.isAlive()) Children.kill(child);
    }
  }
}
