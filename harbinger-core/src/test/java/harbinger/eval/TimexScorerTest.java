package harbinger.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import harbinger.model.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimexScorerTest {
  private static final String TEXT = "On Thursday the board met. Last month it voted at 8 PM for three years.";

  private static Span span(String words) {
    int i = TEXT.indexOf(words);
    return new Span(i, i + words.length());
  }

  private static TimexArticle.GoldTimex gold(String tid, String words, String type, String value) {
    return new TimexArticle.GoldTimex(tid, words, span(words), type, value);
  }

  @Test
  void scoresDatesAndTimesSeparatelyAndSkipsDurations() {
    TimexArticle a = new TimexArticle("doc", LocalDate.of(2013, 3, 22), TEXT, List.of(
        gold("t1", "Thursday", "DATE", "2013-03-21"),
        gold("t2", "Last month", "DATE", "2013-02"),
        gold("t3", "8 PM", "TIME", "2013-03-22T20"),
        gold("t4", "three years", "DURATION", "P3Y")));
    List<ProducedTimex> produced = List.of(
        new ProducedTimex(span("Thursday"), "Thursday", "DATE", "2013-03-21"),
        new ProducedTimex(span("month"), "month", "DATE", "2013-03"),
        new ProducedTimex(span("three years"), "three years", "DURATION", "P3Y"));
    EvalReport r = TimexScorer.score(List.of(a), Map.of("doc", produced));
    assertEquals(3, r.units());
    assertEquals(new Score("date_value_accuracy", 1, 2), r.find("date_value_accuracy").orElseThrow());
    assertEquals(new Score("date_span_recall", 2, 2), r.find("date_span_recall").orElseThrow(), "partial overlap counts");
    assertEquals(new Score("time_value_accuracy", 0, 1), r.find("time_value_accuracy").orElseThrow());
    assertEquals(new Score("time_span_recall", 0, 1), r.find("time_span_recall").orElseThrow());
    assertEquals(List.of("DATE wrong value", "TIME not found"), r.errors().stream().map(EvalError::category).toList());
  }

  @Test
  void anyOverlappingExpressionWithTheRightValueCounts() {
    TimexArticle a = new TimexArticle("doc", LocalDate.of(2013, 3, 22), TEXT, List.of(gold("t1", "Thursday", "DATE", "2013-03-21")));
    List<ProducedTimex> produced = List.of(
        new ProducedTimex(span("On Thursday"), "On Thursday", "DATE", null),
        new ProducedTimex(span("Thursday"), "Thursday", "DATE", "2013-03-21"));
    assertEquals(1, TimexScorer.score(List.of(a), Map.of("doc", produced)).find("date_value_accuracy").orElseThrow().numerator());
  }
}
