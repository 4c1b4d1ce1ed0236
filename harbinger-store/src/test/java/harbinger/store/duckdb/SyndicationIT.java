package harbinger.store.duckdb;

import static harbinger.store.duckdb.Fixtures.coded;
import static harbinger.store.duckdb.Fixtures.country;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Article;
import harbinger.model.DatePrecision;
import harbinger.model.Event;
import harbinger.model.Modality;
import harbinger.model.Span;
import harbinger.pipeline.Result;
import harbinger.store.BatchReport;
import harbinger.store.BatchReport.Status;
import harbinger.store.EventConfidence;
import harbinger.store.EventFilter;
import harbinger.store.EventStore;
import harbinger.store.StoredEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled corpus carries one wire story run by three outlets (ids s07a, s07b, s07c: different headlines, one
 * sentence reworded, the ending trimmed). Stored with the strike each reports, it must be one event from three
 * sources, with the copies linked to the first and counted as one independent source.
 */
class SyndicationIT {
  @TempDir Path dir;

  /** The strike as the coder would report it: evidence is the first body sentence naming missiles. */
  static Event strike(Article a, double confidence) {
    int at = a.text().indexOf("missile", a.text().indexOf("\n\n"));
    int start = Math.max(a.text().lastIndexOf(". ", at) + 2, a.text().lastIndexOf("\n", at) + 1);
    int end = a.text().indexOf('.', at) + 1;
    return new Event(a.id(), a.id() + "-1", 1, a.text().substring(start, end), new Span(start, end),
        new Span(at, at + 7), a.published(), DatePrecision.DAY, country("RUS", "MIL"), country("UKR", ""), "195",
        "ASSAULT", "aerial", 4, -10, Modality.ASSERTED, null, null, List.of(), null, confidence);
  }

  @Test void sameStoryFromThreeOutletsIsOneEventWithThreeSources() {
    Map<String, Article> corpus = Fixtures.sampleCorpus();
    Article a = corpus.get("s07a-missile-barrage-wire");
    Article b = corpus.get("s07b-missile-barrage-ledger");
    Article c = corpus.get("s07c-missile-barrage-meridian");
    try (EventStore s = DuckDbStores.open(dir.resolve("s.duckdb"), DuckDbStores.Mode.WRITE, Duration.ZERO)) {
      BatchReport first = s.add(List.of(coded(a, strike(a, 0.9))));
      BatchReport rest = s.add(List.of(coded(b, strike(b, 0.8)), coded(c, strike(c, 0.7))));
      assertEquals(Status.ADDED, first.articles().get(0).status());
      assertEquals(List.of(Status.NEAR_DUPLICATE, Status.NEAR_DUPLICATE), rest.articles().stream().map(BatchReport.ArticleResult::status).toList());
      assertEquals(a.id(), rest.articles().get(0).duplicateOf());
      assertEquals(a.id(), rest.articles().get(1).duplicateOf());
      List<StoredEvent> events = s.events(EventFilter.builder().build());
      assertEquals(1, events.size(), () -> "one event expected: " + events);
      StoredEvent e = events.get(0);
      assertEquals(3, e.numSources());
      assertEquals(3, e.numArticles());
      assertEquals(3, e.numMentions());
      assertEquals(1, e.independentSources(), "copies of one wire story are not independent evidence");
      assertEquals(EventConfidence.SINGLE_SOURCE_FACTOR * 0.9, e.confidence(), 1e-9);
      assertTrue(s.stats(5).nearDuplicates() == 2);
    }
  }

  @Test void unrelatedStoriesOfTheCorpusAreNotNearDuplicates() {
    Map<String, Article> corpus = Fixtures.sampleCorpus();
    try (EventStore s = DuckDbStores.open(dir.resolve("u.duckdb"), DuckDbStores.Mode.WRITE, Duration.ZERO)) {
      List<Result> all = corpus.values().stream().sorted(java.util.Comparator.comparing(Article::id))
          .map(x -> new Result(x, new harbinger.model.Outcome.Coded(x.id(), 1, List.of()))).toList();
      BatchReport r = s.add(all);
      List<String> near = r.articles().stream().filter(x -> x.status() == Status.NEAR_DUPLICATE).map(BatchReport.ArticleResult::id).toList();
      assertEquals(List.of("s07b-missile-barrage-ledger", "s07c-missile-barrage-meridian"), near);
    }
  }

  @Test void aCopyPublishedMoreThanAWeekLaterIsNotLinked() {
    Article a = Fixtures.sampleCorpus().get("s07a-missile-barrage-wire");
    Article late = new Article("late-copy", "Another headline", "Another headline" + a.text().substring(a.text().indexOf("\n\n")),
        a.published().plusDays(8), null, "Late Outlet");
    Article near = new Article("near-copy", "Third headline", "Third headline" + a.text().substring(a.text().indexOf("\n\n")),
        a.published().plusDays(7), null, "Near Outlet");
    try (EventStore s = DuckDbStores.open(dir.resolve("w.duckdb"), DuckDbStores.Mode.WRITE, Duration.ZERO)) {
      s.add(List.of(coded(a)));
      assertEquals(Status.ADDED, s.add(List.of(coded(late))).articles().get(0).status());
      assertEquals(Status.NEAR_DUPLICATE, s.add(List.of(coded(near))).articles().get(0).status());
    }
  }
}
