package harbinger.cli;

import harbinger.ingest.ReadItem;
import harbinger.output.RunSummary;
import harbinger.pipeline.Pipeline;
import harbinger.store.BatchReport;
import harbinger.store.EventStore;
import harbinger.store.IngestService;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Where {@code watch} delivers the items of each poll: {@link #coding} codes every item and writes the events
 * through a {@link ResultSink}; {@link #storing} goes through {@link IngestService}, exactly as {@code ingest
 * --db} does: it asks the store which articles it already holds (by id, url or normalised text; those are not
 * coded again), codes the rest, and stores articles, outcomes (skipped items with their reasons) and events,
 * one transaction per chunk. Not thread-safe: one thread polls.
 */
interface PollSink extends AutoCloseable {
  /**
   * What became of one poll's items.
   *
   * @param coding the outcomes of the items that were coded (or could not be read)
   * @param store what the store did with every item, or null when writing to a stream
   */
  record Delivery(RunSummary coding, @Nullable BatchReport store) {
    public Delivery { Objects.requireNonNull(coding, "coding"); }

    /** Items found already stored, and therefore not coded. */
    long alreadyStored() {
      return store == null ? 0 : store.articles().stream().filter(a -> "already stored".equals(a.reason())).count();
    }
  }

  /** Delivers the items, stepping {@code progress} once per item. */
  Delivery deliver(List<ReadItem> items, Progress progress);

  @Override void close();

  /** Codes every item with {@code pipeline} and writes the results to {@code sink} (which this sink closes). */
  static PollSink coding(Pipeline pipeline, int threads, ResultSink sink) {
    return new PollSink() {
      @Override public Delivery deliver(List<ReadItem> items, Progress progress) {
        return new Delivery(ResultSink.codeAll(pipeline, items.stream(), threads, progress, sink), null);
      }

      @Override public void close() { sink.close(); }
    };
  }

  /**
   * Ingests the items into {@code store} (which this sink closes), {@code chunk} items per transaction;
   * {@code pipeline} is asked for a pipeline only when some item needs coding.
   */
  static PollSink storing(Supplier<Pipeline> pipeline, EventStore store, int threads, int chunk) {
    IngestService ingest = new IngestService(pipeline, store, threads, chunk);
    return new PollSink() {
      @Override public Delivery deliver(List<ReadItem> items, Progress progress) {
        IngestService.Summary s = ingest.ingest(items.stream(), progress::step, report -> {});
        return new Delivery(s.coding(), s.store());
      }

      @Override public void close() { store.close(); }
    };
  }
}
