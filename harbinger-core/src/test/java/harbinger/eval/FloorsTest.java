package harbinger.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.error.DictionaryException;
import harbinger.error.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FloorsTest {
  @TempDir Path dir;

  private Floors floors(String tsv) throws IOException {
    Path f = dir.resolve("floors.tsv");
    Files.writeString(f, tsv);
    return Floors.read(f);
  }

  private static EvalReport plover(int typeHits, int events) {
    return new EvalReport("plover", 10, List.of(new Score("type_recall", typeHits, 10), new Score("triple_recall", 2, 10),
        new Score("event_precision", Math.min(1, events), events), new Score("type_precision", 0, events)), List.of(), List.of());
  }

  @Test
  void passesAtOrAboveTheFloorAndFailsBelow() throws IOException {
    Floors f = floors("# set\tmetric\tfloor\nplover\ttype_recall\t0.50\n\nplover\ttriple_recall\t0.20\n");
    assertTrue(f.check(List.of(plover(5, 4))).passed());
    Floors.Check below = f.check(List.of(plover(4, 4)));
    assertFalse(below.passed());
    assertEquals(1, below.failures().size());
    assertTrue(below.failures().get(0).startsWith("plover type_recall = 0.400 (4/10) is below the floor 0.500"), below.failures().get(0));
  }

  @Test
  void anUndefinedScoreFailsItsFloor() throws IOException {
    assertFalse(floors("plover\tevent_precision\t0.1\n").check(List.of(plover(5, 0))).passed());
  }

  @Test
  void floorsOfSetsThatWereNotRunAreReportedAsUnchecked() throws IOException {
    Floors.Check c = floors("cameo\troot_recall\t0.4\n").check(List.of(plover(5, 4)));
    assertTrue(c.passed());
    assertEquals(List.of("cameo root_recall (set not run)"), c.unchecked());
  }

  @Test
  void rejectsUnknownSetsMetricsBadNumbersAndRepeatsWithFileAndLine() {
    var e = assertThrows(DictionaryException.class, () -> floors("plover\ttype_recall\t0.5\nplover\tf1\t0.5\n"));
    assertTrue(e.getMessage().contains("floors.tsv:2: unknown metric 'f1' for plover"), e.getMessage());
    assertThrows(DictionaryException.class, () -> floors("news\tf1\t0.5\n"));
    assertThrows(DictionaryException.class, () -> floors("m2e2\tf1\t1.5\n"));
    assertThrows(DictionaryException.class, () -> floors("m2e2\tf1\thigh\n"));
    assertThrows(DictionaryException.class, () -> floors("m2e2\tf1\n"));
    assertThrows(DictionaryException.class, () -> floors("m2e2\tf1\t0.3\nm2e2\tf1\t0.2\n"));
  }

  @Test
  void acceptsPerTypeMetrics() throws IOException {
    assertEquals(1, floors("m2e2\tf1[Conflict:Attack]\t0.3\n").floors().size());
  }

  @Test
  void reportsAMissingFile() {
    assertThrows(InputException.class, () -> Floors.read(dir.resolve("none.tsv")));
  }
}
