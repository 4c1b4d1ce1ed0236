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
import harbinger.store.EventConfidence;
import harbinger.store.EventFilter;
import harbinger.store.EventStore;
import harbinger.store.StoredEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusteringIT {
  static final LocalDate DAY = LocalDate.of(2023, 9, 19);
  @TempDir Path dir;
  int seed;

  Article art(String id, String outlet, LocalDate published) { return article(id, outlet, published, body(++seed * 31L, 60)); }

  List<StoredEvent> events(EventStore s) { return s.events(EventFilter.builder().limit(1000).build()); }

  @Test void independentReportsWithinADayAreOneEventAndRaiseConfidence() {
    Article a = art("a", "Outlet A", DAY);
    Article b = art("b", "Outlet B", DAY.plusDays(1));
    Article c = art("c", "Outlet A", DAY);
    try (EventStore s = DuckDbStores.open(dir.resolve("c.duckdb"), DuckDbStores.Mode.WRITE, Duration.ZERO)) {
      s.add(List.of(coded(a, event(a, 1, country("AZE", "MIL"), country("ARM", ""), "190", -10, 4, DAY, Modality.ASSERTED, 0.6))));
      double single = events(s).get(0).confidence();
      s.add(List.of(coded(b, event(b, 1, country("AZE", "GOV"), country("ARM", "REB"), "190", -10, 4, DAY.plusDays(1), Modality.CLAIMED, 0.5)),
          coded(c, event(c, 1, country("AZE", ""), country("ARM", ""), "19", -10, 4, DAY, Modality.ASSERTED, 0.7))));
      List<StoredEvent> all = events(s);
      assertEquals(1, all.size(), () -> all.toString());
      StoredEvent e = all.get(0);
      assertEquals(3, e.numMentions());
      assertEquals(3, e.numArticles());
      assertEquals(2, e.numSources());
      assertEquals(2, e.independentSources());
      assertEquals(EventConfidence.of(List.of(0.7, 0.5)), e.confidence(), 1e-9);
      assertTrue(e.confidence() > single);
      assertEquals(DAY, e.date());
      assertEquals("AZEMIL", e.sourceCode(), "descriptive fields are the first mention's");
    }
  }

  @Test void differentBaseCodeDayModalityOrPartyMakeDifferentEvents() {
    Article a = art("a", "Outlet A", DAY);
    try (EventStore s = DuckDbStores.open(dir.resolve("d.duckdb"), DuckDbStores.Mode.WRITE, Duration.ZERO)) {
      s.add(List.of(coded(a,
          event(a, 1, country("AZE", ""), country("ARM", ""), "190", -10, 4, DAY, Modality.ASSERTED, 0.6),
          event(a, 2, country("AZE", ""), country("ARM", ""), "180", -9, 4, DAY, Modality.ASSERTED, 0.6),
          event(a, 3, country("AZE", ""), country("ARM", ""), "190", -10, 4, DAY.plusDays(2), Modality.ASSERTED, 0.6),
          event(a, 4, country("AZE", ""), country("ARM", ""), "190", -10, 4, DAY, Modality.NEGATED, 0.6),
          event(a, 5, country("ARM", ""), country("AZE", ""), "190", -10, 4, DAY, Modality.ASSERTED, 0.6),
          event(a, 6, country("AZE", ""), country("ARM", ""), "190", -10, 4, DAY, Modality.ASSERTED, 0.6))));
      List<StoredEvent> all = events(s);
      assertEquals(5, all.size(), () -> all.toString());
      StoredEvent first = all.stream().filter(e -> e.firstArticleId().equals("a") && e.numMentions() == 2).findFirst().orElseThrow();
      assertEquals(1, first.numArticles(), "an article repeating an event adds a mention, not an article");
    }
  }

  @Test void aMentionJoinsTheClosestEventAndDoesNotChainAcrossDays() {
    try (EventStore s = DuckDbStores.open(dir.resolve("e.duckdb"), DuckDbStores.Mode.WRITE, Duration.ZERO)) {
      for (int d = 0; d < 4; d++) {
        Article a = art("day" + d, "Outlet " + d, DAY.plusDays(d));
        s.add(List.of(coded(a, event(a, 1, country("AZE", ""), country("ARM", ""), "190", -10, 4, DAY.plusDays(d), Modality.ASSERTED, 0.6))));
      }
      List<StoredEvent> all = events(s);
      assertEquals(List.of(DAY, DAY.plusDays(2)), all.stream().map(StoredEvent::date).toList());
      assertEquals(List.of(2, 2), all.stream().map(StoredEvent::numMentions).toList());
    }
  }
}
