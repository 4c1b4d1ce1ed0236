package harbinger.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.error.DictionaryException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatchetTest {
  private static final String PROPERTY = "ratchettest.update";
  @TempDir Path tmp;

  @AfterEach
  void clearProperty() { System.clearProperty(PROPERTY); }

  private Ratchet ratchet(Path file) { return new Ratchet(file, "mode", PROPERTY, List.of("test floors")); }

  @Test
  void aCountBelowItsFloorIsADropAndAboveItIsAGain() throws IOException {
    Path file = Files.writeString(tmp.resolve("floors.tsv"), "#! mode\tmin_passed\nalpha\t3\nbeta\t2\n", StandardCharsets.UTF_8);
    Ratchet.Verdict v = ratchet(file).check(Map.of("alpha", 2, "beta", 5));
    assertEquals(1, v.drops().size(), v::toString);
    assertTrue(v.drops().get(0).contains("alpha passed 2 but its floor is 3"), v::toString);
    assertEquals(1, v.gains().size(), v::toString);
    assertTrue(v.gains().get(0).contains("beta passed 5 > floor 2") && v.gains().get(0).contains("-D" + PROPERTY + "=true"), v::toString);
  }

  @Test
  void aFlooredKeyThatDidNotRunIsADropAndANewKeyHasFloorZero() throws IOException {
    Path file = Files.writeString(tmp.resolve("floors.tsv"), "gone\t1\n", StandardCharsets.UTF_8);
    Ratchet.Verdict v = ratchet(file).check(Map.of("fresh", 0));
    assertEquals(1, v.drops().size(), v::toString);
    assertTrue(v.drops().get(0).contains("gone") && v.drops().get(0).contains("did not run"), v::toString);
    assertTrue(v.gains().isEmpty(), v::toString);
  }

  @Test
  void updateOnlyRaisesFloorsAndWritesAReadableFile() throws IOException {
    Path file = Files.writeString(tmp.resolve("floors.tsv"), "alpha\t3\nbeta\t2\n", StandardCharsets.UTF_8);
    System.setProperty(PROPERTY, "true");
    Ratchet.Verdict v = ratchet(file).check(Map.of("alpha", 1, "beta", 4, "gamma", 2));
    assertTrue(v.updated());
    assertEquals(Map.of("alpha", 3, "beta", 4, "gamma", 2), ratchet(file).floors());
    assertEquals(1, v.drops().size(), "a drop still fails after an update: " + v);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("# test floors\n#! mode\tmin_passed\nalpha\t3\nbeta\t4\ngamma\t2\n"), text);
  }

  @Test
  void aMissingFileMeansFloorsOfZeroAndUpdateCreatesIt() {
    Path file = tmp.resolve("sub/floors.tsv");
    Ratchet.Verdict v = ratchet(file).check(Map.of("alpha", 2));
    assertTrue(v.drops().isEmpty());
    assertFalse(Files.exists(file));
    System.setProperty(PROPERTY, "true");
    ratchet(file).check(Map.of("alpha", 2));
    assertEquals(Map.of("alpha", 2), ratchet(file).floors());
  }

  @Test
  void malformedLinesFailWithFileAndLine() throws IOException {
    Path file = tmp.resolve("floors.tsv");
    Files.writeString(file, "# c\nalpha\tmany\n", StandardCharsets.UTF_8);
    DictionaryException e = assertThrows(DictionaryException.class, () -> ratchet(file).floors());
    assertTrue(e.getMessage().startsWith(file + ":2: "), e.getMessage());
    Files.writeString(file, "alpha\t1\nalpha\t2\n", StandardCharsets.UTF_8);
    e = assertThrows(DictionaryException.class, () -> ratchet(file).floors());
    assertTrue(e.getMessage().startsWith(file + ":2: ") && e.getMessage().contains("duplicate"), e.getMessage());
    Files.writeString(file, "alpha\t-1\n", StandardCharsets.UTF_8);
    e = assertThrows(DictionaryException.class, () -> ratchet(file).floors());
    assertTrue(e.getMessage().contains(">= 0"), e.getMessage());
  }
}
