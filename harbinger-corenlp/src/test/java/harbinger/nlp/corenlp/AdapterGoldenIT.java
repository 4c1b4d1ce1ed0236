package harbinger.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import harbinger.model.AnnotatedDoc;
import harbinger.model.Article;
import harbinger.model.Sentence;
import harbinger.nlp.AnnotatedDocJson;
import harbinger.nlp.NlpAnnotator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Adapter goldens (CONVENTIONS C11 layer b): every {@code <case>.txt} in
 * {@code harbinger-core/src/test/resources/golden/coding/} (coder goldens) and {@code .../golden/stages/} (fixtures
 * of the coder's stage unit tests) is annotated by real CoreNLP and compared with {@code <case>.doc.json} beside
 * it, which the tests of layer (a) read without CoreNLP. A case file may
 * start with a line {@code @published YYYY-MM-DD}; the rest of the file is the article text and the case name
 * is the article id. Run with {@code -Dgolden.update=true} to (re)write the {@code .doc.json} files, then
 * review the diff.
 */
class AdapterGoldenIT {
  private static final String PUBLISHED = "@published ";
  private static @Nullable NlpAnnotator nlp;

  @BeforeAll
  static void loadModels() {
    nlp = CoreNlp.create(NlpConfig.defaults());
  }

  /** Folders under {@code golden/} whose {@code .txt} cases are annotated. */
  private static final List<String> FOLDERS = List.of("coding", "stages");

  static Path goldenDir() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("harbinger-core"))) {
        return dir.resolve("harbinger-core/src/test/resources/golden");
      }
    }
    throw new IllegalStateException("no directory containing harbinger-core above " + Path.of("").toAbsolutePath());
  }

  /** Cases as {@code folder/name}; the name alone is the article id. */
  static Stream<String> cases() throws IOException {
    List<String> out = new java.util.ArrayList<>();
    for (String folder : FOLDERS) {
      Path dir = goldenDir().resolve(folder);
      if (!Files.isDirectory(dir)) continue;
      try (Stream<Path> files = Files.list(dir)) {
        files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt") && !n.equals("KNOWN_FAILURES.txt"))
            .map(n -> folder + "/" + n.substring(0, n.length() - ".txt".length())).sorted().forEach(out::add);
      }
    }
    return out.stream();
  }

  /** Reads {@code <name>.txt}: an optional {@code @published} first line, then the article text. */
  static Article readCase(Path txt, String name) throws IOException {
    String content = Files.readString(txt, StandardCharsets.UTF_8);
    LocalDate published = null;
    if (content.startsWith("@")) {
      int eol = content.indexOf('\n');
      String first = (eol < 0 ? content : content.substring(0, eol)).strip();
      if (!first.startsWith(PUBLISHED)) fail(txt + ":1: expected '@published YYYY-MM-DD' but was '" + first + "'");
      try {
        published = LocalDate.parse(first.substring(PUBLISHED.length()).strip());
      } catch (DateTimeParseException e) {
        fail(txt + ":1: bad date in '" + first + "': " + e.getMessage());
      }
      content = eol < 0 ? "" : content.substring(eol + 1);
    }
    return Article.of(name, content).withPublished(published);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void annotatesLikeGolden(String path) throws IOException {
    Path dir = goldenDir().resolve(path).getParent();
    String name = path.substring(path.indexOf('/') + 1);
    Article article = readCase(dir.resolve(name + ".txt"), name);
    AnnotatedDoc actual = Objects.requireNonNull(nlp).annotate(article);
    String actualJson = AnnotatedDocJson.write(actual);
    Path golden = dir.resolve(name + ".doc.json");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, actualJson, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(golden), () -> "missing " + golden + "; run with -Dgolden.update=true and review it");
    String expectedJson = Files.readString(golden, StandardCharsets.UTF_8);
    AnnotatedDoc expected = AnnotatedDocJson.read(expectedJson);
    assertEquals(expected.article(), actual.article(), () -> name + ": article differs from " + golden);
    List<Sentence> want = expected.sentences();
    List<Sentence> got = actual.sentences();
    for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
      if (!want.get(i).equals(got.get(i))) fail(name + ": " + SentenceDiff.describe(want.get(i), got.get(i)));
    }
    assertEquals(want.size(), got.size(), () -> name + ": sentence count differs; first extra sentence: "
        + (want.size() > got.size() ? want.get(got.size()).text() : got.get(want.size()).text()));
    assertEquals(expectedJson, actualJson, () -> name + ": same annotation but different JSON layout in " + golden
        + "; run with -Dgolden.update=true");
  }
}
