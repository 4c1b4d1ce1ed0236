package harbinger.cli;

import harbinger.error.ConfigException;
import harbinger.ingest.ArticleSources;
import harbinger.ingest.ReadItem;
import harbinger.ingest.ReadOptions;
import harbinger.output.EventStats;
import harbinger.output.RunSummary;
import harbinger.pipeline.Pipeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code harbinger code}: reads articles and writes one event per line to stdout, a summary to stderr. */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = "Code articles (plain text, JSON Lines, HTML, WARC, a directory, or - for stdin) into events.")
final class CodeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-", description = "Input files or directories; - reads stdin.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles that carry none (relative dates stay unresolved without one).")
  LocalDate published;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default) or tsv (GDELT 2.0 event columns).")
  ResultWriter.Format format;

  @Option(names = "--threads", description = "Articles coded in parallel (default: cores, at most 4).")
  Integer threads;

  @Option(names = "--max-bytes", defaultValue = "2000000", description = "Largest article accepted, in bytes.")
  long maxBytes;

  @Option(names = "--stats", description = "Also print counts by type and modality and the top dyads to stderr.")
  boolean stats;

  @Option(names = "--progress", negatable = true,
      description = "Progress bar on stderr (default: only when running on a terminal).")
  Boolean progressFlag;

  @Spec CommandSpec spec;

  private final Engine engine;

  CodeCommand(Engine engine) { this.engine = engine; }

  @Override public Integer call() {
    int workers = threads == null ? Engine.threads() : threads;
    if (workers < 1 || workers > 64) throw new ConfigException("--threads must be in 1..64 but was " + workers);
    ReadOptions options = new ReadOptions(published, maxBytes);
    PrintWriter err = spec.commandLine().getErr();
    Pipeline pipeline = engine.pipeline();
    EventStats eventStats = new EventStats();
    RunSummary s;
    try (Progress progress = Progress.forConsole(err, "articles", -1, progressFlag);
         Stream<ReadItem> items = open(options);
         ResultSink sink = new ResultWriter(spec.commandLine().getOut(), format, false, eventStats)) {
      if (progress.enabled()) progress.total(count(options));
      s = ResultSink.codeAll(pipeline, items, workers, progress, sink);
    }
    err.println(s.format(50));
    if (stats) err.print(eventStats.format(10));
    err.flush();
    return s.coded() == 0 ? 2 : 0;
  }

  private Stream<ReadItem> open(ReadOptions options) {
    ArticleSources sources = engine.sources();
    Stream<ReadItem> all = Stream.empty();
    for (String in : inputs) {
      Stream<ReadItem> one = in.equals("-") ? sources.read("-", System.in, options) : sources.read(Path.of(in), options);
      all = Stream.concat(all, one);
    }
    return all;
  }

  /**
   * Items in the inputs, for the progress bar's total: a reading pass without coding (milliseconds per
   * article, against about a second of coding each). -1 when standard input is among the inputs.
   */
  private long count(ReadOptions options) {
    if (inputs.contains("-")) return -1;
    long n = 0;
    for (String in : inputs) {
      try (Stream<ReadItem> items = engine.sources().read(Path.of(in), options)) {
        n += items.count();
      }
    }
    return n;
  }
}
