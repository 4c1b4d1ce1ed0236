package harbinger.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.coding.EventCoder;
import harbinger.model.AnnotatedDoc;
import harbinger.model.Article;
import harbinger.model.Outcome;
import harbinger.nlp.NlpAnnotator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageStageTest {
  private static EventCoder coder;
  private final AtomicInteger annotated = new AtomicInteger();
  private final NlpAnnotator nlp = article -> {
    annotated.incrementAndGet();
    return new AnnotatedDoc(article, List.of());
  };

  @BeforeAll
  static void load() { coder = EventCoder.createDefault(); }

  @Test
  void rejectedArticlesAreSkippedAtTheLanguageStageBeforeAnnotation() {
    Pipeline p = Pipeline.create(nlp, coder, text -> text.contains("bonjour") ? Optional.of("not English (French)") : Optional.empty());
    Outcome.Skipped s = assertInstanceOf(Outcome.Skipped.class, p.run(Article.of("f", "bonjour tout le monde")));
    assertEquals(new Outcome.Skipped("f", "language", "not English (French)"), s);
    assertInstanceOf(Outcome.Coded.class, p.run(Article.of("e", "Hello world.")));
    assertEquals(1, annotated.get());
    assertTrue(p.times().millis().containsKey("language"));
  }

  @Test
  void emptyTextIsACheckFailureNotALanguageOne() {
    Pipeline p = Pipeline.create(nlp, coder, text -> Optional.of("never asked"));
    assertEquals(new Outcome.Skipped("x", "check", "no text"), p.run(Article.of("x", " \n ")));
    assertEquals(new Outcome.Skipped("y", "check", "no words"), p.run(Article.of("y", "12 345 -- 2021")));
  }

  @Test
  void defaultCheckRejectsLongTextsWithoutCommonEnglishWords() {
    Pipeline p = Pipeline.create(nlp, coder);
    String german = "Die Außenminister beider Staaten trafen sich am Dienstag und sprachen lange über Grenzen und Handel der Region. ".repeat(4);
    Outcome.Skipped s = assertInstanceOf(Outcome.Skipped.class, p.run(Article.of("g", german)));
    assertEquals("language", s.stage());
    assertTrue(s.reason().startsWith("not English ("), s.reason());
    assertEquals(Optional.empty(), LanguageCheck.functionWords().reject("The ministers met in the capital. ".repeat(10)));
  }
}
