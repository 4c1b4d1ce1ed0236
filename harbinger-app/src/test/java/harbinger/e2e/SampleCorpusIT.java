package harbinger.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import harbinger.coding.expect.ArticleExpectation;
import harbinger.ingest.ArticleSources;
import harbinger.ingest.ReadItem;
import harbinger.ingest.ReadOptions;
import harbinger.model.Event;
import harbinger.model.Outcome;
import harbinger.pipeline.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bundled sample corpus ({@code samples/sample-corpus.jsonl}) through the real pipeline:
 * <ol>
 *   <li>each article's events equal its golden file {@code src/test/resources/golden/sample/<id>.events.tsv}
 *       (see {@link GoldenEvents}); {@code -Dgolden.update=true} rewrites the files, to be reviewed in the diff;</li>
 *   <li>the hand-written expectations of {@code samples/sample-corpus.expected.tsv} hold at least as often,
 *       per article, as the ratchet {@code samples/sample-corpus.floors.tsv} says
 *       ({@code -Dexpectations.update=true} raises the floors);</li>
 *   <li>every article yields exactly one outcome, and the boilerplate/sport article yields no event.</li>
 * </ol>
 */
class SampleCorpusIT {
  static final String UPDATE_FLOORS = "expectations.update";
  private static final String BOILERPLATE_PREFIX = "s22-";

  private static Path root;
  /** Article id → its result, in corpus order. */
  private static final Map<String, Result> results = new LinkedHashMap<>();
  private static int outcomes;

  @BeforeAll
  static void codeTheCorpus() {
    root = TestPaths.repoRoot();
    try (Stream<ReadItem> items = ArticleSources.open(root.resolve("samples/sample-corpus.jsonl"), ReadOptions.defaults())) {
      for (Result r : TestEngine.run(items)) {
        outcomes++;
        results.putIfAbsent(r.outcome().articleId(), r);
      }
    }
  }

  private static Path goldenDir() { return root.resolve("harbinger-app/src/test/resources/golden/sample"); }

  @TestFactory
  Stream<DynamicTest> eachArticleCodesLikeItsGolden() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Result r : results.values()) {
      String id = r.outcome().articleId();
      tests.add(DynamicTest.dynamicTest(id, () -> {
        Outcome.Coded coded = assertInstanceOf(Outcome.Coded.class, r.outcome(), () -> id + " not coded: " + r.outcome());
        String actual = GoldenEvents.format(coded.events(), r.article().text());
        Path golden = goldenDir().resolve(id + ".events.tsv");
        if (Boolean.getBoolean("golden.update")) {
          Files.createDirectories(golden.getParent());
          if (!Files.exists(golden) || !Files.readString(golden, StandardCharsets.UTF_8).equals(actual)) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            System.out.println("SampleCorpusIT: wrote " + golden);
          }
          return;
        }
        assertTrue(Files.exists(golden), () -> id + ": no golden file " + golden + "; run with -Dgolden.update=true and review it");
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        GoldenEvents.firstDifference(expected, actual).ifPresent(diff ->
            fail(id + ": events differ from " + root.relativize(golden) + ", " + diff
                + "\n(if the change is an improvement, run with -Dgolden.update=true and review the diff)"));
      }));
    }
    tests.add(DynamicTest.dynamicTest("no golden file without an article", () -> {
      Set<String> stale = new TreeSet<>();
      if (Files.isDirectory(goldenDir())) {
        try (Stream<Path> files = Files.list(goldenDir())) {
          files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".events.tsv"))
              .filter(n -> !results.containsKey(n.substring(0, n.length() - ".events.tsv".length()))).forEach(stale::add);
        }
      }
      if (Boolean.getBoolean("golden.update")) {
        for (String n : stale) Files.delete(goldenDir().resolve(n));
        return;
      }
      assertTrue(stale.isEmpty(), () -> "golden files for articles no longer in the corpus: " + stale
          + " (run with -Dgolden.update=true to delete them)");
    }));
    return tests.stream();
  }

  @Test
  void expectationsHoldAtLeastAsOftenAsTheirFloors() {
    List<ArticleExpectation> all = ArticleExpectation.read(root.resolve("samples/sample-corpus.expected.tsv"));
    Map<String, Integer> passed = new TreeMap<>();
    Map<String, Integer> total = new TreeMap<>();
    StringBuilder failing = new StringBuilder();
    Set<String> failedArticles = new TreeSet<>();
    for (ArticleExpectation x : all) {
      Result r = results.get(x.articleId());
      assertTrue(r != null, () -> x.origin() + ": no article " + x.articleId() + " in the corpus");
      total.merge(x.articleId(), 1, Integer::sum);
      boolean ok = r.outcome() instanceof Outcome.Coded c && x.expectation().isSatisfiedBy(c.events());
      passed.merge(x.articleId(), ok ? 1 : 0, Integer::sum);
      if (!ok) {
        failedArticles.add(x.articleId());
        failing.append("FAIL ").append(x.articleId()).append(" (").append(TestPaths.relative(x.origin())).append("): ").append(x.expectation()).append('\n');
      }
    }
    Ratchet ratchet = new Ratchet(root.resolve("samples/sample-corpus.floors.tsv"), "article", UPDATE_FLOORS, List.of(
        "Ratchet for SampleCorpusIT: per article, the fewest expectations of sample-corpus.expected.tsv that must hold.",
        "Raise floors when the coder improves (mvn verify -Dexpectations.update=true rewrites this file,",
        "only ever raising floors); never lower one to make a build pass."));
    Ratchet.Verdict verdict = ratchet.check(passed);

    StringBuilder report = new StringBuilder("\n=== sample corpus expectations ===\n");
    int passedAll = 0;
    for (Map.Entry<String, Integer> e : total.entrySet()) {
      int p = passed.get(e.getKey());
      passedAll += p;
      report.append(String.format(Locale.ROOT, "%-36s %3d / %3d  (floor %d)%n", e.getKey(), p, e.getValue(), verdict.floors().getOrDefault(e.getKey(), 0)));
    }
    report.append(String.format(Locale.ROOT, "%-36s %3d / %3d%n", "all", passedAll, all.size()));
    report.append(failing);
    System.out.println(report);
    for (String id : failedArticles) {
      Result r = results.get(id);
      if (r.outcome() instanceof Outcome.Coded c) {
        System.out.println("events of " + id + ":\n" + EventText.list(c.events(), r.article().text(), "  "));
      }
    }
    verdict.gains().forEach(g -> System.out.println("REMINDER: " + g));
    assertTrue(verdict.drops().isEmpty(), () -> "sample-corpus expectation counts fell below their floors:\n  "
        + String.join("\n  ", verdict.drops()) + "\n(see the failing expectations printed above)");
  }

  @Test
  void everyArticleYieldsExactlyOneOutcome() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(root.resolve("samples/sample-corpus.jsonl"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) ids.add(json.readTree(line).path("id").asText());
    }
    assertFalse(ids.isEmpty());
    assertEquals(ids.size(), outcomes, "outcomes for " + ids.size() + " articles");
    assertEquals(ids, List.copyOf(results.keySet()), "one outcome per article id, in corpus order");
    for (Result r : results.values()) {
      assertInstanceOf(Outcome.Coded.class, r.outcome(), () -> "sample article skipped: " + r.outcome());
    }
  }

  @Test
  void boilerplateAndSportArticleYieldsNoEvents() {
    List<Result> s22 = results.values().stream().filter(r -> r.outcome().articleId().startsWith(BOILERPLATE_PREFIX)).toList();
    assertEquals(1, s22.size(), "one article with id " + BOILERPLATE_PREFIX + "* in the corpus");
    Result r = s22.get(0);
    Outcome.Coded c = assertInstanceOf(Outcome.Coded.class, r.outcome());
    assertTrue(c.sentences() > 0, "the article has sentences");
    assertTrue(c.events().isEmpty(), () -> r.outcome().articleId() + " yields events:\n" + EventText.list(c.events(), r.article().text(), "  "));
  }
}
