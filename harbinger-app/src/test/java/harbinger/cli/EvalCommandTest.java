package harbinger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import harbinger.eval.SystemUnderTest;
import harbinger.model.Actor;
import harbinger.model.AnnotatedDoc;
import harbinger.model.Article;
import harbinger.model.Event;
import harbinger.model.Modality;
import harbinger.model.Outcome;
import harbinger.model.Quote;
import harbinger.model.Span;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The eval command over a hand-written system and hand-written gold files: options, output and exit codes. */
class EvalCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final List<Integer> threadCounts = new ArrayList<>();

  /** Codes every article as one protest by the French (FRACVL), whatever it says. */
  private final class ProtestSystem implements SystemUnderTest {
    @Override public List<Outcome> code(List<Article> articles) {
      return articles.stream().map(a -> (Outcome) new Outcome.Coded(a.id(), 1, List.of(protest(a)))).toList();
    }

    @Override public List<Annotation> annotate(List<Article> articles) {
      return articles.stream().map(a -> new Annotation(a.id(), new AnnotatedDoc(a, List.of()), null)).toList();
    }

    @Override public List<Quote> quotes(AnnotatedDoc doc) { return List.of(); }
  }

  private static Event protest(Article a) {
    Actor french = new Actor("farmers", "FRACVL", "FRA", List.of("CVL"), null, null);
    return new Event(a.id(), a.id() + "-1", 0, a.text(), new Span(0, a.text().length()), new Span(0, 1), null, null,
        french, null, "141", "PROTEST", null, 4, -6.5, Modality.ASSERTED, null, null, List.of(), null, 0.9);
  }

  private CommandLine cli;

  @BeforeEach
  void setUp() throws IOException {
    Engine unused = new Engine(() -> { throw new AssertionError("the eval command must not load CoreNLP here"); });
    cli = HarbingerCli.commandLine(unused, n -> { threadCounts.add(n); return new ProtestSystem(); });
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    Files.writeString(dir.resolve("plover_gsr_cameo.dev.jsonl"), String.join("\n",
        ploverLine("p1", "PROTEST", "FRA"), ploverLine("p2", "PROTEST", "DEU"), ploverLine("p3", "ASSAULT", "FRA")) + "\n");
  }

  private static String ploverLine(String id, String type, String source) {
    return "{\"id\":\"" + id + "\",\"text\":\"Farmers marched.\",\"event\":{\"type\":\"" + type + "\"},"
        + "\"source\":[{\"code\":\"" + source + "\"}],\"target\":[],\"reciprocal\":false,\"date\":null}";
  }

  private int run(String... args) { return cli.execute(args); }

  @Test
  void printsTheScoreTableAndTheWorstErrorsOfOneSet() {
    int code = run("eval", "--kind", "plover", "--gold", dir.resolve("plover_gsr_cameo.dev.jsonl").toString(), "--worst", "1");
    assertEquals(0, code, err::toString);
    String text = out.toString();
    assertTrue(text.contains("plover  type_recall                         0.667        2        3"), text);
    assertTrue(text.contains("plover  triple_recall                       0.333        1        3"), text);
    assertTrue(text.contains("1 worst of 2 errors"), text);
    assertTrue(text.contains("[wrong type] p3"), text);
    assertEquals(List.of(Engine.threads()), threadCounts);
  }

  @Test
  void runsEverySetPresentInAFolderAndFailsWithExitThreeBelowAFloor() throws IOException {
    Path floors = dir.resolve("floors.tsv");
    Files.writeString(floors, "# set\tmetric\tfloor\nplover\ttype_recall\t0.60\nplover\ttriple_recall\t0.50\ncameo\troot_recall\t0.3\n");
    int code = run("eval", "--all", "--gold-dir", dir.toString(), "--floors", floors.toString(), "--threads", "2");
    assertEquals(EvalCommand.BELOW_FLOOR, code);
    String text = out.toString();
    assertTrue(text.contains("floors: 1 below floor"), text);
    assertTrue(text.contains("plover triple_recall = 0.333 (1/3) is below the floor 0.500"), text);
    assertTrue(text.contains("floor not checked: cameo root_recall (set not run)"), text);
    assertEquals(List.of(2), threadCounts);
  }

  @Test
  void exitsZeroWhenEveryFloorIsMet() throws IOException {
    Path floors = dir.resolve("floors.tsv");
    Files.writeString(floors, "plover\ttype_recall\t0.60\n");
    assertEquals(0, run("eval", "--all", "--gold-dir", dir.toString(), "--floors", floors.toString()));
    assertTrue(out.toString().contains("floors: all met"), out::toString);
  }

  @Test
  void writesOneJsonObjectWithScoresErrorsAndFloors() throws IOException {
    Path floors = dir.resolve("floors.tsv");
    Files.writeString(floors, "plover\ttype_recall\t0.9\n");
    int code = run("eval", "--kind", "PLOVER", "--gold", dir.resolve("plover_gsr_cameo.dev.jsonl").toString(), "--json",
        "--floors", floors.toString());
    assertEquals(3, code);
    JsonNode root = new ObjectMapper().readTree(out.toString());
    JsonNode plover = root.get("reports").get(0);
    assertEquals("plover", plover.get("set").asText());
    assertEquals("type_recall", plover.get("scores").get(0).get("name").asText());
    assertEquals(2, plover.get("scores").get(0).get("numerator").asInt());
    assertEquals(2, plover.get("error_count").asInt());
    assertEquals(false, root.get("floors").get("passed").asBoolean());
  }

  @Test
  void rejectsMixedOrMissingOptionsAsUsageErrors() {
    assertEquals(2, run("eval"));
    assertEquals(2, run("eval", "--kind", "plover"));
    assertEquals(2, run("eval", "--all"));
    assertEquals(2, run("eval", "--kind", "plover", "--gold", "x.jsonl", "--all", "--gold-dir", "d"));
    assertEquals(2, run("eval", "--kind", "news", "--gold", "x.jsonl"));
    assertTrue(threadCounts.isEmpty(), "nothing was run");
  }

  @Test
  void reportsUnreadableGoldAndBadFloorsWithTheirExitCodes() throws IOException {
    Files.writeString(dir.resolve("broken.jsonl"), "{\"id\":\"x\",\"text\":\"t\"}\n");
    assertEquals(2, run("eval", "--kind", "cameo", "--gold", dir.resolve("broken.jsonl").toString()));
    assertTrue(err.toString().contains("broken.jsonl:1: missing field cameo_code"), err::toString);
    Path floors = dir.resolve("bad.tsv");
    Files.writeString(floors, "plover\tf1\t0.5\n");
    assertEquals(65, run("eval", "--all", "--gold-dir", dir.toString(), "--floors", floors.toString()));
    assertEquals(2, run("eval", "--all", "--gold-dir", dir.resolve("empty").toString()));
  }
  @Test
  void reusesCachedParsesAndParsesAgainWhenTheGoldTextChanges() throws IOException {
    java.util.concurrent.atomic.AtomicInteger parsed = new java.util.concurrent.atomic.AtomicInteger();
    Engine engine = new Engine(() -> article -> {
      parsed.incrementAndGet();
      return new AnnotatedDoc(article, List.of());
    }, harbinger.pipeline.LanguageCheck.functionWords());
    CommandLine real = HarbingerCli.commandLine(engine);
    real.setOut(new PrintWriter(out));
    real.setErr(new PrintWriter(err));
    Path gold = dir.resolve("plover_gsr_cameo.dev.jsonl");
    Path cache = dir.resolve("parses");
    String[] args = {"eval", "--kind", "plover", "--gold", gold.toString(), "--parse-cache", cache.toString()};
    assertEquals(0, real.execute(args), err::toString);
    assertEquals(3, parsed.get());
    try (var files = Files.list(cache)) {
      assertEquals(3, files.filter(f -> f.toString().endsWith(".json")).count(), "one cached parse per record");
    }
    assertEquals(0, real.execute(args), err::toString);
    assertEquals(3, parsed.get(), "the second run reads every parse from the cache");
    Files.writeString(gold, Files.readString(gold).replaceFirst("Farmers marched", "Farmers rallied"));
    assertEquals(0, real.execute(args), err::toString);
    assertEquals(4, parsed.get(), "only the changed record is parsed again");
  }
}
