package harbinger.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.AnnotatedDoc;
import harbinger.model.Article;
import harbinger.model.Event;
import harbinger.model.Outcome;
import harbinger.model.Quote;
import harbinger.model.Sentence;
import harbinger.model.Span;
import harbinger.model.Timex;
import harbinger.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  /** A system that records what it was given and answers with hand-made results. */
  private static final class FakeSystem implements SystemUnderTest {
    final List<Article> seen = new ArrayList<>();
    final Function<Article, Outcome> coder;
    final Function<Article, AnnotatedDoc> annotator;

    FakeSystem(Function<Article, Outcome> coder, Function<Article, AnnotatedDoc> annotator) {
      this.coder = coder;
      this.annotator = annotator;
    }

    @Override public List<Outcome> code(List<Article> articles) {
      seen.addAll(articles);
      return articles.stream().map(coder).toList();
    }

    @Override public List<Annotation> annotate(List<Article> articles) {
      seen.addAll(articles);
      return articles.stream().map(a -> a.id().startsWith("bad")
          ? new Annotation(a.id(), null, "too long") : new Annotation(a.id(), annotator.apply(a), null)).toList();
    }

    @Override public List<Quote> quotes(AnnotatedDoc doc) {
      String t = doc.article().text();
      int i = t.indexOf("ready");
      return List.of(new Quote(doc.article().id(), new Span(i, i + 5), "ready", null, new Span(0, 3), t.substring(0, 3)));
    }
  }

  private static Outcome coded(Article a, Event... events) { return new Outcome.Coded(a.id(), 1, List.of(events)); }

  @Test
  void codesEachPloverRecordAsAOneSentenceArticleAndCountsSkipsAsNothing() {
    FakeSystem sys = new FakeSystem(a -> a.id().equals("p2") ? new Outcome.Skipped("p2", "check", "not English")
        : coded(a, Produced.event(a.id(), "PROTEST", "141", "FRACVL", null)), a -> null);
    List<PloverRecord> gold = List.of(
        new PloverRecord("p1", "Farmers protested in Paris.", "PROTEST", List.of("FRA"), List.of(), false, null),
        new PloverRecord("p2", "Farmers protested in Lyon.", "PROTEST", List.of("FRA"), List.of(), false, LocalDate.of(2000, 1, 2)));
    EvalReport r = new Evaluator(sys, CameoToM2e2.loadDefault()).plover(gold);
    assertEquals(List.of("p1", "p2"), sys.seen.stream().map(Article::id).toList());
    assertEquals("Farmers protested in Paris.", sys.seen.get(0).text());
    assertNull(sys.seen.get(0).title());
    assertNull(sys.seen.get(0).published());
    assertEquals(LocalDate.of(2000, 1, 2), sys.seen.get(1).published());
    assertEquals(new Score("triple_recall", 1, 2), r.find("triple_recall").orElseThrow());
    assertEquals(List.of("skipped p2 [check]: not English"), r.notes());
  }

  @Test
  void codesM2e2DocumentsWholeAndScoresEventsInTheirSentences() {
    FakeSystem sys = new FakeSystem(a -> {
      int fired = a.text().indexOf("fired");
      return coded(a, Produced.at(a.id(), "ASSAULT", "190", null, null, fired));
    }, a -> null);
    List<M2e2Record> gold = List.of(
        new M2e2Record("d_0", "d", 0, "Police came.", List.of()),
        new M2e2Record("d_1", "d", 1, "Troops fired.", List.of("Conflict:Attack")));
    EvalReport r = new Evaluator(sys, CameoToM2e2.loadDefault()).m2e2(gold);
    assertEquals(1, sys.seen.size());
    assertEquals("Police came.\n\nTroops fired.", sys.seen.get(0).text());
    assertEquals(new Score("f1", 2, 2), r.find("f1").orElseThrow());
  }

  @Test
  void annotatesTimexArticlesWithTheirCreationTimeAsPublicationDate() {
    String text = "It rained on Friday.";
    FakeSystem sys = new FakeSystem(a -> coded(a), a -> new AnnotatedDoc(a, List.of(new Sentence(0, 0, 0, text.length(), text,
        List.of(tok(0, "It", 0), tok(1, "rained", 3), tok(2, "on", 10), tok(3, "Friday", 13), tok(4, ".", 19)),
        List.of(), List.of(new Timex("Friday", 3, 4, "DATE", "2013-03-22"))))));
    List<TimexArticle> gold = List.of(
        new TimexArticle("d1", LocalDate.of(2013, 3, 22), text,
            List.of(new TimexArticle.GoldTimex("t1", "Friday", new Span(13, 19), "DATE", "2013-03-22"))),
        new TimexArticle("bad", LocalDate.of(2013, 3, 22), text,
            List.of(new TimexArticle.GoldTimex("t1", "Friday", new Span(13, 19), "DATE", "2013-03-22"))));
    EvalReport r = new Evaluator(sys, CameoToM2e2.loadDefault()).timex(gold);
    assertEquals(LocalDate.of(2013, 3, 22), sys.seen.get(0).published());
    assertEquals(new Score("date_value_accuracy", 1, 2), r.find("date_value_accuracy").orElseThrow());
    assertTrue(r.notes().get(0).startsWith("skipped bad [nlp]"), r.notes().toString());
  }

  @Test
  void extractsQuotesFromAnnotatedGoldArticles() {
    String text = "She said we are ready.";
    FakeSystem sys = new FakeSystem(a -> coded(a), a -> new AnnotatedDoc(a, List.of()));
    var attribution = new QuoteArticle.GoldAttribution("E1", List.of(new Span(0, 3)), "She", List.of(new Span(9, 21)), "we are ready");
    EvalReport r = new Evaluator(sys, CameoToM2e2.loadDefault()).quotes(List.of(new QuoteArticle("q", null, text, List.of(attribution))));
    assertEquals(new Score("speaker_accuracy", 1, 1), r.find("speaker_accuracy").orElseThrow());
  }

  private static Token tok(int i, String word, int begin) {
    return new Token(i, word, word.toLowerCase(), "NN", "O", null, begin, begin + word.length());
  }
}
