package harbinger.store.duckdb;

import static harbinger.store.duckdb.Fixtures.article;
import static harbinger.store.duckdb.Fixtures.body;
import static harbinger.store.duckdb.Fixtures.coded;
import static harbinger.store.duckdb.Fixtures.country;
import static harbinger.store.duckdb.Fixtures.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Article;
import harbinger.model.Modality;
import harbinger.model.Outcome;
import harbinger.pipeline.Result;
import harbinger.store.BatchReport;
import harbinger.store.EventConfidence;
import harbinger.store.EventFilter;
import harbinger.store.EventStore;
import harbinger.store.StoredEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbEventStoreIT {
  static final LocalDate DAY = LocalDate.of(2023, 3, 9);
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);
  @TempDir Path dir;

  EventStore open() { return DuckDbStores.open(dir.resolve("t.duckdb"), DuckDbStores.Mode.WRITE, Duration.ZERO, CLOCK); }

  @Test void storesArticlesOutcomesEventsAndMentions() {
    Article a = article("a1", "Outlet A", DAY, body(1, 60));
    try (EventStore s = open()) {
      BatchReport r = s.add(List.of(coded(a,
          event(a, 1, country("RUS", "MIL"), country("UKR", ""), "190", -10, 4, DAY, Modality.ASSERTED, 0.9),
          event(a, 2, country("UKR", "GOV"), country("RUS", ""), "112", -2, 3, DAY, Modality.ASSERTED, 0.7)),
          new Result(null, new Outcome.Skipped("bad.jsonl:3", "read", "line 3: malformed JSON"))));
      assertEquals(2, r.mentions());
      assertEquals(2, r.newEvents());
      assertEquals(Map.of("articles", 1L, "outcomes", 2L, "events", 2L, "mentions", 2L), s.tableCounts());
      StoredEvent e = s.events(EventFilter.builder().cameo("19").build()).get(0);
      assertEquals("RUS", e.sourceKey());
      assertEquals("RUSMIL", e.sourceCode());
      assertEquals(1, e.numSources());
      assertEquals(EventConfidence.SINGLE_SOURCE_FACTOR * 0.9, e.confidence(), 1e-9);
    }
  }

  @Test void addingTheSameArticleAgainAddsNothing() {
    Article a = article("a1", "Outlet A", DAY, body(1, 60));
    Article sameUrl = new Article("other-id", null, body(2, 60), DAY, a.url(), "Outlet A");
    Article sameText = new Article("third-id", a.title(), a.text().replace("  ", " ").toUpperCase(), DAY, null, "Outlet B");
    try (EventStore s = open()) {
      Result first = coded(a, event(a, 1, country("RUS", ""), country("UKR", ""), "190", -10, 4, DAY, Modality.ASSERTED, 0.9));
      s.add(List.of(first));
      Map<String, Long> before = s.tableCounts();
      BatchReport again = s.add(List.of(first, new Result(sameUrl, new Outcome.Coded("other-id", 1, List.of())),
          new Result(sameText, new Outcome.Coded("third-id", 1, List.of()))));
      assertEquals(List.of("same id", "same url", "same text"), again.articles().stream().map(BatchReport.ArticleResult::reason).toList());
      assertEquals(3, again.count(BatchReport.Status.DUPLICATE));
      assertEquals(before, s.tableCounts());
      assertEquals(Map.of("other-id", "a1", "third-id", "a1"), s.findStored(List.of(sameUrl, sameText)));
    }
  }
}
