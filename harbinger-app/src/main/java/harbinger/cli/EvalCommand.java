package harbinger.cli;

import harbinger.error.ConfigException;
import harbinger.error.InputException;
import harbinger.eval.CameoToM2e2;
import harbinger.eval.EvalJson;
import harbinger.eval.EvalKind;
import harbinger.eval.EvalReport;
import harbinger.eval.EvalText;
import harbinger.eval.Evaluator;
import harbinger.eval.Floors;
import harbinger.eval.SystemUnderTest;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code harbinger eval}: runs gold sets through the real pipeline and prints precision, recall and F1 (exact
 * definitions in the help footer and in docs/evaluation.md), the worst errors, and, with {@code --floors},
 * whether every score stays at or above its floor (exit code 3 when one does not).
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Score the coder and the NLP stage on gold data: one set (--kind with --gold) or every set "
        + "found in a folder (--all with --gold-dir). Exit codes: 0 done (and floors met), 2 usage or unreadable "
        + "gold, 3 a score is below its floor, 65 malformed floors file."},
    footer = {"",
        "Definitions (see docs/evaluation.md):",
        "plover  Each gold record is coded as a one-sentence article (id = gold id, no",
        "        publication date). Gold draft-0.5 types are renamed DEMAND->REQUEST,",
        "        DISAPPROVE->ACCUSE, FIGHT->ASSAULT, INVESTIGATE->ACCUSE; produced",
        "        0813/0814 (RETREAT since 2021) count as the draft's CONCEDE and 1712",
        "        (ASSAULT since 2021) as its COERCE. type_recall =",
        "        records where some produced event has the gold type / records.",
        "        triple_recall = records where some produced event has the gold type",
        "        AND its source matches a gold source code AND (when the gold has",
        "        targets) its target matches a gold target code / records; reciprocal",
        "        records also accept the reverse direction. A gold code matches an",
        "        actor when it equals the actor's country or is a prefix of its whole",
        "        code (gold IGO matches IGOUNO...; the gold has no NGO code, so IGO",
        "        also matches NGO...); gold JAP, ITL are read as JPN, ITA.",
        "        event_precision = produced events that match type and actors of their",
        "        record's gold event / all produced events; type_precision = produced",
        "        events with the gold type / all produced events.",
        "cameo   root_recall, code3_recall, exact_recall = records where some produced",
        "        event has the gold root (2 digits) / the same first 3 digits / exactly",
        "        the gold code, over records. root_precision = produced events whose",
        "        root equals the gold root / all produced events.",
        "m2e2    Each gold document is coded as one article, sentences joined by a",
        "        blank line, published on the date in its id (VOA_EN_NW_2013.01.21...).",
        "        Units are (sentence, type) pairs over Conflict:Attack,",
        "        Conflict:Demonstrate, Justice:Arrest-Jail, Contact:Meet,",
        "        Contact:Phone-Write, Transaction:Transfer-Money (Life:Die and",
        "        Movement:Transport are not scored). Produced CAMEO codes map to types",
        "        by harbinger/data/eval/cameo_to_m2e2.tsv (longest prefix). All",
        "        sentences count, event-free ones too. Micro precision = TP/(TP+FP),",
        "        recall = TP/(TP+FN), f1 = 2TP/(2TP+FP+FN); f1[Type] per type.",
        "timex   NLP stage only, the document creation time as publication date. For",
        "        each gold DATE (and TIME, reported separately): span_recall = gold",
        "        expressions overlapped by a produced one / gold; value_accuracy = gold",
        "        expressions overlapped by a produced one whose value equals the gold",
        "        value at the gold's granularity (produced value cut to the gold's",
        "        length at a field boundary; X in the gold matches anything; a week",
        "        also accepts a day in that week) / gold.",
        "quotes  Gold attributions with a source and a content span. content_recall =",
        "        those overlapped by a produced quote / all; speaker_accuracy = those",
        "        overlapped by a produced quote whose speaker words overlap the gold",
        "        source, or whose speaker actor (resolved through the coder's",
        "        discourse) has a canonical name whose last word occurs in the gold",
        "        source words / all. quote_precision = produced quotes overlapping any",
        "        gold content / produced quotes.",
        "Floors file (--floors): TSV 'set<TAB>metric<TAB>floor', '#' comments; an",
        "undefined score fails."})
final class EvalCommand implements Callable<Integer> {
  static final int BELOW_FLOOR = 3;

  @Option(names = "--kind", paramLabel = "SET", description = "Gold set: plover, cameo, m2e2, timex or quotes.")
  String kind;

  @Option(names = "--gold", paramLabel = "FILE.jsonl", description = "Gold file of the --kind set.")
  Path gold;

  @Option(names = "--all", description = "Run every gold set present in --gold-dir.")
  boolean all;

  @Option(names = "--gold-dir", paramLabel = "DIR", description = "Folder with the gold files under their usual names.")
  Path goldDir;

  @Option(names = "--floors", paramLabel = "FILE.tsv", description = "Fail (exit 3) when a score is below its floor.")
  Path floorsFile;

  @Option(names = "--json", description = "Print one JSON object instead of the table.")
  boolean json;

  @Option(names = "--worst", paramLabel = "N", description = "Errors listed per set, worst first (default: 10 with --kind, 0 with --all).")
  Integer worst;

  @Mixin RunOptions run;

  @Option(names = "--parse-cache", paramLabel = "DIR", description = {"Keep the NLP stage's parses in DIR and "
      + "reuse them on later runs (the coder still runs). A parse is reused only while the article and the NLP "
      + "code are unchanged; with every parse cached the CoreNLP models are not even loaded."})
  Path parseCache;

  /**
   * Builds the system to evaluate for a thread count; it calls {@code perArticle} as each article is done and
   * reads and fills the parse cache folder when one is given (null: none).
   */
  @FunctionalInterface
  interface Systems {
    SystemUnderTest create(int threads, Runnable perArticle, @Nullable Path parseCache);
  }

  @Spec CommandSpec spec;
  private final Systems systems;

  /** With the system to evaluate (tests pass a fake). */
  EvalCommand(Systems systems) { this.systems = systems; }

  @Override public Integer call() {
    List<Run> runs = runs();
    Floors floors = floorsFile == null ? null : Floors.read(floorsFile);
    int shown = worst != null ? worst : all ? 0 : 10;
    if (shown < 0) throw new ConfigException("--worst must be >= 0 but was " + shown);
    int workers = run.workers();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SystemUnderTest system = new ProgressSystem(step -> systems.create(workers, step, parseCache), err, run.progress.forced());
    Evaluator evaluator = new Evaluator(system, CameoToM2e2.loadDefault());
    List<EvalReport> reports = new ArrayList<>();
    for (Run run : runs) {
      long t0 = System.nanoTime();
      EvalReport report = evaluator.run(run.kind(), run.file());
      err.printf(Locale.ROOT, "eval %s: %d units from %s in %.1f s%n", report.set(), report.units(), run.file(),
          (System.nanoTime() - t0) / 1e9);
      err.flush();
      reports.add(report);
    }
    Floors.Check check = floors == null ? null : floors.check(reports);
    if (json) {
      out.println(EvalJson.write(reports, shown, check));
    } else {
      out.print(EvalText.table(reports));
      for (EvalReport r : reports) out.print(EvalText.details(r, shown));
      if (check != null) printCheck(out, check);
    }
    out.flush();
    return check != null && !check.passed() ? BELOW_FLOOR : 0;
  }

  private record Run(EvalKind kind, Path file) {}

  private List<Run> runs() {
    if (all == (kind != null)) throw usage("give either --kind SET with --gold FILE, or --all with --gold-dir DIR");
    if (!all) {
      if (gold == null) throw usage("--kind needs --gold FILE");
      if (goldDir != null) throw usage("--gold-dir goes with --all, not --kind");
      EvalKind k;
      try {
        k = EvalKind.parse(kind);
      } catch (IllegalArgumentException e) {
        throw usage(e.getMessage());
      }
      return List.of(new Run(k, gold));
    }
    if (goldDir == null) throw usage("--all needs --gold-dir DIR");
    if (gold != null) throw usage("--gold goes with --kind, not --all");
    if (!Files.isDirectory(goldDir)) throw new InputException(goldDir + ": gold folder not found");
    List<Run> runs = new ArrayList<>();
    for (EvalKind k : EvalKind.values()) {
      Path f = goldDir.resolve(k.fileName());
      if (Files.isRegularFile(f)) runs.add(new Run(k, f));
    }
    if (runs.isEmpty()) throw new InputException(goldDir + ": no gold files (expected names such as " + EvalKind.PLOVER.fileName() + ")");
    return runs;
  }

  private ParameterException usage(String message) { return new ParameterException(spec.commandLine(), message); }

  private static void printCheck(PrintWriter out, Floors.Check check) {
    out.println();
    for (String u : check.unchecked()) out.println("floor not checked: " + u);
    if (check.passed()) {
      out.println("floors: all met");
    } else {
      out.println("floors: " + check.failures().size() + " below floor");
      for (String f : check.failures()) out.println("  " + f);
    }
  }
}
