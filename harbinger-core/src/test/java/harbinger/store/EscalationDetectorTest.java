package harbinger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class EscalationDetectorTest {
  static final LocalDate START = LocalDate.of(2023, 1, 1);
  final EscalationDetector detector = EscalationDetector.defaults();

  /** Daily intensity drawn around {@code before} until {@code change}, around {@code after} from then on. */
  static TreeMap<LocalDate, Double> series(long seed, int days, int change, double before, double after) {
    SplittableRandom r = new SplittableRandom(seed);
    TreeMap<LocalDate, Double> s = new TreeMap<>();
    for (int d = 0; d < days; d++) {
      double mean = d < change ? before : after;
      s.put(START.plusDays(d), Math.max(0, mean + r.nextGaussian() * 1.5));
    }
    return s;
  }

  @Test void alertsSoonAfterAKnownChangePoint() {
    for (long seed = 1; seed <= 20; seed++) {
      List<EscalationDetector.Signal> signals = detector.detect(series(seed, 200, 120, 4, 10), START);
      long finalSeed = seed;
      assertTrue(!signals.isEmpty(), () -> "no alert for seed " + finalSeed);
      EscalationDetector.Signal first = signals.get(0);
      LocalDate change = START.plusDays(120);
      assertTrue(!first.day().isBefore(change) && !first.day().isAfter(change.plusDays(3)),
          () -> "seed " + finalSeed + ": first alert on " + first.day() + ", change on " + change);
      assertTrue(!first.start().isBefore(change.minusDays(14)), () -> "run starts long before the change: " + first);
    }
  }

  @Test void raisesNoAlertOnAStationarySeries() {
    int alerts = 0;
    for (long seed = 1; seed <= 20; seed++) alerts += detector.detect(series(seed, 200, 200, 4, 4), START).size();
    assertTrue(alerts <= 2, "false alerts over 20 x 200 stationary days: " + alerts);
  }

  @Test void aQuietDyadAlertsOnAHeavyStrikeButNotOnALoneAccusation() {
    TreeMap<LocalDate, Double> accusation = new TreeMap<>();
    accusation.put(START, 2 * 0.8);
    assertEquals(List.of(), detector.detect(accusation, START.minusDays(60)));
    TreeMap<LocalDate, Double> strike = new TreeMap<>();
    strike.put(START, 10 * 0.8);
    List<EscalationDetector.Signal> s = detector.detect(strike, START.minusDays(60));
    assertEquals(1, s.size());
    assertEquals(START, s.get(0).day());
    assertEquals(0, s.get(0).baselineMean(), 1e-9);
  }

  @Test void theBaselineIsFrozenDuringARun() {
    TreeMap<LocalDate, Double> slow = new TreeMap<>();
    for (int d = 0; d < 40; d++) slow.put(START.plusDays(d), 1.0);
    for (int d = 40; d < 50; d++) slow.put(START.plusDays(d), 3.0); // two floor-sds above the baseline
    List<EscalationDetector.Signal> s = detector.detect(slow, START);
    assertEquals(1, s.size(), () -> s.toString());
    assertEquals(START.plusDays(40), s.get(0).start());
    assertEquals(1.0, s.get(0).baselineMean(), 1e-9);
  }

  @Test void rejectsNegativeIntensity() {
    TreeMap<LocalDate, Double> bad = new TreeMap<>();
    bad.put(START, -1.0);
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> detector.detect(bad, START));
  }
}
