package harbinger.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.coding.expect.Expectation;
import harbinger.coding.expect.FailureCase;
import harbinger.model.Article;
import harbinger.model.Event;
import harbinger.model.Outcome;
import harbinger.pipeline.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs every case of the failure-mode suite ({@code src/test/resources/failure-modes/*.tsv}, one file per
 * mode) through the real pipeline, each case as one article (id = case id, published = the case date), and
 * checks each of its expectations. The coder does not pass every case yet, so the test holds a ratchet: the
 * per-mode pass counts may not fall below {@code failure-modes/floors.tsv}. Run with
 * {@code -Dfailuremodes.update=true} to raise the floors to today's counts.
 */
class FailureModeSuiteIT {
  static final String FLOORS = "floors.tsv";
  static final String UPDATE = "failuremodes.update";

  /** One case's verdict. */
  record CaseRun(String mode, FailureCase c, Outcome outcome, List<Expectation> unmet) {
    boolean passed() { return outcome instanceof Outcome.Coded && unmet.isEmpty(); }
  }

  @Test
  void perModePassCountsNeverFallBelowTheirFloors() throws IOException {
    Path dir = TestPaths.appDir("src/test/resources/failure-modes");
    Map<String, List<FailureCase>> modes = readModes(dir);
    List<FailureCase> all = modes.values().stream().flatMap(List::stream).toList();
    List<Article> articles = all.stream().map(c -> new Article(c.id(), null, c.text(), c.published(), null, null)).toList();
    long t0 = System.nanoTime();
    List<Result> results = TestEngine.runArticles(articles);
    System.out.printf(Locale.ROOT, "FailureModeSuiteIT: %d cases coded in %.1f s%n", all.size(), (System.nanoTime() - t0) / 1e9);
    assertEquals(all.size(), results.size(), "one outcome per case");

    Map<String, List<CaseRun>> runs = new LinkedHashMap<>();
    int k = 0;
    for (Map.Entry<String, List<FailureCase>> mode : modes.entrySet()) {
      List<CaseRun> modeRuns = new ArrayList<>();
      for (FailureCase c : mode.getValue()) {
        Outcome o = results.get(k++).outcome();
        assertEquals(c.id(), o.articleId(), "outcomes come back in input order");
        List<Event> events = o instanceof Outcome.Coded coded ? coded.events() : List.of();
        List<Expectation> unmet = c.expectations().stream().filter(x -> !x.isSatisfiedBy(events)).toList();
        modeRuns.add(new CaseRun(mode.getKey(), c, o, unmet));
      }
      runs.put(mode.getKey(), modeRuns);
    }

    Map<String, Integer> passed = new TreeMap<>();
    runs.forEach((mode, list) -> passed.put(mode, (int) list.stream().filter(CaseRun::passed).count()));
    Ratchet ratchet = new Ratchet(dir.resolve(FLOORS), "mode", UPDATE, List.of(
        "Ratchet for FailureModeSuiteIT: the fewest cases of each failure mode that must pass.",
        "Raise a floor when the coder improves (mvn verify -Dfailuremodes.update=true rewrites this file,",
        "only ever raising floors); never lower one to make a build pass."));
    Ratchet.Verdict verdict = ratchet.check(passed);
    System.out.println(report(runs, verdict));
    verdict.gains().forEach(g -> System.out.println("REMINDER: " + g));
    assertTrue(verdict.drops().isEmpty(), () -> "failure-mode pass counts fell below their floors:\n  "
        + String.join("\n  ", verdict.drops()) + "\n(see the failing cases printed above)");
  }

  /** Mode files in name order, the floors file excluded; each mode's cases in file order. */
  static Map<String, List<FailureCase>> readModes(Path dir) throws IOException {
    Map<String, List<FailureCase>> modes = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.equals(FLOORS)) continue;
        modes.put(name.substring(0, name.length() - ".tsv".length()), FailureCase.read(f));
      }
    }
    assertFalse(modes.isEmpty(), "no failure-mode files in " + dir);
    return modes;
  }

  static String report(Map<String, List<CaseRun>> runs, Ratchet.Verdict verdict) {
    StringBuilder b = new StringBuilder();
    b.append("\n=== failure-mode suite ===\n");
    b.append(String.format(Locale.ROOT, "%-14s %6s %6s %6s%n", "mode", "passed", "total", "floor"));
    int passedAll = 0;
    int totalAll = 0;
    for (Map.Entry<String, List<CaseRun>> e : runs.entrySet()) {
      int passed = (int) e.getValue().stream().filter(CaseRun::passed).count();
      int total = e.getValue().size();
      passedAll += passed;
      totalAll += total;
      b.append(String.format(Locale.ROOT, "%-14s %6d %6d %6d%n", e.getKey(), passed, total,
          verdict.floors().getOrDefault(e.getKey(), 0)));
    }
    b.append(String.format(Locale.ROOT, "%-14s %6d %6d%n", "all", passedAll, totalAll));
    b.append("\n=== failing cases ===\n");
    for (List<CaseRun> list : runs.values()) {
      for (CaseRun r : list) {
        if (r.passed()) continue;
        b.append("FAIL ").append(r.mode()).append(' ').append(r.c().id()).append(" (").append(TestPaths.relative(r.c().origin())).append(", published ")
            .append(r.c().published()).append(")\n");
        b.append("  text:   ").append(r.c().text()).append('\n');
        if (r.outcome() instanceof Outcome.Skipped s) {
          b.append("  skipped [").append(s.stage()).append("]: ").append(s.reason()).append('\n');
          continue;
        }
        for (Expectation x : r.unmet()) b.append("  unmet:  ").append(x).append('\n');
        b.append("  events:\n").append(EventText.list(((Outcome.Coded) r.outcome()).events(), r.c().text(), "    ")).append('\n');
      }
    }
    return b.toString();
  }
}
