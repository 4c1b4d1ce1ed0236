package harbinger.cli;

import harbinger.ingest.ReadItem;
import harbinger.ingest.ReadOptions;
import harbinger.model.AnnotatedDoc;
import harbinger.model.Dependency;
import harbinger.model.Sentence;
import harbinger.model.Timex;
import harbinger.model.Token;
import harbinger.nlp.AnnotatedDocJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code harbinger parse}: shows the linguistic annotation the coder sees, as a table or as doc JSON. */
@Command(name = "parse", mixinStandardHelpOptions = true,
    description = "Show tokens, NER, dependencies and time expressions of articles (for checking the coder).")
final class ParseCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE|-", description = "Input file; - reads stdin.") String input;
  @Mixin PublishedOption date;
  @Option(names = "--json", description = "Write the annotated document JSON (the golden-file format).") boolean json;
  @Spec CommandSpec spec;
  private final Engine engine;

  ParseCommand(Engine engine) { this.engine = engine; }

  @Override public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ReadOptions options = ReadOptions.defaults().withPublished(date.published);
    try (Stream<ReadItem> items = input.equals("-") ? engine.sources().read("-", System.in, options)
        : engine.sources().read(Path.of(input), options)) {
      items.forEach(item -> {
        if (!(item instanceof ReadItem.Read r)) {
          spec.commandLine().getErr().println("skipped " + item.id() + ": " + ((ReadItem.Unreadable) item).reason());
          return;
        }
        AnnotatedDoc doc = engine.nlp().annotate(r.article());
        if (json) out.println(AnnotatedDocJson.write(doc));
        else print(out, doc);
      });
    }
    out.flush();
    return 0;
  }

  private static void print(PrintWriter out, AnnotatedDoc doc) {
    for (Sentence s : doc.sentences()) {
      out.printf("# sentence %d (paragraph %d) [%d,%d): %s%n", s.index(), s.paragraph(), s.begin(), s.end(), s.text());
      for (Token t : s.tokens()) {
        Dependency head = s.headOf(t.index());
        out.printf("%3d %-18s %-14s %-5s %-12s %3s %-12s %s%n", t.index(), t.word(), t.lemma(), t.pos(), t.ner(),
            head == null ? "-" : String.valueOf(head.governor()), head == null ? "-" : head.relation(),
            t.normalized() == null ? "" : t.normalized());
      }
      for (Timex x : s.timexes()) out.printf("    timex %s [%d,%d) %s = %s%n", x.type(), x.beginToken(), x.endToken(), x.text(), x.value());
    }
  }
}
