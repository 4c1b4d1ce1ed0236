package harbinger.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScoreTest {
  @Test
  void wilsonIntervalMatchesTheTextbookValues() {
    // Wilson 95% interval of 81/100: 0.722..0.874 (Newcombe 1998, method 3)
    Score.Interval i = new Score("type_recall", 81, 100).interval95().orElseThrow();
    assertEquals(0.722, i.low(), 0.001);
    assertEquals(0.874, i.high(), 0.001);
  }

  @Test
  void intervalStaysInsideZeroAndOneAtTheEdges() {
    Score.Interval all = new Score("recall", 20, 20).interval95().orElseThrow();
    assertEquals(1.0, all.high(), 1e-9);
    assertTrue(all.low() > 0.8 && all.low() < 0.9, "20/20 still leaves room below: " + all.low());
    Score.Interval none = new Score("recall", 0, 20).interval95().orElseThrow();
    assertEquals(0.0, none.low(), 1e-9);
    assertTrue(none.high() > 0.1 && none.high() < 0.2, "0/20: " + none.high());
  }

  @Test
  void intervalNarrowsAsTheSampleGrows() {
    Score.Interval small = new Score("recall", 43, 50).interval95().orElseThrow();
    Score.Interval large = new Score("recall", 430, 500).interval95().orElseThrow();
    assertTrue(large.high() - large.low() < small.high() - small.low());
  }

  @Test
  void noIntervalForF1OrForNothingMeasured() {
    assertTrue(new Score("f1", 358, 606).interval95().isEmpty());
    assertTrue(new Score("f1[Conflict:Attack]", 10, 20).interval95().isEmpty());
    assertTrue(new Score("recall", 0, 0).interval95().isEmpty());
  }

  @Test
  void tableShowsTheIntervalBesideTheCounts() {
    EvalReport r = new EvalReport("cameo", 157, java.util.List.of(new Score("root_recall", 135, 157)),
        java.util.List.of(), java.util.List.of());
    String table = EvalText.table(java.util.List.of(r));
    assertTrue(table.contains("0.860      135      157  0.797-0.906"), table);
  }
}
