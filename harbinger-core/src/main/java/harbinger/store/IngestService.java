package harbinger.store;

import harbinger.error.ConfigException;
import harbinger.ingest.ReadItem;
import harbinger.model.Article;
import harbinger.output.RunSummary;
import harbinger.pipeline.Pipeline;
import harbinger.pipeline.Result;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Codes articles with the {@link Pipeline} and stores them, chunk by chunk: for each chunk of read items, asks the
 * store which articles it already holds (those are not coded again), codes the rest ({@code threads} at a time)
 * and adds the results in one transaction. A crash therefore loses at most the chunk being coded, and a re-run
 * skips what was stored. Not thread-safe; one ingest at a time per store.
 */
public final class IngestService {
  private final Supplier<Pipeline> pipeline;
  private final EventStore store;
  private final int threads;
  private final int chunk;

  /**
   * @param pipeline gives the pipeline when the first article needs coding (so a re-run that finds everything stored
   *     never loads the NLP models)
   * @param chunk items per transaction, 1..10,000
   * @throws ConfigException for a thread count outside 1..64 or a bad chunk size
   */
  public IngestService(Supplier<Pipeline> pipeline, EventStore store, int threads, int chunk) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.store = Objects.requireNonNull(store, "store");
    if (threads < 1 || threads > 64) throw new ConfigException("threads must be in 1..64 but was " + threads);
    if (chunk < 1 || chunk > 10_000) throw new ConfigException("chunk must be in 1..10000 but was " + chunk);
    this.threads = threads;
    this.chunk = chunk;
  }

  /**
   * What an ingest did.
   *
   * @param coding outcomes of the items that were coded (already stored articles are not coded, not counted here)
   * @param store what the store did with every item, already stored ones included
   */
  public record Summary(RunSummary coding, BatchReport store) {}

  /**
   * Ingests every item; {@code afterChunk} sees each chunk's report once it is committed.
   */
  public Summary ingest(Stream<ReadItem> items, Consumer<BatchReport> afterChunk) {
    return ingest(items, () -> {}, afterChunk);
  }

  /**
   * As {@link #ingest(Stream, Consumer)}, and {@code perItem} runs once for each item as soon as it is settled
   * (found already stored, or coded or skipped by the pipeline; before its chunk is committed), on the calling
   * thread, for progress bars that move article by article rather than chunk by chunk.
   */
  public Summary ingest(Stream<ReadItem> items, Runnable perItem, Consumer<BatchReport> afterChunk) {
    RunSummary.Accumulator coding = RunSummary.accumulator();
    BatchReport total = BatchReport.empty();
    Iterator<ReadItem> it = items.iterator();
    while (it.hasNext()) {
      List<ReadItem> batch = new ArrayList<>(chunk);
      while (it.hasNext() && batch.size() < chunk) batch.add(it.next());
      List<Article> articles = new ArrayList<>();
      for (ReadItem i : batch) if (i instanceof ReadItem.Read r) articles.add(r.article());
      Map<String, String> stored = articles.isEmpty() ? Map.of() : store.findStored(articles);
      List<BatchReport.ArticleResult> known = new ArrayList<>();
      List<ReadItem> todo = new ArrayList<>();
      for (ReadItem i : batch) {
        String dup = i instanceof ReadItem.Read ? stored.get(i.id()) : null;
        if (dup != null) {
          known.add(new BatchReport.ArticleResult(i.id(), BatchReport.Status.DUPLICATE, dup, "already stored"));
          perItem.run();
        } else {
          todo.add(i);
        }
      }
      List<Result> results = new ArrayList<>(todo.size());
      if (!todo.isEmpty()) {
        pipeline.get().runAll(todo.stream(), threads, r -> {
          results.add(r);
          perItem.run();
        });
      }
      results.forEach(r -> coding.add(r.outcome()));
      BatchReport report = new BatchReport(known, 0, 0).plus(results.isEmpty() ? BatchReport.empty() : store.add(results));
      total = total.plus(report);
      afterChunk.accept(report);
    }
    return new Summary(coding.build(), total);
  }
}
