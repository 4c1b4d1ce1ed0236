package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import harbinger.model.AnnotatedDoc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coder goldens, layer (a) of CONVENTIONS C11: each {@code golden/coding/<case>.doc.json} (an annotated document
 * made once by real CoreNLP, so no CoreNLP runs here) is coded by {@link EventCoder#createDefault()} and the
 * events, in {@link EventTsv} form, must equal {@code <case>.events.tsv}.
 *
 * <p>The expected files are what a careful human coder would write, not whatever the coder printed: where the
 * coder is wrong, the case is listed with the reason in {@code KNOWN_FAILURES.txt} ({@code case<TAB>why}) and
 * skipped here; every other case must pass. {@code -Dgolden.update=true} rewrites the expected files of the cases
 * that are not listed (listed ones are hand-kept and never overwritten); review the diff before committing.
 * {@link #knownFailuresStillFail()} keeps the list honest: a listed case that now passes must be removed.
 */
class CodingGoldenTest {
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  static final String KNOWN_FAILURES = "KNOWN_FAILURES.txt";

  static List<String> cases() {
    return Fixtures.caseNames();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void codesLikeGolden(String name) throws IOException {
    Map<String, String> known = knownFailures();
    Path expectedFile = Fixtures.goldenDir().resolve(name + ".events.tsv");
    String actual = actual(name);
    if (UPDATE) {
      Assumptions.assumeFalse(known.containsKey(name), () -> name + " is a known failure; its expected file is kept by hand");
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      return;
    }
    Assumptions.assumeFalse(known.containsKey(name), () -> "known failure: " + known.get(name));
    assertTrue(Files.exists(expectedFile), () -> "missing " + expectedFile + "; run with -Dgolden.update=true and review it");
    List<String> want = EventTsv.eventLines(Files.readString(expectedFile, StandardCharsets.UTF_8));
    List<String> got = EventTsv.eventLines(actual);
    if (!want.equals(got)) fail(describe(name, want, got));
  }

  /** A listed case must exist, and must still differ from its expected file (else: remove it from the list). */
  @Test
  void knownFailuresStillFail() throws IOException {
    Assumptions.assumeFalse(UPDATE, "not checked while updating");
    List<String> cases = cases();
    List<String> problems = new ArrayList<>();
    for (String name : knownFailures().keySet()) {
      if (!cases.contains(name)) { problems.add(name + ": no such case"); continue; }
      Path expectedFile = Fixtures.goldenDir().resolve(name + ".events.tsv");
      if (!Files.exists(expectedFile)) { problems.add(name + ": no expected file"); continue; }
      List<String> want = EventTsv.eventLines(Files.readString(expectedFile, StandardCharsets.UTF_8));
      if (want.equals(EventTsv.eventLines(actual(name)))) problems.add(name + ": now passes; remove it from " + KNOWN_FAILURES);
    }
    assertEquals(List.of(), problems);
  }

  /** Every case has its text, its annotated document and its expected events, and nothing else lies around. */
  @Test
  void everyCaseHasTextDocumentAndExpectedEvents() throws IOException {
    Assumptions.assumeFalse(UPDATE, "not checked while updating");
    TreeSet<String> problems = new TreeSet<>();
    try (Stream<Path> files = Files.list(Fixtures.goldenDir())) {
      for (Path p : files.toList()) {
        String n = p.getFileName().toString();
        String base = n.endsWith(".doc.json") ? n.substring(0, n.length() - 9)
            : n.endsWith(".events.tsv") ? n.substring(0, n.length() - 11)
            : n.endsWith(".txt") && !n.equals(KNOWN_FAILURES) ? n.substring(0, n.length() - 4) : null;
        if (base == null) {
          if (!n.equals(KNOWN_FAILURES)) problems.add("unexpected file " + n);
          continue;
        }
        for (String suffix : List.of(".txt", ".doc.json", ".events.tsv")) {
          if (!Files.exists(p.resolveSibling(base + suffix))) problems.add(base + ": missing " + base + suffix);
        }
      }
    }
    assertEquals(List.of(), List.copyOf(problems));
  }

  private static String actual(String name) {
    AnnotatedDoc doc = Fixtures.doc(name);
    return EventTsv.format(doc.article().text(), Fixtures.coder().code(doc));
  }

  /** Case name to reason, from {@code KNOWN_FAILURES.txt}; blank lines and {@code #} comments are ignored. */
  static Map<String, String> knownFailures() throws IOException {
    Path file = Fixtures.goldenDir().resolve(KNOWN_FAILURES);
    Map<String, String> out = new LinkedHashMap<>();
    if (!Files.exists(file)) return out;
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) continue;
      int tab = line.indexOf('\t');
      if (tab <= 0 || line.substring(tab + 1).isBlank()) fail(file + ":" + (i + 1) + ": expected 'case<TAB>reason' but was '" + line + "'");
      String previous = out.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
      if (previous != null) fail(file + ":" + (i + 1) + ": case listed twice: " + line.substring(0, tab));
    }
    return out;
  }

  private static String describe(String name, List<String> want, List<String> got) {
    StringBuilder m = new StringBuilder(name).append(": coded events differ from ").append(name).append(".events.tsv\n")
        .append(EventTsv.HEADER).append('\n');
    for (String w : want) if (!got.contains(w)) m.append("  missing:    ").append(w).append('\n');
    for (String g : got) if (!want.contains(g)) m.append("  unexpected: ").append(g).append('\n');
    if (new TreeSet<>(want).equals(new TreeSet<>(got))) m.append("  (same lines in a different order or count)\n");
    return m.toString();
  }
}
