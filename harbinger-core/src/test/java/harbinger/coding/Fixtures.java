package harbinger.coding;

import static org.junit.jupiter.api.Assertions.fail;

import harbinger.actors.ActorKnowledge;
import harbinger.actors.ActorKnowledgeFiles;
import harbinger.lexicon.Lexicon;
import harbinger.lexicon.LexiconFiles;
import harbinger.model.AnnotatedDoc;
import harbinger.model.Sentence;
import harbinger.nlp.AnnotatedDocJson;
import harbinger.ontology.CameoOntologies;
import harbinger.ontology.CameoOntology;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The annotated-document fixtures of the coder goldens ({@code src/test/resources/golden/coding/<case>.doc.json},
 * made by real CoreNLP through {@code AdapterGoldenIT}) and small helpers to point at sentences and tokens in
 * them by their words, so that stage tests need no hand-counted indices.
 */
final class Fixtures {
  static final String DOC_SUFFIX = ".doc.json";
  private static final Path RELATIVE = Path.of("src", "test", "resources", "golden");
  private static final Map<String, AnnotatedDoc> CACHE = new ConcurrentHashMap<>();
  private static volatile EventCoder coder;

  private Fixtures() {}

  /** The coder goldens' folder in the source tree (so that {@code -Dgolden.update=true} rewrites the real files). */
  static Path goldenDir() {
    return goldenRoot().resolve("coding");
  }

  /** The stage tests' fixtures (annotated documents without expected events). */
  static Path stagesDir() {
    return goldenRoot().resolve("stages");
  }

  private static Path goldenRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(RELATIVE).resolve("coding"))) return dir.resolve(RELATIVE);
      Path inCore = dir.resolve("harbinger-core").resolve(RELATIVE);
      if (Files.isDirectory(inCore.resolve("coding"))) return inCore;
    }
    throw new IllegalStateException("no " + RELATIVE + " above " + Path.of("").toAbsolutePath());
  }

  /** Names of the stage fixtures, sorted. */
  static List<String> stageNames() {
    return namesIn(stagesDir());
  }

  /** Names of all cases that have a {@code .doc.json}, sorted. */
  static List<String> caseNames() {
    return namesIn(goldenDir());
  }

  private static List<String> namesIn(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(DOC_SUFFIX))
          .map(n -> n.substring(0, n.length() - DOC_SUFFIX.length())).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The annotated document of a golden case or stage fixture (read once per JVM; the records are immutable). */
  static AnnotatedDoc doc(String name) {
    return CACHE.computeIfAbsent(name, n -> {
      Path file = goldenDir().resolve(n + DOC_SUFFIX);
      if (!Files.exists(file)) file = stagesDir().resolve(n + DOC_SUFFIX);
      try {
        return AnnotatedDocJson.read(Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(file.toString(), e);
      }
    });
  }

  static CameoOntology ontology() {
    return Data.ONTOLOGY;
  }

  static Lexicon lexicon() {
    return Data.LEXICON;
  }

  static ActorKnowledge knowledge() {
    return Data.KNOWLEDGE;
  }

  /** The bundled data, loaded once on first use. */
  private static final class Data {
    static final CameoOntology ONTOLOGY = CameoOntologies.loadDefault();
    static final Lexicon LEXICON = LexiconFiles.loadDefault(ONTOLOGY);
    static final ActorKnowledge KNOWLEDGE = ActorKnowledgeFiles.loadDefault();
  }

  /** One coder over the bundled data for all tests of a JVM (it is thread-safe and stateless). */
  static EventCoder coder() {
    EventCoder c = coder;
    if (c == null) {
      synchronized (Fixtures.class) {
        if (coder == null) coder = EventCoder.createDefault();
        c = coder;
      }
    }
    return c;
  }

  /**
   * The index of the sentence whose text is {@code fragment}, else of the only sentence whose text contains it.
   */
  static int sentence(AnnotatedDoc doc, String fragment) {
    for (Sentence s : doc.sentences()) if (s.text().equals(fragment)) return s.index();
    List<Integer> hits = new ArrayList<>();
    for (Sentence s : doc.sentences()) if (s.text().contains(fragment)) hits.add(s.index());
    if (hits.size() != 1) fail("expected one sentence containing '" + fragment + "' in " + doc.article().id() + " but found " + hits);
    return hits.get(0);
  }

  /** The graph of the only sentence containing {@code fragment}. */
  static SentenceGraph graph(String caseName, String fragment) {
    AnnotatedDoc doc = doc(caseName);
    return new SentenceGraph(doc.sentences().get(sentence(doc, fragment)));
  }

  /** The events the default coder codes in the fixture's sentence that contains {@code fragment}. */
  static List<harbinger.model.Event> eventsIn(String caseName, String fragment) {
    AnnotatedDoc doc = doc(caseName);
    int s = sentence(doc, fragment);
    return coder().code(doc).stream().filter(e -> e.sentence() == s).toList();
  }

  /** What {@link ModalityFinder} reads for the trigger word {@code trigger} of the fixture sentence containing {@code fragment}. */
  static ModalityFinder.Reading reading(String caseName, String fragment, String trigger) {
    SentenceGraph g = graph(caseName, fragment);
    return new ModalityFinder().read(g, token(g, trigger));
  }

  /** "SOURCE CAMEO TARGET" of each event the default coder codes in the fixture's sentence containing {@code fragment}. */
  static List<String> triples(String caseName, String fragment) {
    return eventsIn(caseName, fragment).stream().map(e -> code(e.source()) + " " + e.cameo() + " " + code(e.target())).toList();
  }

  /** Whether some "SOURCE CAMEO TARGET" triple matches {@code regex} as a whole. */
  static boolean anyMatches(List<String> triples, String regex) {
    return triples.stream().anyMatch(x -> x.matches(regex));
  }

  /** Fails unless some triple coded in the fixture sentence containing {@code fragment} matches {@code regex}. */
  static void assertTripleMatches(String caseName, String fragment, String regex) {
    List<String> p = triples(caseName, fragment);
    if (!anyMatches(p, regex)) fail(fragment + ": " + p);
  }

  /** Fails when the fixture sentence containing {@code fragment} codes any event. */
  static void assertNoTriples(String caseName, String fragment) {
    List<String> p = triples(caseName, fragment);
    if (!p.isEmpty()) fail(fragment + ": " + p);
  }

  /**
   * Fails unless some event coded in the fixture sentence containing {@code fragment} has a source code starting with
   * {@code source}, a CAMEO code starting with {@code root} and a target code starting with {@code target} ("" = any).
   */
  static void assertTriple(String caseName, String fragment, String source, String root, String target) {
    List<String> p = triples(caseName, fragment);
    boolean found = p.stream().anyMatch(x -> {
      String[] f = x.split(" ");
      return f[0].startsWith(source) && f[1].startsWith(root) && f[2].startsWith(target);
    });
    if (!found) fail(source + " " + root + " " + target + " expected in " + p);
  }

  /** Fails unless some event coded in the fixture sentence containing {@code fragment} passes {@code test}. */
  static void assertSomeEvent(String caseName, String fragment, String what, java.util.function.Predicate<harbinger.model.Event> test) {
    List<harbinger.model.Event> es = eventsIn(caseName, fragment);
    if (es.stream().noneMatch(test)) fail("expected " + what + " in '" + fragment + "' but got: " + describe(es));
  }

  /** Fails when any event coded in the fixture sentence containing {@code fragment} passes {@code test}. */
  static void assertNoEvent(String caseName, String fragment, String what, java.util.function.Predicate<harbinger.model.Event> test) {
    List<harbinger.model.Event> es = eventsIn(caseName, fragment);
    if (es.stream().anyMatch(test)) fail("expected no " + what + " in '" + fragment + "' but got: " + describe(es));
  }

  private static String describe(List<harbinger.model.Event> es) {
    return String.join("; ", es.stream().map(e -> code(e.source()) + " " + e.cameo() + " " + code(e.target())).toList());
  }

  /** The first quote whose text contains {@code words}; fails when there is none. */
  static harbinger.model.Quote quoteContaining(List<harbinger.model.Quote> quotes, String words) {
    return quotes.stream().filter(x -> x.text().contains(words)).findFirst()
        .orElseGet(() -> fail("no quote containing '" + words + "' in " + quotes));
  }

  /** An actor's code, or "-" for none. */
  static String code(harbinger.model.@org.jspecify.annotations.Nullable Actor a) { return a == null ? "-" : a.code(); }

  /** The index of the only token with this surface form. */
  static int token(SentenceGraph g, String word) {
    return token(g, word, 1);
  }

  /** The index of the {@code nth} (1-based) token with this surface form. */
  static int token(SentenceGraph g, String word, int nth) {
    int seen = 0;
    int found = -1;
    for (int i = 0; i < g.size(); i++) {
      if (!g.word(i).equals(word)) continue;
      seen++;
      if (seen == nth) found = i;
    }
    if (found < 0 || (nth == 1 && seen > 1)) {
      fail("expected " + (nth == 1 ? "exactly one" : "a " + nth + ". ") + " token '" + word + "' in: " + g.sentence().text()
          + " (found " + seen + ")");
    }
    return found;
  }

  /** The words of a list of token indices, for readable assertions. */
  static List<String> words(SentenceGraph g, List<Integer> tokens) {
    return tokens.stream().map(g::word).toList();
  }

  /**
   * The code of the trigger the default lexicon's {@link TriggerFinder} finds at {@code word} in the sentence of
   * fixture {@code name} containing {@code fragment}, or null when there is none.
   */
  static @org.jspecify.annotations.Nullable String triggerCodeAt(String name, String fragment, String word) {
    SentenceGraph g = graph(name, fragment);
    int i = token(g, word);
    return new TriggerFinder(lexicon()).find(g).stream().filter(x -> x.token() == i).findFirst()
        .map(Trigger::code).orElse(null);
  }
}
