package harbinger.cli;

import harbinger.ingest.ReadItem;
import harbinger.output.EventStats;
import harbinger.output.RunSummary;
import harbinger.pipeline.Pipeline;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code harbinger code}: reads articles and writes one event per line to stdout, a summary to stderr. */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = "Code articles (plain text, JSON Lines, HTML, WARC, a directory, or - for stdin) into events.")
final class CodeCommand implements Callable<Integer> {
  @Mixin ArticleInputs inputs;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default) or tsv (GDELT 2.0 event columns).")
  ResultWriter.Format format;

  @Mixin RunOptions run;

  @Option(names = "--stats", description = "Also print counts by type and modality and the top dyads to stderr.")
  boolean stats;

  @Spec CommandSpec spec;

  private final Engine engine;

  CodeCommand(Engine engine) { this.engine = engine; }

  @Override public Integer call() {
    int workers = run.workers();
    PrintWriter err = spec.commandLine().getErr();
    Pipeline pipeline = engine.pipeline();
    EventStats eventStats = new EventStats();
    RunSummary s;
    try (Progress progress = run.bar(err, "articles", -1);
         Stream<ReadItem> items = inputs.open(engine.sources(), progress);
         ResultSink sink = new ResultWriter(spec.commandLine().getOut(), format, false, eventStats)) {
      s = ResultSink.codeAll(pipeline, items, workers, progress, sink);
    }
    err.println(s.format(50));
    if (stats) err.print(eventStats.format(10));
    err.flush();
    return s.coded() == 0 ? 2 : 0;
  }
}
