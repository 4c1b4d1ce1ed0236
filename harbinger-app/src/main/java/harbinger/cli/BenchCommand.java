package harbinger.cli;

import harbinger.ingest.web.WebFormats;
import harbinger.ingest.ReadItem;
import harbinger.ingest.ReadOptions;
import harbinger.model.Outcome;
import harbinger.pipeline.PeakHeap;
import harbinger.pipeline.Pipeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code harbinger bench}: codes a corpus (the bundled sample by default) after one warm-up pass and prints
 * articles/s, sentences/s, events, peak heap and the time spent in each stage. Threads 1 and N run side by
 * side in one invocation so the figures compare. Every input format is accepted (as by {@code code}). The same
 * corpus can be measured on Spark with {@code harbinger-spark/run-local --input CORPUS --partitions 2 --bench 3},
 * and {@code scripts/bench-spark CORPUS} runs both and prints one table (see harbinger-spark/README.md). On a
 * terminal (or with {@code --progress}) a bar on stderr follows the warm-up and each thread count's passes, and is
 * erased before that row is printed; it is stepped from the result thread, outside the coding work being timed.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure coding throughput and peak heap on a corpus (default: the bundled sample corpus).")
final class BenchCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "FILE|DIR", description = "Corpus (default: samples/sample-corpus.jsonl).")
  Path corpus;

  @Option(names = "--rounds", defaultValue = "3", description = "Measured passes over the corpus per thread count.")
  int rounds;

  @Option(names = "--threads", split = ",", description = "Thread counts to compare (default: 1 and the core count).")
  List<Integer> threadCounts;

  @Mixin ProgressOptions progress;

  @Spec CommandSpec spec;
  private final Engine engine;

  BenchCommand(Engine engine) { this.engine = engine; }

  @Override public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Path input = corpus != null ? corpus : Engine.home().resolve("samples/sample-corpus.jsonl");
    long t0 = System.nanoTime();
    engine.nlp();
    engine.coder();
    out.printf(Locale.ROOT, "setup: models and dictionaries loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    PrintWriter err = spec.commandLine().getErr();
    long corpusSize;
    try (Progress bar = progress.bar(err, "articles", -1)) { // warm-up
      corpusSize = runOnce(input, 1, engine.pipeline(), bar)[0];
      bar.erase();
    }
    List<Integer> counts = threadCounts != null ? threadCounts : List.of(1, Engine.threads()).stream().distinct().toList();
    out.println("threads  articles  sentences  events  seconds  articles/s  sentences/s  check_ms  language_ms  nlp_ms  code_ms");
    for (int threads : counts) {
      Pipeline p = engine.pipeline();
      long start = System.nanoTime();
      long[] totals = new long[3];
      try (Progress bar = progress.bar(err, "articles", corpusSize * rounds)) {
        for (int r = 0; r < rounds; r++) {
          long[] one = runOnce(input, threads, p, bar);
          for (int i = 0; i < 3; i++) totals[i] += one[i];
        }
        bar.erase();
      }
      double secs = (System.nanoTime() - start) / 1e9;
      var ms = p.times().millis();
      out.printf(Locale.ROOT, "%7d  %8d  %9d  %6d  %7.2f  %10.1f  %11.1f  %8d  %11d  %6d  %7d%n", threads, totals[0],
          p.times().sentences(), totals[2], secs, totals[0] / secs, p.times().sentences() / secs,
          ms.getOrDefault("check", 0L), ms.getOrDefault("language", 0L), ms.getOrDefault("nlp", 0L), ms.getOrDefault("code", 0L));
    }
    out.println(PeakHeap.line());
    return 0;
  }

  /** Articles, sentences (unused here) and events of one pass; {@code bar} steps once per article. */
  private static long[] runOnce(Path input, int threads, Pipeline p, Progress bar) {
    long[] totals = new long[3];
    try (Stream<ReadItem> items = WebFormats.all().read(input, ReadOptions.defaults())) {
      p.runAll(items, threads, r -> {
        bar.step();
        totals[0]++;
        if (r.outcome() instanceof Outcome.Coded c) totals[2] += c.events().size();
      });
    }
    return totals;
  }
}
