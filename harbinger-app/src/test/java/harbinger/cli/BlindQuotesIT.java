package harbinger.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.eval.BlindArticles;
import harbinger.eval.CameoToM2e2;
import harbinger.eval.EvalReport;
import harbinger.eval.EvalText;
import harbinger.eval.Evaluator;
import harbinger.eval.Score;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Blind quote and date probes (blind-quotes/articles.jsonl: articles written for the project by someone who had not
 * tuned the extractor on them; first measurement in the file's header): quotes and time expressions through the
 * real NLP stage and quote extractor, scored as the PolNeAR and TempEval sets are, with floors a little under the
 * rates measured when the floors were set.
 */
class BlindQuotesIT {
  private static BlindArticles.Gold gold;
  private static Evaluator evaluator;

  @BeforeAll
  static void setUp() throws URISyntaxException {
    Path file = Path.of(Objects.requireNonNull(BlindQuotesIT.class.getResource("/blind-quotes/articles.jsonl")).toURI());
    gold = BlindArticles.read(file);
    evaluator = new Evaluator(new PipelineSystem(new Engine(), 2, () -> {}, null), CameoToM2e2.loadDefault());
  }

  private static void atLeast(EvalReport report, String metric, double floor) {
    Score s = report.scores().stream().filter(x -> x.name().equals(metric)).findFirst().orElseThrow();
    assertTrue(s.value() >= floor, () -> String.format(Locale.ROOT, "%s %s %.3f below floor %.3f%n%s", report.set(), metric,
        s.value(), floor, EvalText.table(java.util.List.of(report)) + EvalText.details(report, 50)));
  }

  @Test
  void namesTheSpeakersOfTheBlindQuotes() {
    EvalReport r = evaluator.quotes(gold.quotes());
    System.out.println(EvalText.table(java.util.List.of(r)) + EvalText.details(r, 50));
    atLeast(r, "speaker_accuracy", 0.94);
    atLeast(r, "content_recall", 0.95);
    atLeast(r, "quote_precision", 0.85);
  }

  @Test
  void resolvesTheBlindDates() {
    EvalReport r = evaluator.timex(gold.timex());
    System.out.println(EvalText.table(java.util.List.of(r)) + EvalText.details(r, 50));
    atLeast(r, "date_value_accuracy", 0.95);
    atLeast(r, "time_value_accuracy", 0.92);
  }
}
