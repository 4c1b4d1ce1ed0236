package harbinger.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import harbinger.model.Outcome;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RunSummaryTest {
  private static Outcome coded(String id, int events) {
    return new Outcome.Coded(id, 3, IntStream.range(0, events).mapToObj(i -> Events.full()).toList());
  }

  @Test
  void formatsCountsAndOneLinePerSkip() {
    RunSummary s = Stream.of(coded("a", 2), coded("b", 0), new Outcome.Skipped("in.jsonl:3", "read", "line 3: missing field text"),
        coded("c", 1), new Outcome.Skipped("d", "nlp", "too many tokens")).collect(RunSummary.collector());
    assertEquals("""
        articles: 5 read, 3 coded (2 with events, 1 without), 2 skipped
          skipped in.jsonl:3 [read]: line 3: missing field text
          skipped d [nlp]: too many tokens
        """, s.format());
    assertEquals(3, s.events());
    assertEquals(5, s.read());
    assertEquals(1, s.withoutEvents());
  }

  @Test
  void emptyRunSaysZero() {
    assertEquals("articles: 0 read, 0 coded (0 with events, 0 without), 0 skipped\n", RunSummary.accumulator().build().format());
  }

  @Test
  void countsSkipsByStageAndReason() {
    RunSummary.Accumulator acc = RunSummary.accumulator();
    acc.add(new Outcome.Skipped("x:1", "read", "line 1: missing field text"));
    acc.add(new Outcome.Skipped("x:9", "read", "line 9: missing field text"));
    acc.add(new Outcome.Skipped("y", "language", "not English"));
    RunSummary s = acc.build();
    assertEquals(Map.of("language", 1, "read", 2), s.skippedByStage());
    assertEquals(List.of("language", "read"), List.copyOf(s.skippedByStage().keySet()));
    assertEquals(Map.of("missing field text", 2, "not English", 1), s.skippedByReason());
  }

  @Test
  void longSkipListsAreCutWithARemainder() {
    RunSummary.Accumulator acc = RunSummary.accumulator();
    for (int i = 0; i < 5; i++) acc.add(new Outcome.Skipped("r" + i, i < 3 ? "read" : "nlp", "bad"));
    assertEquals("""
        articles: 5 read, 0 coded (0 with events, 0 without), 5 skipped
          skipped r0 [read]: bad
          skipped r1 [read]: bad
          ... and 3 more skipped (nlp: 2, read: 1)
        """, acc.build().format(2));
  }

  @Test
  void skipReasonsStayOnOneLine() {
    RunSummary s = RunSummary.accumulator().add(new Outcome.Skipped("a", "nlp", "first\nsecond")).build();
    assertEquals("  skipped a [nlp]: first second\n", s.format().lines().skip(1).findFirst().orElseThrow() + "\n");
  }

  @Test
  void summaryIsASnapshotOfTheAccumulator() {
    RunSummary.Accumulator acc = RunSummary.accumulator().add(coded("a", 1));
    RunSummary first = acc.build();
    acc.add(new Outcome.Skipped("b", "read", "empty file"));
    assertEquals(0, first.skipped().size());
    assertEquals(1, acc.build().skipped().size());
  }

  @Test
  void parallelCollectionKeepsOrderAndCounts() {
    List<Outcome> outcomes = IntStream.range(0, 1000)
        .mapToObj(i -> i % 10 == 0 ? new Outcome.Skipped("s" + i, "read", "bad") : coded("c" + i, i % 3)).toList();
    RunSummary s = outcomes.parallelStream().collect(RunSummary.collector());
    assertEquals(900, s.coded());
    assertEquals(100, s.skipped().size());
    assertEquals("s0", s.skipped().get(0).articleId());
    assertEquals("s990", s.skipped().get(99).articleId());
  }

  @Test
  void rejectsInconsistentCounts() {
    assertThrows(IllegalArgumentException.class, () -> new RunSummary(1, 2, 0, List.of()));
    assertThrows(IllegalArgumentException.class, () -> RunSummary.accumulator().build().format(-1));
  }
}
