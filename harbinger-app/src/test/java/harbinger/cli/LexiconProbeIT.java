package harbinger.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.ontology.CameoOntologies;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Codes every lexicon probe ({@code lexicon-probes.tsv}) through the real pipeline (CoreNLP, built once) and
 * prints the hit rate per CAMEO root and every miss with the events that were produced. Fails when the overall
 * hit rate of the positive probes drops below a floor set a little under the measured value, or when more
 * negative probes than allowed produce events.
 */
class LexiconProbeIT {
  /** Measured at 0.963 (386 of 401 positive probes) when the broadened lexicon was committed; kept a little below. */
  private static final double MIN_HIT_RATE = 0.94;
  /** Measured at 0 of 39 negative probes. */
  private static final int MAX_FALSE_ALARMS = 2;

  @Test
  void probesAreCodedWithTheExpectedCameoCodes() {
    ProbeRun run = new ProbeRun(new Engine().pipeline(), LexiconProbes.load(CameoOntologies.loadDefault()));
    System.out.println("Lexicon probes, hits per CAMEO root:\n" + run.report());
    assertTrue(run.hitRate() >= MIN_HIT_RATE,
        () -> String.format(Locale.ROOT, "hit rate %.3f below floor %.3f", run.hitRate(), MIN_HIT_RATE));
    assertTrue(run.falseAlarms() <= MAX_FALSE_ALARMS,
        () -> run.falseAlarms() + " negative probes produced events (at most " + MAX_FALSE_ALARMS + ")");
  }
}
