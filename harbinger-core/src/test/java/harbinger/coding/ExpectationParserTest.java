package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import harbinger.coding.expect.ArticleExpectation;
import harbinger.coding.expect.Expectation;
import harbinger.coding.expect.FailureCase;
import harbinger.error.DictionaryException;
import harbinger.model.Modality;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the assertion syntax and the project's hand-written expectation files: the failure-mode suite in
 * {@code harbinger-app/src/test/resources/failure-modes} and the sample corpus with its expectations in
 * {@code samples/}. Code and actor vocabularies are checked against the public CAMEO reference tables in
 * {@code ../shared/reference} when that folder is present.
 */
class ExpectationParserTest {
  private static final Set<String> MODES = Set.of("conditional", "negation", "future", "reported", "historical",
      "passive", "coreference", "dated-roles", "places", "datelines", "compound", "said-only", "media");
  private static final int MIN_CASES = 12;
  private static final Set<String> NON_STATE_BLOCKS = Set.of("IGO", "NGO", "IMG", "MNC", "INT", "UIS", "NGM");

  // ---- syntax ------------------------------------------------------------------------------------------

  @Test
  void parsesPresentAssertionWithModalityAndLocation() {
    Expectation e = Expectation.parse("USA* 04 IRNGOV asserted @Gaza_City");
    assertEquals(Expectation.Kind.PRESENT, e.kind());
    assertEquals("USA*", e.source());
    assertEquals("04", e.code());
    assertEquals("IRNGOV", e.target());
    assertEquals(Modality.ASSERTED, e.modality());
    assertEquals("Gaza City", e.location());
  }

  @Test
  void parsesAbsentAssertionAndSeveralAssertionsInOneCell() {
    List<Expectation> all = Expectation.parseAll("USAGOV 163 RUS* conditional ; !RUS* 19 UKR* asserted;  !- * IGOWSTNAT ");
    assertEquals(3, all.size());
    assertEquals(Expectation.Kind.PRESENT, all.get(0).kind());
    assertEquals(Modality.CONDITIONAL, all.get(0).modality());
    assertEquals(Expectation.Kind.ABSENT, all.get(1).kind());
    assertEquals("RUS*", all.get(1).source());
    assertEquals("-", all.get(2).source());
    assertEquals(Expectation.Kind.ABSENT, all.get(2).kind());
  }

  @Test
  void parsesNoneAndLocationWithoutModality() {
    assertEquals(List.of(Expectation.none()), Expectation.parseAll(" none "));
    Expectation e = Expectation.parse("* 19 * @Donetsk");
    assertEquals(null, e.modality());
    assertEquals("Donetsk", e.location());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "USAGOV 04", "USAGOV 04 RUSGOV asserted @Geneva extra", "USGOV 04 RUSGOV", "usagov 04 RUSGOV",
      "USAGOV 4 RUSGOV", "USAGOV 21 RUSGOV", "USAGOV 00 RUSGOV", "USAGOV 04567 RUSGOV", "USAGOV 04 RUSGOV maybe",
      "USAGOV 04 RUSGOV @Geneva asserted", "USAGOV 04 RUSGOV @", "USAGOV 04 RUSGOV asserted future",
      "!none", "RUS** 19 UKR", "*RUS 19 UKR", ""})
  void rejectsMalformedAssertions(String bad) {
    assertThrows(IllegalArgumentException.class, () -> Expectation.parseAll(bad), bad);
  }

  @ParameterizedTest
  @ValueSource(strings = {"none ; RUS* 19 *", "RUS* 19 * ;", "; RUS* 19 *", "RUS* 19 * ;; UKR* 19 *"})
  void rejectsMalformedCells(String bad) {
    assertThrows(IllegalArgumentException.class, () -> Expectation.parseAll(bad), bad);
  }

  @Test
  void errorMessageNamesTheOffendingAssertion() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Expectation.parseAll("RUS* 19 UKR* ; USA* 163 RUS* sometimes"));
    assertTrue(e.getMessage().contains("USA* 163 RUS* sometimes"), e.getMessage());
    assertTrue(e.getMessage().contains("sometimes"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "USAGOV 163 RUS* conditional", "!RUS* 19 UKR* asserted", "* 19 * @Gaza_City",
      "!- 0256 IGOEUREEC historical @The_Hague", "UKR 04 *"})
  void canonicalFormParsesBackToTheSameExpectation(String text) {
    Expectation e = Expectation.parse(text);
    assertEquals(text, e.toString());
    assertEquals(e, Expectation.parse(e.toString()));
  }

  @Test
  void fileErrorsCarryFileAndLineNumber(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.tsv");
    Files.writeString(file, "# header\nok-1\t2023-01-01\tSome text.\tnone\nbad-1\t2023-01-01\tText.\tRUS 19\n",
        StandardCharsets.UTF_8);
    DictionaryException e = assertThrows(DictionaryException.class, () -> FailureCase.read(file));
    assertTrue(e.getMessage().startsWith(file + ":3: "), e.getMessage());

    Files.writeString(file, "a\t2023-01-01\tText.\tnone\na\t2023-01-02\tText.\tnone\n", StandardCharsets.UTF_8);
    e = assertThrows(DictionaryException.class, () -> FailureCase.read(file));
    assertTrue(e.getMessage().startsWith(file + ":2: ") && e.getMessage().contains("duplicate"), e.getMessage());

    Files.writeString(file, "a\t2023-02-30\tText.\tnone\n", StandardCharsets.UTF_8);
    e = assertThrows(DictionaryException.class, () -> FailureCase.read(file));
    assertTrue(e.getMessage().startsWith(file + ":1: ") && e.getMessage().contains("published"), e.getMessage());

    Files.writeString(file, "a\t2023-02-03\tText with\ta tab.\tnone\n", StandardCharsets.UTF_8);
    e = assertThrows(DictionaryException.class, () -> FailureCase.read(file));
    assertTrue(e.getMessage().startsWith(file + ":1: ") && e.getMessage().contains("4 tab-separated"), e.getMessage());

    Files.writeString(file, "s01\tRUS* 19 *\n\ns02\tRUS* 19 * nowhere\n", StandardCharsets.UTF_8);
    e = assertThrows(DictionaryException.class, () -> ArticleExpectation.read(file));
    assertTrue(e.getMessage().startsWith(file + ":3: "), e.getMessage());
  }

  // ---- the failure-mode suite --------------------------------------------------------------------------

  static Stream<Path> modeFiles() throws IOException {
    try (Stream<Path> files = Files.list(failureModeDir())) {
      // floors.tsv beside the modes is FailureModeSuiteIT's ratchet (mode, min_passed), not a mode
      return files.filter(p -> p.getFileName().toString().endsWith(".tsv") && !p.getFileName().toString().equals("floors.tsv"))
          .sorted().toList().stream();
    }
  }

  @Test
  void everyModeHasItsFileAndNoOtherFileIsThere() throws IOException {
    Set<String> found = new TreeSet<>();
    modeFiles().forEach(p -> found.add(p.getFileName().toString().replaceFirst("\\.tsv$", "")));
    assertEquals(new TreeSet<>(MODES), found);
    assertTrue(Files.isRegularFile(failureModeDir().resolve("README.md")), "failure-modes/README.md is missing");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modeFiles")
  void modeFileParsesAndHasEnoughCases(Path file) {
    List<FailureCase> cases = FailureCase.read(file);
    assertTrue(cases.size() >= MIN_CASES, () -> file + ": want at least " + MIN_CASES + " cases but found " + cases.size());
    for (FailureCase c : cases) {
      assertTrue(c.published().getYear() >= 1990 && !c.published().isAfter(LocalDate.of(2024, 12, 31)),
          () -> c.origin() + ": implausible publication date " + c.published());
      assertFalse(c.text().contains("\n"), () -> c.origin() + ": text spans lines");
      checkVocabulary(c.origin(), c.expectations());
    }
  }

  @Test
  void caseIdsAreUniqueAcrossTheSuite() throws IOException {
    Map<String, String> seen = new HashMap<>();
    for (Path file : modeFiles().toList()) {
      for (FailureCase c : FailureCase.read(file)) {
        String before = seen.putIfAbsent(c.id(), c.origin());
        assertEquals(null, before, () -> c.origin() + ": case id " + c.id() + " already used at " + seen.get(c.id()));
      }
    }
  }

  @Test
  void saidOnlyCasesExpectNoEvent() throws IOException {
    for (FailureCase c : FailureCase.read(failureModeDir().resolve("said-only.tsv"))) {
      assertEquals(List.of(Expectation.none()), c.expectations(), c.origin());
    }
  }

  // ---- the sample corpus -------------------------------------------------------------------------------

  @Test
  void sampleCorpusIsWellFormed() throws IOException {
    Map<String, JsonNode> corpus = readCorpus();
    assertTrue(corpus.size() >= 20, "want about 22 articles but found " + corpus.size());
    Set<Integer> years = new TreeSet<>();
    for (Map.Entry<String, JsonNode> entry : corpus.entrySet()) {
      String id = entry.getKey();
      JsonNode a = entry.getValue();
      String title = a.path("title").asText("");
      String text = a.path("text").asText("");
      assertFalse(title.isBlank(), id + ": no title");
      assertFalse(text.isBlank(), id + ": no text");
      assertFalse(text.startsWith(title), id + ": text must not repeat the title");
      assertFalse(text.contains("\n\n\n") || text.strip().length() != text.length(), id + ": stray blank lines");
      for (String paragraph : text.split("\n\n")) {
        assertFalse(paragraph.isBlank() || paragraph.contains("\n"), id + ": paragraphs are separated by one blank line");
      }
      years.add(LocalDate.parse(a.path("published").asText()).getYear());
      URI url = URI.create(a.path("url").asText(""));
      assertEquals("https", url.getScheme(), id + ": url must be https");
      assertTrue(url.getHost() != null && url.getHost().matches("(.+\\.)?example\\.[a-z]+"), id + ": url must be on an example.* domain");
      assertFalse(a.path("outlet").asText("").isBlank(), id + ": no outlet");
    }
    assertEquals(Set.of(2021, 2022, 2023, 2024), years, "articles should spread over 2021-2024");
  }

  @Test
  void sampleCorpusHoldsOneStorySyndicatedByThreeOutlets() throws IOException {
    Map<String, List<JsonNode>> byLead = new HashMap<>();
    for (JsonNode a : readCorpus().values()) {
      byLead.computeIfAbsent(a.path("text").asText().split("\n\n")[0], k -> new ArrayList<>()).add(a);
    }
    List<JsonNode> story = byLead.values().stream().filter(g -> g.size() >= 3).findFirst()
        .orElseThrow(() -> new AssertionError("no lead paragraph shared by three articles"));
    assertEquals(3, story.stream().map(a -> a.path("outlet").asText()).distinct().count(), "three different outlets");
    assertEquals(3, story.stream().map(a -> a.path("url").asText()).distinct().count(), "three different urls");
    assertEquals(3, story.stream().map(a -> a.path("title").asText()).distinct().count(), "three different headlines");
    assertEquals(3, story.stream().map(a -> a.path("text").asText()).distinct().count(), "three different texts");
    assertEquals(1, story.stream().map(a -> a.path("published").asText()).distinct().count(), "same publication date");
  }

  @Test
  void sampleExpectationsParseAndCoverEveryArticle() throws IOException {
    Map<String, JsonNode> corpus = readCorpus();
    List<ArticleExpectation> expected = ArticleExpectation.read(repoRoot().resolve("samples/sample-corpus.expected.tsv"));
    Map<String, List<Expectation>> byArticle = new LinkedHashMap<>();
    for (ArticleExpectation e : expected) {
      assertTrue(corpus.containsKey(e.articleId()), () -> e.origin() + ": unknown article id " + e.articleId());
      byArticle.computeIfAbsent(e.articleId(), k -> new ArrayList<>()).add(e.expectation());
      checkVocabulary(e.origin(), List.of(e.expectation()));
    }
    assertEquals(new TreeSet<>(corpus.keySet()), new TreeSet<>(byArticle.keySet()), "every article needs expectations");
    for (Map.Entry<String, List<Expectation>> entry : byArticle.entrySet()) {
      List<Expectation> list = entry.getValue();
      boolean none = list.contains(Expectation.none());
      assertTrue(!none || list.size() == 1, entry.getKey() + ": 'none' contradicts its other assertions");
      assertTrue(none || list.stream().anyMatch(x -> x.kind() == Expectation.Kind.PRESENT),
          entry.getKey() + ": needs at least one expected event");
    }
    assertTrue(byArticle.values().stream().anyMatch(l -> l.contains(Expectation.none())),
        "the corpus should contain an article with no political event");
  }

  // ---- helpers -----------------------------------------------------------------------------------------

  /** Checks CAMEO codes and actor codes against the reference vocabularies (ISO countries always; the
   * shared CAMEO tables when present). */
  private static void checkVocabulary(String origin, List<Expectation> expectations) {
    Set<String> countries = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    Optional<Set<String>> cameo = reference("cameo_eventcodes_gdelt.tsv");
    Optional<Set<String>> agents = reference("cameo_actor_type_codes_manual.tsv");
    for (Expectation e : expectations) {
      if (!e.code().equals("*") && cameo.isPresent()) {
        assertTrue(cameo.get().contains(e.code()), () -> origin + ": no CAMEO event code " + e.code() + " in " + e);
      }
      for (String actor : List.of(e.source(), e.target())) {
        if (actor.equals("*") || actor.equals("-")) continue;
        String code = actor.replace("*", "");
        String first = code.substring(0, 3);
        assertTrue(countries.contains(first) || NON_STATE_BLOCKS.contains(first) || agents.map(a -> a.contains(first)).orElse(false),
            () -> origin + ": actor " + actor + " starts with neither a country, IGO/NGO/... nor an agent code");
        if (NON_STATE_BLOCKS.contains(first) || agents.isEmpty()) continue;
        for (int i = 3; i < code.length(); i += 3) {
          String block = code.substring(i, i + 3);
          assertTrue(agents.get().contains(block), () -> origin + ": unknown agent " + block + " in " + actor);
        }
      }
    }
  }

  private static final Map<String, Optional<Set<String>>> REFERENCE_CACHE = new HashMap<>();

  /** The first column of a table in {@code shared/reference}, or empty when the folder is absent. */
  private static synchronized Optional<Set<String>> reference(String table) {
    return REFERENCE_CACHE.computeIfAbsent(table, t -> {
      Optional<Path> file = findUp(Path.of("shared", "reference", t));
      if (file.isEmpty()) return Optional.empty();
      try {
        Set<String> out = new HashSet<>();
        List<String> lines = Files.readAllLines(file.get(), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) out.add(line.split("\t", -1)[0].trim());
        return Optional.of(Set.copyOf(out));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  @Test
  void referenceVocabularyIsUsedWhenPresent() {
    Optional<Set<String>> cameo = reference("cameo_eventcodes_gdelt.tsv");
    Assumptions.assumeTrue(cameo.isPresent(), "shared/reference not present; vocabulary checks limited to ISO countries");
    assertTrue(cameo.get().containsAll(Set.of("0256", "19", "173")));
    assertTrue(reference("cameo_actor_type_codes_manual.tsv").orElseThrow().containsAll(Set.of("GOV", "MIL", "ELI", "MED")));
  }

  private static Map<String, JsonNode> readCorpus() throws IOException {
    Path file = repoRoot().resolve("samples/sample-corpus.jsonl");
    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> out = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String where = file + ":" + (i + 1) + ": ";
      if (lines.get(i).isBlank()) fail(where + "blank line");
      JsonNode a = json.readTree(lines.get(i));
      Set<String> fields = new TreeSet<>();
      a.fieldNames().forEachRemaining(fields::add);
      assertEquals(new TreeSet<>(Set.of("id", "title", "text", "published", "url", "outlet")), fields, where + "fields");
      String id = a.path("id").asText("");
      assertFalse(id.isBlank(), where + "blank id");
      assertEquals(null, out.put(id, a), where + "duplicate id " + id);
    }
    return out;
  }

  private static Path failureModeDir() {
    return repoRoot().resolve("harbinger-app/src/test/resources/failure-modes");
  }

  /** The repository root: the nearest ancestor of the working directory that holds {@code samples/}. */
  private static Path repoRoot() {
    return findUp(Path.of("samples", "sample-corpus.jsonl")).map(p -> p.getParent().getParent())
        .orElseThrow(() -> new AssertionError("samples/sample-corpus.jsonl not found above " + Path.of("").toAbsolutePath()));
  }

  private static Optional<Path> findUp(Path relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(relative);
      if (Files.isRegularFile(candidate)) return Optional.of(candidate);
    }
    return Optional.empty();
  }
}
