package harbinger.cli;

import harbinger.ingest.ReadItem;
import harbinger.output.RunSummary;
import harbinger.pipeline.Pipeline;
import harbinger.pipeline.Result;
import java.util.stream.Stream;

/**
 * Where a command sends each pipeline result: {@link ResultWriter} writes events to a stream. (The event store is
 * not a result sink: storing must see the items <em>before</em> coding, so that articles already stored are not
 * coded again; {@code ingest} and {@code watch --db} go through {@link harbinger.store.IngestService}.) Not
 * thread-safe: results arrive on one thread.
 */
interface ResultSink extends AutoCloseable {
  void accept(Result result);

  @Override void close();

  /**
   * The loop {@code code} and {@code watch} share: codes {@code items} with {@code pipeline}, {@code threads} at a
   * time, hands each result to {@code sink} in input order and steps {@code progress} once per item.
   *
   * @return the outcomes of all items
   */
  static RunSummary codeAll(Pipeline pipeline, Stream<ReadItem> items, int threads, Progress progress, ResultSink sink) {
    RunSummary.Accumulator summary = RunSummary.accumulator();
    pipeline.runAll(items, threads, r -> {
      progress.step();
      summary.add(r.outcome());
      sink.accept(r);
    });
    return summary.build();
  }
}
