package harbinger.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import harbinger.model.Dependency;
import harbinger.model.Sentence;
import harbinger.model.Timex;
import harbinger.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tense-resolved month names, on hand-built sentences (no CoreNLP needed). */
class TenseDatesTest {
  private static final LocalDate MARCH_2013 = LocalDate.of(2013, 3, 22);

  /**
   * A sentence "<subject> [aux] <verb> in <month words>" whose month tokens form one timex with {@code value}.
   * Tokens: 0 subject, then the optional auxiliary, the verb, "in", and the month words.
   */
  private static Sentence sentence(String aux, String auxPos, String verb, String verbPos, String monthText, String value) {
    List<Token> tokens = new ArrayList<>();
    List<Dependency> deps = new ArrayList<>();
    int i = 0;
    tokens.add(token(i++, "Police", "NNS"));
    int auxIndex = -1;
    if (aux != null) { auxIndex = i; tokens.add(token(i++, aux, auxPos)); }
    int v = i;
    tokens.add(token(i++, verb, verbPos));
    int in = i;
    tokens.add(token(i++, "in", "IN"));
    int firstMonth = i;
    String[] words = monthText.split(" ");
    for (String w : words) tokens.add(token(i++, w, "NNP"));
    int head = i - 1;
    deps.add(new Dependency("root", -1, v));
    deps.add(new Dependency("nsubj", v, 0));
    if (auxIndex >= 0) deps.add(new Dependency("aux", v, auxIndex));
    deps.add(new Dependency("case", head, in));
    deps.add(new Dependency("obl", v, head));
    for (int k = firstMonth; k < head; k++) deps.add(new Dependency("amod", head, k));
    Timex t = new Timex(monthText, firstMonth, i, "DATE", value);
    return new Sentence(0, 0, 0, 100, "sentence", tokens, deps, List.of(t));
  }

  private static Token token(int index, String word, String pos) {
    return new Token(index, word, word.toLowerCase(), pos, "O", null, index * 10, index * 10 + word.length());
  }

  private static String value(Sentence s) { return s.timexes().get(0).value(); }

  @Test
  void aMonthAfterPublicationInAPastTenseClauseIsLastYears() {
    assertEquals("2012-07", value(TenseDates.adjust(sentence(null, null, "arrested", "VBD", "July", "2013-07"), MARCH_2013)));
    assertEquals("2012-08", value(TenseDates.adjust(sentence(null, null, "arrested", "VBD", "early August", "2013-08"), MARCH_2013)));
  }

  @Test
  void aDayOfALaterMonthInThePastMovesBackToo() {
    assertEquals("2012-07-04", value(TenseDates.adjust(sentence("was", "VBD", "fired", "VBN", "July 4", "2013-07-04"), MARCH_2013)));
  }

  @Test
  void thePresentPerfectCountsAsPast() {
    assertEquals("2012-11", value(TenseDates.adjust(sentence("has", "VBZ", "grown", "VBN", "November", "2013-11"), MARCH_2013)));
  }

  @Test
  void aPassedMonthInAFutureClauseIsNextYears() {
    assertEquals("2014-01", value(TenseDates.adjust(sentence("will", "MD", "vote", "VB", "January", "2013-01"), MARCH_2013)));
  }

  @Test
  void leavesDatesThatAgreeWithTheTense() {
    Sentence past = sentence(null, null, "arrested", "VBD", "January", "2013-01");
    assertSame(past, TenseDates.adjust(past, MARCH_2013));
    Sentence future = sentence("will", "MD", "vote", "VB", "November", "2013-11");
    assertSame(future, TenseDates.adjust(future, MARCH_2013));
    Sentence sameMonth = sentence(null, null, "arrested", "VBD", "March", "2013-03");
    assertSame(sameMonth, TenseDates.adjust(sameMonth, MARCH_2013));
  }

  @Test
  void leavesPresentTenseWrittenYearsAndUnknownPublicationDates() {
    Sentence present = sentence(null, null, "meets", "VBZ", "July", "2013-07");
    assertSame(present, TenseDates.adjust(present, MARCH_2013));
    Sentence withYear = sentence(null, null, "arrested", "VBD", "July 2013", "2013-07");
    assertSame(withYear, TenseDates.adjust(withYear, MARCH_2013));
    Sentence past = sentence(null, null, "arrested", "VBD", "July", "2013-07");
    assertSame(past, TenseDates.adjust(past, null));
  }

  @Test
  void leavesExpressionsWithoutAMonthName() {
    Sentence s = sentence(null, null, "arrested", "VBD", "summer", "2013-07");
    assertSame(s, TenseDates.adjust(s, MARCH_2013));
  }

  private static final LocalDate THURSDAY = LocalDate.of(2021, 12, 30);

  @Test
  void aBareWeekdayAfterPublicationInAPastClauseIsLastWeeks() {
    assertEquals("2021-12-26", value(TenseDates.adjust(sentence(null, null, "attacked", "VBD", "Sunday", "2022-01-02"), THURSDAY)));
    assertEquals("2021-12-27", value(TenseDates.adjust(sentence("has", "VBZ", "met", "VBN", "Monday", "2021-12-27"), THURSDAY)));
  }

  @Test
  void aBareWeekdayBeforePublicationInAFutureClauseIsNextWeeks() {
    assertEquals("2022-01-03", value(TenseDates.adjust(sentence("will", "MD", "vote", "VB", "Monday", "2021-12-27"), THURSDAY)));
  }

  @Test
  void leavesWeekdaysThatAgreeWithTheTenseOrCarryADate() {
    Sentence sameDay = sentence(null, null, "attacked", "VBD", "Thursday", "2021-12-30");
    assertSame(sameDay, TenseDates.adjust(sameDay, THURSDAY));
    Sentence present = sentence(null, null, "meets", "VBZ", "Sunday", "2022-01-02");
    assertSame(present, TenseDates.adjust(present, THURSDAY));
    Sentence dated = sentence(null, null, "attacked", "VBD", "Sunday 2", "2022-01-02");
    assertSame(dated, TenseDates.adjust(dated, THURSDAY));
  }

  @Test
  void aWeekdayTimeAndThePartOfDaySplitFromItMoveTogether() {
    Sentence s = DayPhrasesTest.sentence("He/PRP spoke/VBD on/IN Sunday/NNP night/NN", "root:-1:1 nsubj:1:0 case:4:2 compound:4:3 obl:1:4",
        new Timex("Sunday", 3, 4, "TIME", "2013-03-24TNI"), new Timex("night", 4, 5, "TIME", "2013-03-24TNI"));
    assertEquals(List.of("2013-03-17TNI", "2013-03-17TNI"),
        TenseDates.adjust(s, MARCH_2013).timexes().stream().map(Timex::value).toList());
  }

  @Test
  void aGerundTakesTheTenseOfTheClauseItDependsOn() {
    Sentence s = DayPhrasesTest.sentence("He/PRP said/VBD on/IN arriving/VBG on/IN Tuesday/NNP",
        "root:-1:1 nsubj:1:0 mark:3:2 advcl:1:3 case:5:4 obl:3:5", new Timex("Tuesday", 5, 6, "DATE", "2013-03-26"));
    assertEquals("2013-03-19", value(TenseDates.adjust(s, LocalDate.of(2013, 3, 23))));
  }
}
