package harbinger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventConfidenceTest {
  @Test void aSingleSourceIsDiscounted() {
    assertEquals(0.72, EventConfidence.of(List.of(0.9)), 1e-12);
  }

  @Test void independentSourcesCombineAsNoisyOr() {
    assertEquals(1 - 0.5 * 0.4, EventConfidence.of(List.of(0.5, 0.6)), 1e-12);
  }

  @Test void neverReachesCertainty() {
    assertEquals(EventConfidence.CAP, EventConfidence.of(List.of(1.0, 1.0, 1.0)), 1e-12);
  }

  @Test void anotherIndependentSourceNeverLowersConfidence() {
    SplittableRandom r = new SplittableRandom(7);
    for (int trial = 0; trial < 2000; trial++) {
      List<Double> units = new ArrayList<>();
      int n = 1 + r.nextInt(5);
      for (int i = 0; i < n; i++) units.add(r.nextDouble());
      double before = EventConfidence.of(units);
      units.add(r.nextDouble());
      double after = EventConfidence.of(units);
      assertTrue(after >= before, () -> units + ": " + before + " -> " + after);
    }
  }

  @Test void rejectsNoSourcesAndOutOfRangeValues() {
    assertThrows(IllegalArgumentException.class, () -> EventConfidence.of(List.of()));
    assertThrows(IllegalArgumentException.class, () -> EventConfidence.of(List.of(1.5)));
  }
}
