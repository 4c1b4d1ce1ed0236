package harbinger.server.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Article;
import harbinger.model.Modality;
import harbinger.model.Outcome;
import harbinger.pipeline.Result;
import harbinger.server.DyadTotal;
import harbinger.server.EventPage;
import harbinger.server.EventQuery;
import harbinger.server.EventRow;
import harbinger.server.Granularity;
import harbinger.server.IngestResult;
import harbinger.server.PageRequest;
import harbinger.server.PartyPair;
import harbinger.server.PeriodPoint;
import harbinger.server.RequestException;
import harbinger.server.bench.SyntheticCorpus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MemoryStoreTest {
  private static MemoryStore store;
  private static List<EventRow> all;

  @BeforeAll
  static void fill() {
    store = MemoryStore.readOnly();
    SyntheticCorpus corpus = new SyntheticCorpus();
    // two batches, the second older than the first: the store must keep its order across adds
    store.add(corpus.articles(3, 300, 300, 600, 200, 4, LocalDate.of(2023, 1, 1)));
    store.add(corpus.articles(3, 0, 300, 600, 200, 4, LocalDate.of(2023, 1, 1)));
    all = store.events(EventQuery.all(), new PageRequest(PageRequest.MAX_LIMIT, 0, null)).items();
  }

  private static List<EventRow> everything(EventQuery q) {
    List<EventRow> out = new ArrayList<>();
    String cursor = null;
    do {
      EventPage p = store.events(q, new PageRequest(PageRequest.MAX_LIMIT, 0, cursor));
      out.addAll(p.items());
      cursor = p.nextCursor();
    } while (cursor != null);
    return out;
  }

  @Test
  void cursorPagesVisitEveryEventOnceNewestFirst() {
    List<EventRow> rows = new ArrayList<>();
    String cursor = null;
    EventPage page;
    do {
      page = store.events(EventQuery.all(), new PageRequest(97, 0, cursor));
      assertEquals(2400, page.total());
      rows.addAll(page.items());
      cursor = page.nextCursor();
    } while (cursor != null);
    assertEquals(2400, rows.size());
    Set<String> ids = new HashSet<>();
    for (EventRow r : rows) assertTrue(ids.add(r.id()), () -> "seen twice: " + r.id());
    for (int i = 1; i < rows.size(); i++) assertFalse(rows.get(i).date().isAfter(rows.get(i - 1).date()), "not newest first at " + i);
  }

  @Test
  void offsetPagesAgreeWithCursorPages() {
    EventPage first = store.events(EventQuery.all(), new PageRequest(50, 0, null));
    EventPage byCursor = store.events(EventQuery.all(), new PageRequest(50, 0, first.nextCursor()));
    EventPage byOffset = store.events(EventQuery.all(), new PageRequest(50, 50, null));
    assertEquals(byOffset.items(), byCursor.items());
    assertEquals(all.subList(50, 100), byOffset.items());
  }

  @Test
  void everyFilterKeepsOnlyMatchingEventsAndAllOfThem() {
    PartyPair usaRus = new PartyPair("USA", "RUS");
    LocalDate from = LocalDate.of(2023, 3, 1);
    LocalDate to = LocalDate.of(2023, 4, 30);
    List<EventRow> universe = everything(EventQuery.all());
    check(EventQuery.dyad(usaRus), r -> Set.of(r.sourceKey(), r.targetKey()).equals(Set.of("USA", "RUS")), universe);
    check(new EventQuery(null, "IRN", null, false, null, null, null, null, null, from, to),
        r -> (r.sourceKey().equals("IRN") || r.targetKey().equals("IRN")) && !r.date().isBefore(from) && !r.date().isAfter(to), universe);
    assertEquals(0, store.events(new EventQuery(null, "IRN", usaRus, false, null, null, null, null, null, null, null),
        PageRequest.first(10)).total(), "a country outside the dyad matches nothing");
    check(new EventQuery(null, null, usaRus, true, null, null, null, null, null, null, null),
        r -> r.sourceKey().equals("USA") && r.targetKey().equals("RUS"), universe);
    check(new EventQuery(null, "UKR", null, false, null, null, null, 4, null, null, null),
        r -> (r.sourceKey().equals("UKR") || r.targetKey().equals("UKR")) && r.quadClass() == 4, universe);
    check(new EventQuery(null, null, null, false, "19", null, null, null, Modality.ASSERTED, from, to),
        r -> r.cameo().startsWith("19") && r.modality() == Modality.ASSERTED && !r.date().isBefore(from) && !r.date().isAfter(to), universe);
    check(new EventQuery("RUSMIL", null, null, false, null, "17", null, null, null, null, null),
        r -> ("RUSMIL".equals(r.sourceCode()) || "RUSMIL".equals(r.targetCode())) && r.cameo().startsWith("17"), universe);
  }

  private static void check(EventQuery q, java.util.function.Predicate<EventRow> expected, List<EventRow> universe) {
    List<EventRow> got = everything(q);
    List<EventRow> want = universe.stream().filter(expected).toList();
    assertFalse(want.isEmpty(), () -> "the synthetic corpus has no event for " + q);
    assertEquals(want, got, () -> "filter " + q);
    assertEquals(want.size(), store.events(q, PageRequest.first(1)).total(), () -> "total for " + q);
  }

  @Test
  void dateRangesAloneCountLikeTheFullScan() {
    MemoryStore s = MemoryStore.readOnly();
    s.add(new SyntheticCorpus().articles(5, 0, 200, 200, 100, 3, LocalDate.of(2024, 1, 1)));
    Article undated = new Article("undated", null, "Text.", null, null, null);
    s.add(List.of(new Result(undated, new Outcome.Coded("undated", 1, new SyntheticCorpus()
        .articles(5, 0, 1, 1, 1, 2, LocalDate.of(2024, 1, 1)).get(0).outcome() instanceof Outcome.Coded c ? c.events().stream()
        .map(e -> new harbinger.model.Event("undated", "undated-" + e.eventId(), e.sentence(), e.evidence(), e.span(), e.trigger(),
            null, null, e.source(), e.target(), e.cameo(), e.plover(), e.ploverMode(), e.quadClass(), e.goldstein(),
            e.modality(), null, null, List.of(), null, e.confidence())).toList() : List.of()))));
    LocalDate to = LocalDate.of(2024, 2, 10);
    LocalDate from = LocalDate.of(2024, 1, 20);
    long total = s.totals().events();
    for (EventQuery q : List.of(EventQuery.all(), new EventQuery(null, null, null, false, null, null, null, null, null, null, to),
        new EventQuery(null, null, null, false, null, null, null, null, null, from, null),
        new EventQuery(null, null, null, false, null, null, null, null, null, from, to))) {
      List<EventRow> rows = new ArrayList<>();
      String cursor = null;
      do {
        EventPage p = s.events(q, new PageRequest(41, 0, cursor));
        rows.addAll(p.items());
        cursor = p.nextCursor();
        assertEquals(expectedCount(s, q, total), p.total(), () -> "total for " + q);
      } while (cursor != null);
      assertEquals(expectedCount(s, q, total), rows.size());
      for (EventRow r : rows) {
        if (q.from() != null || q.to() != null) assertNotNull(r.date(), "date ranges leave undated events out");
        if (q.from() != null) assertFalse(r.date().isBefore(q.from()));
        if (q.to() != null) assertFalse(r.date().isAfter(q.to()));
      }
    }
  }

  /** The count by brute force: every event, read without a date range, checked here. */
  private static long expectedCount(MemoryStore s, EventQuery q, long total) {
    List<EventRow> every = new ArrayList<>();
    String cursor = null;
    do {
      EventPage p = s.events(EventQuery.all(), new PageRequest(PageRequest.MAX_LIMIT, 0, cursor));
      every.addAll(p.items());
      cursor = p.nextCursor();
    } while (cursor != null);
    assertEquals(total, every.size());
    if (q.from() == null && q.to() == null) return total;
    return every.stream().filter(r -> r.date() != null && (q.from() == null || !r.date().isBefore(q.from()))
        && (q.to() == null || !r.date().isAfter(q.to()))).count();
  }

  @Test
  void refusesCursorsItDidNotIssue() {
    RequestException e = assertThrows(RequestException.class,
        () -> store.events(EventQuery.all(), new PageRequest(10, 0, "bm90LWEtY3Vyc29y")));
    assertEquals("cursor", e.field());
  }

  @Test
  void seriesCountsEveryRealisedEventOfTheDyadOnce() {
    PartyPair pair = new PartyPair("RUS", "USA");
    List<PeriodPoint> weeks = store.dyadSeries(pair, Granularity.WEEK, null, null);
    long realised = everything(EventQuery.dyad(pair)).stream()
        .filter(r -> r.modality() == Modality.ASSERTED || r.modality() == Modality.CLAIMED).count();
    assertEquals(realised, weeks.stream().mapToInt(PeriodPoint::events).sum());
    for (int i = 1; i < weeks.size(); i++) assertEquals(weeks.get(i - 1).period().plusWeeks(1), weeks.get(i).period(), "weeks are dense");
    assertEquals(realised, store.dyadSeries(pair, Granularity.DAY, null, null).stream().mapToInt(PeriodPoint::events).sum());
  }

  @Test
  void dyadTotalsAreSortedAndAgreeWithTheEventFilter() {
    List<DyadTotal> top = store.dyads(EventQuery.all(), 10);
    assertEquals(10, top.size());
    for (int i = 1; i < top.size(); i++) assertTrue(top.get(i - 1).events() >= top.get(i).events());
    DyadTotal first = top.get(0);
    assertEquals(first.events(), store.events(EventQuery.dyad(first.dyad()), PageRequest.first(1)).total());
  }

  @Test
  void articlesAddedTwiceAreStoredOnce() {
    MemoryStore s = MemoryStore.readOnly();
    Article a = new Article("a1", null, "Some text about a meeting.", LocalDate.of(2024, 1, 2), "https://x.example/1", null);
    Article sameText = new Article("a2", null, "some text, about a MEETING", null, null, null);
    Article sameUrl = new Article("a3", null, "Other words.", null, "https://x.example/1", null);
    List<IngestResult> r = s.add(List.of(coded(a), coded(sameText), coded(sameUrl), coded(a)));
    assertEquals(List.of(IngestResult.Status.ADDED, IngestResult.Status.DUPLICATE, IngestResult.Status.DUPLICATE,
        IngestResult.Status.DUPLICATE), r.stream().map(IngestResult::status).toList());
    assertEquals("same text as a1", r.get(1).reason());
    assertEquals(1, s.totals().articles());
    assertNotNull(s.article("a1").orElse(null));
    assertNull(s.article("a2").orElse(null));
  }

  @Test
  void skippedArticlesAreKeptWithTheirReason() {
    MemoryStore s = MemoryStore.readOnly();
    Article a = Article.of("bad", "x");
    s.add(List.of(new Result(a, new Outcome.Skipped("bad", "check", "too short"))));
    assertEquals("check: too short", s.article("bad").orElseThrow().skipReason());
    assertEquals(1, s.totals().skipped());
  }

  @Test
  void totalsSpanTheEventDays() {
    var t = store.totals();
    assertEquals(2400, t.events());
    assertEquals(everything(EventQuery.all()).stream().map(EventRow::date).min(Comparator.naturalOrder()).orElseThrow(), t.first());
    assertEquals(all.get(0).date(), t.last());
  }

  private static Result coded(Article a) { return new Result(a, new Outcome.Coded(a.id(), 1, List.of())); }
}
