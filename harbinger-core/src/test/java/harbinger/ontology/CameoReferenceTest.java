package harbinger.ontology;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the bundled ontology against the public reference tables in {@code shared/reference}: GDELT's
 * code list, Goldstein values and quad classes, the CAMEO 1.1b3 codebook (ICEWS edition) for the codes
 * GDELT leaves out, and the 2021 CAMEO-to-PLOVER mapping. The tables are read at test time only; the
 * tests are skipped when they are not present. Each test lists every mismatch it finds.
 */
class CameoReferenceTest {
  /** PLOVER 2021 names that current PLOVER renamed or merged. */
  private static final Map<String, String> PLOVER_RENAMES = Map.of(
      "DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "FIGHT", "ASSAULT", "INVESTIGATE", "ACCUSE");

  private static Path reference;
  private final CameoOntology onto = CameoOntologies.loadDefault();

  @BeforeAll
  static void findReference() {
    Optional<Path> found = findSharedReference();
    assumeTrue(found.isPresent(), "shared/reference not found above " + Path.of("").toAbsolutePath());
    reference = found.get();
  }

  /** Walks up from the working directory to the first directory that has {@code shared/reference}. */
  static Optional<Path> findSharedReference() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path candidate = d.resolve("shared").resolve("reference");
      if (Files.isDirectory(candidate)) return Optional.of(candidate);
    }
    return Optional.empty();
  }

  /**
   * Our codes are GDELT's codes plus the CAMEO 1.1b3 codebook codes that GDELT's list leaves out (1213
   * "reject judicial cooperation"); nothing else.
   */
  @Test
  void codesAreGdeltsCodesPlusTheCodebooksOmissions() throws IOException {
    TreeSet<String> expected = new TreeSet<>(gdeltRows().keySet());
    expected.addAll(codebookRows().keySet());
    TreeSet<String> ours = new TreeSet<>();
    onto.all().forEach(t -> ours.add(t.code()));
    TreeSet<String> missing = new TreeSet<>(expected);
    missing.removeAll(ours);
    TreeSet<String> extra = new TreeSet<>(ours);
    extra.removeAll(expected);
    assertTrue(missing.isEmpty() && extra.isEmpty(),
        () -> "codes missing from cameo.tsv: " + missing + "; codes in neither GDELT nor the codebook: " + extra);
  }

  @Test
  void everyGdeltCodeIsOurs() throws IOException {
    TreeSet<String> missing = new TreeSet<>(gdeltRows().keySet());
    onto.all().forEach(t -> missing.remove(t.code()));
    assertTrue(missing.isEmpty(), () -> "GDELT codes missing from cameo.tsv: " + missing);
  }

  /** GDELT's value wherever GDELT has the code; the codebook's (ICEWS) value for the codes GDELT lacks. */
  @Test
  void goldsteinValuesEqualGdeltsOrElseTheCodebooks() throws IOException {
    Map<String, Map<String, String>> gdelt = gdeltRows();
    Map<String, Map<String, String>> codebook = codebookRows();
    List<String> mismatches = new ArrayList<>();
    for (EventType t : onto.all()) {
      Map<String, String> g = gdelt.get(t.code());
      Map<String, String> c = codebook.get(t.code());
      if (g == null && c == null) continue; // reported by the code-set test
      String source = g != null ? "GDELT" : "codebook";
      double expected = Double.parseDouble(g != null ? g.get("goldstein_gdelt") : c.get("goldstein_icews"));
      if (Double.compare(expected, t.goldstein()) != 0) {
        mismatches.add(t.code() + ": ours " + t.goldstein() + ", " + source + " " + expected);
      }
    }
    assertTrue(mismatches.isEmpty(), () -> mismatches.size() + " Goldstein mismatches:\n" + String.join("\n", mismatches));
  }

  @Test
  void quadClassesEqualGdelts() throws IOException {
    List<String> mismatches = new ArrayList<>();
    gdeltRows().forEach((code, row) -> onto.find(code).ifPresent(t -> {
      int expected = Integer.parseInt(row.get("gdelt_quad_class"));
      if (expected != t.quadClass()) mismatches.add(code + ": ours " + t.quadClass() + ", GDELT " + expected);
    }));
    assertTrue(mismatches.isEmpty(), () -> mismatches.size() + " quad class mismatches:\n" + String.join("\n", mismatches));
  }

  /**
   * Where the 2021 mapping gives a type for a code, ours must be that type after renaming, with the same
   * mode (INVESTIGATE, and every code of root 09, becomes ACCUSE with mode "investigate"). The mapping
   * lists a few codes twice (root 08 as CONCEDE and as RETREAT); then any of its rows is accepted. Rows
   * for codes that are not CAMEO 1.1b3 codes (in neither GDELT's list nor the codebook, e.g. 1214) are
   * PLOVER's own extensions and are ignored.
   */
  @Test
  void ploverTypesAndModesAgreeWithThe2021MappingAfterRenaming() throws IOException {
    Set<String> cameo = new TreeSet<>(gdeltRows().keySet());
    cameo.addAll(codebookRows().keySet());
    List<String> mismatches = new ArrayList<>();
    Map<String, List<String>> expectedByCode = new TreeMap<>();
    for (Map<String, String> row : readRows(reference.resolve("cameo_to_plover_2021.tsv"))) {
      String type2021 = row.get("plover_event");
      if (type2021.isEmpty() || !cameo.contains(row.get("cameo_code"))) continue;
      String type = PLOVER_RENAMES.getOrDefault(type2021, type2021);
      // The whole INVESTIGATE family (root 09) carries mode "investigate", also where the mapping's
      // row already says ACCUSE (its root row 09 has no mode).
      boolean investigate = type2021.equals("INVESTIGATE") || row.get("cameo_code").startsWith("09");
      String mode = investigate ? "investigate" : row.get("plover_mode");
      expectedByCode.computeIfAbsent(row.get("cameo_code"), k -> new ArrayList<>()).add(type + "/" + mode);
    }
    expectedByCode.forEach((code, expected) -> {
      Optional<EventType> t = onto.find(code);
      String ours = t.map(e -> e.plover() + "/" + Objects.requireNonNullElse(e.ploverMode(), "")).orElse("(missing)");
      if (!expected.contains(ours)) mismatches.add(code + ": ours " + ours + ", PLOVER 2021 " + expected);
    });
    assertTrue(mismatches.isEmpty(), () -> mismatches.size() + " PLOVER mismatches (type/mode):\n" + String.join("\n", mismatches));
  }

  private static Map<String, Map<String, String>> gdeltRows() throws IOException {
    return byCode(readRows(reference.resolve("cameo_eventcodes_gdelt.tsv")));
  }

  private static Map<String, Map<String, String>> codebookRows() throws IOException {
    return byCode(readRows(reference.resolve("cameo_codebook_icews.tsv")));
  }

  private static Map<String, Map<String, String>> byCode(List<Map<String, String>> rows) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    for (Map<String, String> row : rows) {
      if (out.putIfAbsent(row.get("cameo_code"), row) != null) {
        throw new IllegalStateException("reference table repeats code " + row.get("cameo_code"));
      }
    }
    return out;
  }

  /** Reads a TSV with a header row into one column-name-to-value map per row, in file order. */
  private static List<Map<String, String>> readRows(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String[] header = lines.get(0).split("\t", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) continue;
      String[] cells = lines.get(i).split("\t", -1);
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < header.length; c++) row.put(header[c].trim(), c < cells.length ? cells[c].trim() : "");
      rows.add(row);
    }
    return rows;
  }
}
