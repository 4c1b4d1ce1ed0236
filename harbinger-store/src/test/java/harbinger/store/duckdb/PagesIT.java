package harbinger.store.duckdb;

import static harbinger.store.duckdb.Fixtures.article;
import static harbinger.store.duckdb.Fixtures.body;
import static harbinger.store.duckdb.Fixtures.coded;
import static harbinger.store.duckdb.Fixtures.country;
import static harbinger.store.duckdb.Fixtures.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Article;
import harbinger.model.Modality;
import harbinger.model.Outcome;
import harbinger.pipeline.Result;
import harbinger.store.Alert;
import harbinger.store.AlertService;
import harbinger.store.Dyad;
import harbinger.store.DyadSummary;
import harbinger.store.EscalationDetector;
import harbinger.store.EventFilter;
import harbinger.store.EventStore;
import harbinger.store.PagePosition;
import harbinger.store.StoredArticle;
import harbinger.store.StoredEvent;
import harbinger.store.SyntheticEvents;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reads behind the HTTP API on a real store: pages newest first (keyset and offset), dyad totals, and one
 * article with its mentions. Expected values are computed in Java from {@link EventStore#events}, the store's
 * other read, so the two reads check each other.
 */
class PagesIT {
  private static final Comparator<StoredEvent> NEWEST_FIRST = Comparator
      .comparing(StoredEvent::date, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
      .thenComparingLong(StoredEvent::id).reversed();
  @TempDir static Path dir;
  private static EventStore store;

  @BeforeAll
  static void fill() {
    store = DuckDbStores.open(dir.resolve("pages.duckdb"), DuckDbStores.Mode.WRITE, Duration.ZERO);
    store.add(new SyntheticEvents().articles(5, 0, 300, 300, 40, 3, LocalDate.of(2024, 1, 1)));
    List<Result> undated = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Article a = new Article("undated-" + i, null, "Undated " + i + "\n\n" + body(900 + i, 30), null, null, "Wire " + i);
      undated.add(coded(a, event(a, 1, country("USA", "GOV"), country("RUS", "GOV"), "042", 1.9, 1, null,
          Modality.ASSERTED, 0.8)));
    }
    store.add(undated);
    Article skipped = article("skipped-1", "Outlet S", LocalDate.of(2024, 3, 1), body(77, 30));
    store.add(List.of(new Result(skipped, new Outcome.Skipped("skipped-1", "nlp", "no sentences"))));
  }

  @AfterAll
  static void close() { store.close(); }

  private static List<StoredEvent> expected(EventFilter.Builder f) {
    List<StoredEvent> all = new ArrayList<>(store.events(f.limit(EventFilter.MAX_LIMIT).build()));
    all.sort(NEWEST_FIRST);
    return all;
  }

  @Test
  void keysetPagesWalkEveryMatchNewestFirstWithUndatedLast() { // windows of 7, 56, ... days, then unbounded: each is crossed
    for (EventFilter.Builder f : List.of(EventFilter.builder(), EventFilter.builder().dyad(new Dyad("USA", "RUS"), false),
        EventFilter.builder().country("UKR").quadClass(4), EventFilter.builder().from(LocalDate.of(2024, 1, 3)),
        EventFilter.builder().country("USA").from(LocalDate.of(2024, 1, 5)).to(LocalDate.of(2024, 1, 30)),
        EventFilter.builder().to(LocalDate.of(2024, 1, 12)))) {
      List<StoredEvent> want = expected(f);
      List<StoredEvent> got = new ArrayList<>();
      PagePosition after = null;
      while (true) {
        List<StoredEvent> page = store.newestFirst(f.limit(17).build(), after, 0);
        got.addAll(page);
        if (page.size() < 17) break;
        after = PagePosition.of(page.get(16));
      }
      assertEquals(want.stream().map(StoredEvent::id).toList(), got.stream().map(StoredEvent::id).toList());
      assertEquals(want.size(), store.count(f.limit(1).build()), "the count ignores the limit");
    }
    List<StoredEvent> all = expected(EventFilter.builder());
    assertTrue(all.get(all.size() - 1).date() == null, "the fixture has undated events, and they come last");
  }

  @Test
  void eventsAddedAfterAPageWasReadLeadTheNextFirstPage(@TempDir Path own) {
    try (EventStore s = DuckDbStores.open(own.resolve("growing.duckdb"), DuckDbStores.Mode.WRITE, Duration.ZERO)) {
      s.add(new SyntheticEvents().articles(8, 0, 50, 50, 20, 2, LocalDate.of(2024, 1, 1)));
      assertEquals(LocalDate.of(2024, 1, 20), s.newestFirst(EventFilter.builder().limit(5).build(), null, 0).get(0).date());
      s.add(new SyntheticEvents().articles(9, 100, 1, 101, 1, 2, LocalDate.of(2025, 6, 1))); // article 100 of 101 over one day
      List<StoredEvent> page = s.newestFirst(EventFilter.builder().limit(5).build(), null, 0);
      assertEquals(LocalDate.of(2025, 6, 1), page.get(0).date(), "the search starts from the new latest day");
    }
  }

  @Test
  void anOffsetPageIsTheSameWindowOfTheOrder() {
    List<StoredEvent> want = expected(EventFilter.builder().country("RUS"));
    List<StoredEvent> page = store.newestFirst(EventFilter.builder().country("RUS").limit(10).build(), null, 25);
    assertEquals(want.subList(25, 35), page);
    assertThrows(IllegalArgumentException.class,
        () -> store.newestFirst(EventFilter.builder().limit(10).build(), PagePosition.of(want.get(0)), 5));
  }

  @Test
  void dyadTotalsAgreeWithTheEventsTheyCount() {
    List<DyadSummary> top = store.dyads(EventFilter.builder().from(LocalDate.of(2024, 1, 10)).limit(5).build());
    assertEquals(5, top.size());
    Map<Dyad, long[]> counted = new HashMap<>();
    for (StoredEvent e : store.events(EventFilter.builder().from(LocalDate.of(2024, 1, 10)).limit(EventFilter.MAX_LIMIT).build())) {
      if (e.sourceKey().isEmpty() || e.targetKey().isEmpty() || e.sourceKey().equals(e.targetKey())) continue;
      long[] n = counted.computeIfAbsent(new Dyad(e.sourceKey(), e.targetKey()).undirected(), k -> new long[2]);
      n[0]++;
      if (e.quadClass() >= 3) n[1]++;
    }
    for (int i = 0; i < top.size(); i++) {
      DyadSummary d = top.get(i);
      assertEquals(counted.get(d.dyad())[0], d.events(), d::toString);
      assertEquals(counted.get(d.dyad())[1], d.conflict(), d::toString);
      if (i > 0) assertTrue(top.get(i - 1).events() >= d.events(), "most events first");
    }
    long busiest = counted.values().stream().mapToLong(n -> n[0]).max().orElseThrow();
    assertEquals(busiest, top.get(0).events());
  }

  @Test
  void theNewestAlertsAreTheLastOfAllAlertsWithTheSameDrivers() {
    AlertService service = new AlertService(store, EscalationDetector.defaults());
    List<Alert> all = service.alerts(null, null, 3);
    assertTrue(all.size() > 3, "synthetic conflict raises several alerts: " + all.size());
    List<Alert> newest = service.newest(null, null, 3, 3);
    List<Alert> expected = new ArrayList<>(all.subList(all.size() - 3, all.size()));
    expected.sort(Comparator.comparing((Alert a) -> a.signal().day()).reversed().thenComparing(a -> a.dyad().toString()));
    assertEquals(expected, newest);
    assertTrue(service.newest(null, null, 0, 5).stream().allMatch(a -> a.drivers().isEmpty()));
  }

  @Test
  void anArticleComesWithEveryMentionAndTheEventItCountsFor() {
    StoredArticle a = store.findArticle("syn-7").orElseThrow();
    assertEquals("syn-7", a.article().id());
    assertFalse(a.skipped());
    assertEquals(3, a.mentions().size());
    for (StoredArticle.Mention m : a.mentions()) {
      assertEquals(m.event().evidence(), a.article().text().substring(m.event().span().start(), m.event().span().end()));
      StoredEvent e = store.events(EventFilter.builder().limit(EventFilter.MAX_LIMIT).build()).stream()
          .filter(x -> x.id() == m.eventId()).findFirst().orElseThrow();
      assertEquals(e.cameo().substring(0, 3), m.event().cameo().substring(0, 3), "the mention counts for an event of its base code");
    }
    StoredArticle s = store.findArticle("skipped-1").orElseThrow();
    assertEquals("nlp", s.skipStage());
    assertEquals("no sentences", s.skipReason());
    assertTrue(s.mentions().isEmpty());
    assertTrue(store.findArticle("no-such-article").isEmpty());
    assertTrue(store.findArticle("syn-7' OR '1'='1").isEmpty(), "the id is a bound value");
  }
}
