package harbinger.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.ingest.ReadItem;
import harbinger.ingest.ReadOptions;
import harbinger.ingest.web.WebFormats;
import harbinger.model.Event;
import harbinger.model.Outcome;
import harbinger.output.EventJson;
import harbinger.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local[2] mode gives the same events and outcomes as the CLI's pipeline (the same readers
 * and {@link Pipeline}, run directly) on the same small input. Needs the CoreNLP models (about a minute).
 */
class HarbingerJobIT {
  private static SparkSession spark;
  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().appName("harbinger-it").master("local[2]")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) spark.stop();
  }

  private static void input(Path in) throws IOException {
    Files.createDirectories(in.resolve("web"));
    Files.writeString(in.resolve("wire.jsonl"), String.join("\n",
        "{\"id\":\"w1\",\"title\":\"Leaders meet in Beijing\",\"text\":\"Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Monday. The two leaders signed an agreement on energy cooperation.\",\"published\":\"2022-02-07\"}",
        "{\"id\":\"w2\",\"text\":\"Israeli troops arrested three Palestinians in the West Bank on Tuesday, the army said. Protesters threw stones at the soldiers.\"}",
        "{\"id\":\"w3\", this line is broken",
        "{\"id\":\"w4\",\"text\":\"Les ministres des affaires étrangères se sont réunis mardi dans la capitale pour discuter de la réouverture des postes frontières fermés pendant le conflit de l'année dernière.\"}",
        "") + "\n");
    Files.writeString(in.resolve("web/talks.html"), "<html><head><meta property='article:published_time' content='2021-12-29'>"
        + "<meta property='og:site_name' content='Example Wire'></head><body><nav><a href='/'>Home</a></nav><article>"
        + "<h1>Iran and the United States hold talks</h1><p>Iran's foreign minister met the United States envoy in Vienna on "
        + "Wednesday to discuss the nuclear agreement, officials said.</p><p>The United States accused Iran of delaying the "
        + "negotiations, while Iran demanded that sanctions be lifted before any deal.</p></article></body></html>");
    Files.writeString(in.resolve("notes.pdf"), "%PDF-1.7");
  }

  @Test
  void eventsAndOutcomesEqualTheCliPipelines() throws IOException {
    Path in = dir.resolve("in");
    input(in);
    LocalDate fallback = LocalDate.of(2021, 12, 30);

    List<String> cliEvents = new ArrayList<>();
    List<String> cliOutcomes = new ArrayList<>();
    Pipeline pipeline = PipelineHolder.get(2);
    try (Stream<ReadItem> items = WebFormats.all().read(in, ReadOptions.defaults().withPublished(fallback))) {
      pipeline.runAll(items, 2, r -> {
        cliOutcomes.add(outcome(r.outcome()));
        if (r.outcome() instanceof Outcome.Coded c) for (Event e : c.events()) cliEvents.add(EventJson.line(e, r.article().text()));
      });
    }

    JobOptions options = new JobOptions(in.toUri().toString(), dir.resolve("out").toUri().toString(), fallback,
        ReadOptions.DEFAULT_MAX_BYTES, 2, 2, null, 0);
    HarbingerJob.Summary summary = HarbingerJob.run(spark, options);

    List<String> sparkEvents = spark.read().parquet(dir.resolve("out/events").toString()).select("json").collectAsList()
        .stream().map(r -> r.getString(0)).sorted().toList();
    List<String> sparkOutcomes = new ArrayList<>();
    for (Row r : spark.read().parquet(dir.resolve("out/outcomes").toString()).collectAsList()) {
      sparkOutcomes.add(r.getAs("articleId") + " " + r.getAs("status") + " " + r.getAs("stage") + " " + r.getAs("reason"));
    }
    assertFalse(cliEvents.isEmpty(), "the input must give events for the comparison to mean something");
    assertEquals(cliEvents.stream().sorted().toList(), sparkEvents);
    assertEquals(cliOutcomes.stream().sorted().toList(), sparkOutcomes.stream().sorted().toList());
    assertEquals(cliOutcomes.size(), summary.items());
    assertEquals(cliEvents.size(), summary.events());
    assertTrue(sparkOutcomes.contains("notes.pdf skipped read unsupported file type .pdf"), sparkOutcomes::toString);
    assertTrue(sparkOutcomes.stream().anyMatch(o -> o.startsWith("w4 skipped language not English (French)")), sparkOutcomes::toString);
    assertTrue(sparkOutcomes.stream().anyMatch(o -> o.startsWith("wire.jsonl:3 skipped read line 3: malformed JSON")), sparkOutcomes::toString);
  }

  private static String outcome(Outcome o) {
    if (o instanceof Outcome.Skipped s) return s.articleId() + " skipped " + s.stage() + " " + s.reason();
    return o.articleId() + " coded null null";
  }
}
