package harbinger.server.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SpikeDetectorTest {
  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  @Test
  void alertsOnTheDayOfAStrikeAfterAQuietMonth() {
    TreeMap<LocalDate, Double> daily = new TreeMap<>();
    daily.put(START.plusDays(3), 1.6); // an accusation
    daily.put(START.plusDays(40), 6.0); // a strike
    List<SpikeDetector.Spike> spikes = SpikeDetector.detect(daily, START);
    assertEquals(1, spikes.size(), () -> "spikes: " + spikes);
    assertEquals(START.plusDays(40), spikes.get(0).day());
    assertTrue(spikes.get(0).z() >= SpikeDetector.THRESHOLD);
  }

  @Test
  void staysSilentOnAStationaryNoisySeries() {
    Random r = new Random(42);
    TreeMap<LocalDate, Double> daily = new TreeMap<>();
    for (int d = 0; d < 365; d++) daily.put(START.plusDays(d), Math.max(0, 10 + 2 * r.nextGaussian()));
    assertEquals(List.of(), SpikeDetector.detect(daily, START));
  }

  @Test
  void needsTwoWeeksOfHistoryBeforeItAlerts() {
    TreeMap<LocalDate, Double> daily = new TreeMap<>();
    daily.put(START.plusDays(SpikeDetector.MIN_HISTORY - 1), 9.0);
    assertEquals(List.of(), SpikeDetector.detect(daily, START));
    daily.put(START.plusDays(SpikeDetector.MIN_HISTORY + 20), 40.0);
    assertEquals(1, SpikeDetector.detect(daily, START).size());
  }
}
