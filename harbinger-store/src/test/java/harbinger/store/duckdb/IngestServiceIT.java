package harbinger.store.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import harbinger.coding.EventCoder;
import harbinger.ingest.ReadItem;
import harbinger.model.AnnotatedDoc;
import harbinger.model.Article;
import harbinger.pipeline.Pipeline;
import harbinger.store.BatchReport.Status;
import harbinger.store.EventStore;
import harbinger.store.IngestService;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest service over a real store and the real coder, with an annotator that finds no sentences. */
class IngestServiceIT {
  @TempDir Path dir;
  final AtomicInteger pipelines = new AtomicInteger();
  final AtomicInteger annotated = new AtomicInteger();

  Pipeline pipeline() {
    pipelines.incrementAndGet();
    return Pipeline.create(a -> {
      annotated.incrementAndGet();
      return new AnnotatedDoc(a, List.of());
    }, EventCoder.createDefault());
  }

  static List<ReadItem> items() {
    List<ReadItem> out = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      out.add(new ReadItem.Read(Fixtures.article("a" + i, "Outlet", LocalDate.of(2024, 1, 1),
          "The talks were held in the capital and the minister said that it was a good day for the region. " + Fixtures.body(i, 50))));
    }
    out.add(new ReadItem.Unreadable("in.jsonl:9", "line 9: malformed JSON"));
    out.add(new ReadItem.Read(new Article("blank", null, " ", null, null, null)));
    return out;
  }

  @Test void storesEveryItemOnceAndCodesNothingTwice() {
    try (EventStore s = DuckDbStores.open(dir.resolve("i.duckdb"), DuckDbStores.Mode.WRITE_SHARED, Duration.ofSeconds(5))) {
      List<Integer> chunks = new ArrayList<>();
      IngestService service = new IngestService(this::pipeline, s, 2, 3);
      IngestService.Summary first = service.ingest(items().stream(), r -> chunks.add(r.articles().size()));
      assertEquals(List.of(3, 3, 1), chunks);
      assertEquals(5, first.coding().coded());
      assertEquals(2, first.coding().skipped().size());
      assertEquals(7, first.store().count(Status.ADDED));
      assertEquals(5, annotated.get(), "the blank article is skipped before annotation");
      assertEquals(java.util.Map.of("articles", 6L, "outcomes", 7L, "events", 0L, "mentions", 0L), s.tableCounts());

      int before = pipelines.get();
      IngestService.Summary again = service.ingest(items().stream(), r -> {});
      assertEquals(7, again.store().count(Status.DUPLICATE), "everything is found stored");
      assertEquals(0, again.store().count(Status.ADDED));
      assertEquals(before + 1, pipelines.get(), "only the chunk with the unreadable item reached the pipeline");
      assertEquals(5, annotated.get(), "nothing was annotated again");
      assertEquals(7L, s.tableCounts().get("outcomes"));
    }
  }

  @Test void everyItemIsReportedSettledOnceBeforeItsChunkIsCommitted() {
    try (EventStore s = DuckDbStores.open(dir.resolve("p.duckdb"), DuckDbStores.Mode.WRITE_SHARED, Duration.ofSeconds(5))) {
      IngestService service = new IngestService(this::pipeline, s, 2, 3);
      for (int pass = 0; pass < 2; pass++) { // first everything is coded, then everything is found already stored
        AtomicInteger settled = new AtomicInteger();
        List<Integer> settledAtCommit = new ArrayList<>();
        int[] reported = {0};
        service.ingest(items().stream(), settled::incrementAndGet, r -> {
          reported[0] += r.articles().size();
          settledAtCommit.add(settled.get());
        });
        assertEquals(List.of(3, 6, 7), settledAtCommit, "pass " + pass);
        assertEquals(7, reported[0], "pass " + pass);
      }
    }
  }
}
