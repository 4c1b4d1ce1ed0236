package harbinger.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import harbinger.ingest.ArticleSources;
import harbinger.ingest.ReadItem;
import harbinger.ingest.ReadOptions;
import harbinger.model.Actor;
import harbinger.model.Event;
import harbinger.model.Outcome;
import harbinger.pipeline.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The flagship story (a VOA wire story on the 30 December 2021 Biden-Putin call, in the shared reference
 * directory) through the real pipeline: plain-text reader, CoreNLP, coder. Every {@code required_events}
 * entry of the {@code .expected.json} beside the story must be matched by a coded event, and no
 * {@code forbidden} rule may be broken. The JSON is read at test time and nothing of it is copied here; the
 * test skips when the shared directory is absent.
 *
 * <p>Paragraph of an event: the number of blank-line breaks in the article text before its evidence sentence.
 */
class FlagshipStoryIT {
  private static final String STORY = "voa-biden-putin-2021-12-30";
  private static final LocalDate PUBLISHED = LocalDate.of(2021, 12, 30);
  /** The keys of a required event that this test checks, plus the explanatory ones it may ignore. */
  private static final Set<String> KNOWN_KEYS = Set.of("id", "paragraphs", "source", "source_agent", "target",
      "target_agent", "roots", "plover", "date", "modality", "symmetric", "best_code", "why");
  /** F3: names that must never be actors. */
  private static final List<String> MEDIA = List.of("voice of america", "youtube", "facebook", "twitter", "instagram");

  private static JsonNode expected;
  private static String text;
  private static List<Event> events;

  @BeforeAll
  static void codeTheStory() throws IOException {
    Path examples = TestPaths.shared().map(s -> s.resolve("examples")).orElse(null);
    assumeTrue(examples != null && Files.isDirectory(examples), "no shared/examples directory above the working directory");
    Path story = examples.resolve(STORY + ".txt");
    Path json = examples.resolve(STORY + ".expected.json");
    assumeTrue(Files.isRegularFile(story) && Files.isRegularFile(json), "flagship story or its expectations missing in " + examples);
    expected = new ObjectMapper().readTree(json.toFile());
    assertEquals(PUBLISHED.toString(), expected.path("published").asText(), "publication date in " + json);
    List<Result> results;
    try (Stream<ReadItem> items = ArticleSources.open(story, ReadOptions.defaults().withPublished(PUBLISHED))) {
      results = TestEngine.run(items);
    }
    assertEquals(1, results.size(), "one article in " + story);
    Result r = results.get(0);
    Outcome.Coded coded = assertInstanceOf(Outcome.Coded.class, r.outcome(), () -> "story not coded: " + r.outcome());
    text = r.article().text();
    events = coded.events();
    System.out.println("FlagshipStoryIT: " + events.size() + " events\n" + listing(events));
  }

  @TestFactory
  Stream<DynamicTest> everyRequiredEventIsCoded() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode req : expected.path("required_events")) {
      String id = req.path("id").asText("?");
      tests.add(DynamicTest.dynamicTest(id, () -> checkRequired(id, req)));
    }
    assertFalse(tests.isEmpty(), "no required_events in the expectations");
    return tests.stream();
  }

  private static void checkRequired(String id, JsonNode req) {
    Set<String> unknown = new TreeSet<>();
    req.fieldNames().forEachRemaining(k -> { if (!KNOWN_KEYS.contains(k)) unknown.add(k); });
    assertTrue(unknown.isEmpty(), () -> id + ": this test does not know how to check " + unknown + "; extend FlagshipStoryIT");
    Set<Integer> paragraphs = new TreeSet<>();
    req.path("paragraphs").forEach(p -> paragraphs.add(p.asInt()));
    Set<String> roots = new TreeSet<>();
    req.path("roots").forEach(p -> roots.add(p.asText()));
    assertFalse(paragraphs.isEmpty() || roots.isEmpty(), () -> id + ": paragraphs and roots must be given");
    String source = req.path("source").asText();
    String target = req.path("target").asText();
    String sourceAgent = optional(req, "source_agent");
    String targetAgent = optional(req, "target_agent");
    String plover = optional(req, "plover");
    String date = optional(req, "date");
    String modality = optional(req, "modality");
    boolean symmetric = req.path("symmetric").asBoolean(false);

    Predicate<Event> ok = e -> paragraphs.contains(paragraph(e))
        && roots.contains(e.cameoRoot())
        && (plover == null || plover.equals(e.plover()))
        && (date == null || (e.date() != null && date.equals(e.date().toString())))
        && (modality == null || modality.equals("any") || modality.equals(e.modality().label()))
        && ((isActor(e.source(), source, sourceAgent) && isActor(e.target(), target, targetAgent))
            || (symmetric && isActor(e.source(), target, targetAgent) && isActor(e.target(), source, sourceAgent)));
    if (events.stream().noneMatch(ok)) {
      fail(id + " not coded: want " + (source + nz(sourceAgent)) + (symmetric ? "<->" : "->") + (target + nz(targetAgent))
          + " root " + roots + (plover == null ? "" : " " + plover) + (date == null ? "" : " on " + date)
          + " modality " + (modality == null ? "any" : modality) + " in paragraph " + paragraphs
          + "\nevents produced:\n" + listing(events));
    }
  }

  @TestFactory
  Stream<DynamicTest> noForbiddenEventIsCoded() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode rule : expected.path("forbidden")) {
      String id = rule.path("id").asText("?");
      tests.add(DynamicTest.dynamicTest(id, () -> {
        Predicate<Event> broken = switch (id) {
          case "F1" -> e -> country(e.source(), "RUS") && country(e.target(), "UKR")
              && Set.of("18", "19", "20").contains(e.cameoRoot()) && e.modality().label().equals("asserted");
          case "F2" -> e -> paragraph(e) == 10;
          case "F3" -> e -> Stream.of(e.source(), e.target(), e.attributedTo()).anyMatch(FlagshipStoryIT::namesMedia);
          default -> throw new AssertionError("forbidden rule " + id + " is new to this test (" + rule.path("rule").asText()
              + "); extend FlagshipStoryIT");
        };
        List<Event> offending = events.stream().filter(broken).toList();
        assertTrue(offending.isEmpty(), () -> id + " broken (" + rule.path("rule").asText() + ") by:\n" + listing(offending)
            + "\nevents produced:\n" + listing(events));
      }));
    }
    assertFalse(tests.isEmpty(), "no forbidden rules in the expectations");
    return tests.stream();
  }

  /** Paragraph of the event's evidence sentence: blank-line breaks in the text before the sentence starts. */
  static int paragraph(Event e) { return paragraphAt(text, e.span().start()); }

  /**
   * The paragraph of the character at {@code offset}: the number of paragraph breaks (runs of whitespace that
   * hold two or more line breaks and lie between content) that end at or before it.
   */
  static int paragraphAt(String text, int offset) {
    int breaks = 0;
    boolean seenContent = false;
    int i = 0;
    while (i < offset) {
      if (!Character.isWhitespace(text.charAt(i))) {
        seenContent = true;
        i++;
        continue;
      }
      int lineBreaks = 0;
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        if (text.charAt(i) == '\n') lineBreaks++;
        i++;
      }
      if (seenContent && lineBreaks >= 2 && i < text.length() && i <= offset) breaks++;
    }
    return breaks;
  }

  private static boolean isActor(@Nullable Actor a, String country, @Nullable String agent) {
    return country(a, country) && (agent == null || a.code().equals(country + agent));
  }

  private static boolean country(@Nullable Actor a, String country) {
    return a != null && country.equals(a.country());
  }

  private static boolean namesMedia(@Nullable Actor a) {
    if (a == null) return false;
    String words = a.text().toLowerCase(Locale.ROOT);
    return MEDIA.stream().anyMatch(words::contains);
  }

  private static String listing(List<Event> list) {
    if (list.isEmpty()) return "  (no events)";
    return list.stream().map(e -> "  p" + paragraph(e) + " " + EventText.compact(e, text)).collect(Collectors.joining("\n"));
  }

  private static @Nullable String optional(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String nz(@Nullable String s) { return s == null ? "" : s; }
}
