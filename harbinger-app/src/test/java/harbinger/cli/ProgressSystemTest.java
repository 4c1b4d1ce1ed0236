package harbinger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.eval.SystemUnderTest;
import harbinger.model.AnnotatedDoc;
import harbinger.model.Article;
import harbinger.model.Outcome;
import harbinger.model.Quote;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The eval progress bar around a hand-written system: per-article steps, completion, and silence when off. */
class ProgressSystemTest {
  private final StringWriter err = new StringWriter();
  private final List<String> seen = new ArrayList<>();

  /** Codes each article with no events, reporting each one when {@code reports}; annotation reports nothing. */
  private SystemUnderTest fake(Runnable perArticle, boolean reports) {
    return new SystemUnderTest() {
      @Override public List<Outcome> code(List<Article> articles) {
        List<Outcome> out = new ArrayList<>();
        for (Article a : articles) {
          out.add(new Outcome.Coded(a.id(), 1, List.of()));
          if (reports) perArticle.run();
          seen.add(err.toString());
        }
        return out;
      }

      @Override public List<Annotation> annotate(List<Article> articles) {
        return articles.stream().map(a -> new Annotation(a.id(), new AnnotatedDoc(a, List.of()), null)).toList();
      }

      @Override public List<Quote> quotes(AnnotatedDoc doc) { return List.of(); }
    };
  }

  private static List<Article> articles(int n) {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(new Article("a" + i, null, "Text number " + i + ".", null, null, null));
    return out;
  }

  @Test
  void drawsTheBarAsArticlesFinishAndEndsItsLine() {
    SystemUnderTest s = new ProgressSystem(step -> fake(step, true), new PrintWriter(err), true);
    assertEquals(3, s.code(articles(3)).size());
    assertTrue(seen.get(0).contains("[######..............] 1/3  33%"), seen::toString);
    String[] lines = err.toString().split("\n", -1);
    assertEquals(2, lines.length, err::toString);
    assertTrue(lines[0].contains("[####################] 3/3 100%") && lines[0].contains("articles/s") && lines[0].contains("left"),
        lines[0]);
  }

  @Test
  void aSystemThatDoesNotReportStillEndsWithAFullBarPerBatch() {
    SystemUnderTest s = new ProgressSystem(step -> fake(step, false), new PrintWriter(err), true);
    s.annotate(articles(4));
    s.code(articles(2));
    String[] lines = err.toString().split("\n", -1); // each bar is redrawn in place with \r; its line ends with \n
    assertEquals(3, lines.length, err::toString);
    assertTrue(lines[0].contains("] 4/4 100%"), lines[0]);
    assertTrue(lines[1].contains("] 2/2 100%"), lines[1]);
  }

  @Test
  void printsNothingWhenOff() {
    SystemUnderTest s = new ProgressSystem(step -> fake(step, true), new PrintWriter(err), false);
    s.code(articles(3));
    assertEquals("", err.toString());
  }
}
