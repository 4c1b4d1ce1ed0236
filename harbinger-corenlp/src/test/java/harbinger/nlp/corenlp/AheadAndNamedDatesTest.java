package harbinger.nlp.corenlp;

import static harbinger.nlp.corenlp.TimexShown.shown;
import static org.junit.jupiter.api.Assertions.assertEquals;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import harbinger.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Days that lie ahead of their clause's tense (AheadClauses through TenseDates), clock times that move with their
 * weekday, months and holidays of present clauses, named days and spans (NamedDays) and the day a bare clock time
 * takes from the sentence before (ClockTimes), on hand-built sentences written for these tests.
 */
class AheadAndNamedDatesTest {
  private static final LocalDate THU_MAY_9_2013 = LocalDate.of(2013, 5, 9);
  private static final LocalDate SAT_MAY_11_2013 = LocalDate.of(2013, 5, 11);
  private static final LocalDate SAT_DEC_28_2013 = LocalDate.of(2013, 12, 28);

  /** DayPhrasesTest's sentence, with the tokens of its time expressions tagged DATE as CoreNLP's NER does. */
  private static Sentence sentence(String tagged, String deps, Timex... timexes) {
    Sentence s = DayPhrasesTest.sentence(tagged, deps, timexes);
    List<Token> tokens = new ArrayList<>();
    for (Token t : s.tokens()) {
      boolean time = false;
      for (Timex x : timexes) time |= x.beginToken() <= t.index() && t.index() < x.endToken();
      tokens.add(time ? new Token(t.index(), t.word(), t.lemma(), t.pos(), "DATE", null, t.begin(), t.end()) : t);
    }
    return new Sentence(0, 0, s.begin(), s.end(), s.text(), tokens, s.dependencies(), s.timexes());
  }

  @Test
  void aDayForWhichSomethingWasPlannedIsTheComingOne() {
    Sentence s = sentence("Unions/NNS planned/VBD/plan a/DT march/NN for/IN Sunday/NNP evening/NN",
        "root:-1:1 nsubj:1:0 det:3:2 obj:1:3 case:6:4 compound:6:5 obl:1:6",
        new Timex("Sunday", 5, 6, "TIME", "2013-05-05TEV"), new Timex("evening", 6, 7, "TIME", "2013-05-05TEV"));
    assertEquals(List.of("Sunday=TIME:2013-05-12TEV", "evening=TIME:2013-05-12TEV"), shown(TenseDates.adjust(s, THU_MAY_9_2013)));
  }

  @Test
  void aDayDeclaredSomethingIsTheComingOneAndAPastEventDayIsNot() {
    Sentence declared = sentence("The/DT king/NN declared/VBD/declare Monday/NNP a/DT public/JJ holiday/NN",
        "root:-1:2 det:1:0 nsubj:2:1 obl:tmod:2:3 det:6:4 amod:6:5 dep:3:6", new Timex("Monday", 3, 4, "DATE", "2013-05-13"));
    assertEquals(List.of("Monday=DATE:2013-05-13"), shown(TenseDates.adjust(declared, SAT_MAY_11_2013)));
    Sentence spoke = sentence("The/DT king/NN spoke/VBD/speak Monday/NNP", "root:-1:2 det:1:0 nsubj:2:1 obl:tmod:2:3",
        new Timex("Monday", 3, 4, "DATE", "2013-05-13"));
    assertEquals(List.of("Monday=DATE:2013-05-06"), shown(TenseDates.adjust(spoke, SAT_MAY_11_2013)));
  }

  @Test
  void aClockTimeMovesWithTheWeekdayWrittenAfterIt() {
    Sentence s = sentence("Judges/NNS will/MD rule/VB at/IN 10/CD a.m./NN Thursday/NNP",
        "root:-1:2 nsubj:2:0 aux:2:1 case:5:3 nummod:5:4 obl:2:5 obl:tmod:2:6",
        new Timex("10 a.m.", 4, 6, "TIME", "2013-05-09T10:00"), new Timex("Thursday", 6, 7, "TIME", "2013-05-09T10:00"));
    assertEquals(List.of("10 a.m.=TIME:2013-05-16T10:00", "Thursday=TIME:2013-05-16T10:00"), shown(TenseDates.adjust(s, SAT_MAY_11_2013)));
  }

  @Test
  void aMonthOverAlreadyInAPresentClauseItDatesIsNextYearsButAMonthOfDataIsNot() {
    Sentence rises = sentence("The/DT tax/NN rises/VBZ/rise in/IN February/NNP", "root:-1:2 det:1:0 nsubj:2:1 case:4:3 obl:2:4",
        new Timex("February", 4, 5, "DATE", "2013-02"));
    assertEquals(List.of("February=DATE:2014-02"), shown(TenseDates.adjust(rises, SAT_MAY_11_2013)));
    Sentence figures = sentence("The/DT February/NNP figures/NNS show/VBP a/DT rise/NN",
        "root:-1:3 det:2:0 compound:2:1 nsubj:3:2 det:5:4 obj:3:5", new Timex("February", 1, 2, "DATE", "2013-02"));
    assertEquals(List.of("February=DATE:2013-02"), shown(TenseDates.adjust(figures, SAT_MAY_11_2013)));
  }

  @Test
  void aHolidayInAPresentClauseIsTheComingOneAndShoppingHolidaysFollowThanksgiving() {
    Sentence closed = sentence("Shops/NNS close/VBP on/IN Christmas/NNP", "root:-1:1 nsubj:1:0 case:3:2 obl:1:3",
        new Timex("Christmas", 3, 4, "DATE", "2013-12-25"));
    assertEquals(List.of("Christmas=DATE:2014-12-25"), shown(NamedDays.apply(closed, SAT_DEC_28_2013)));
    Sentence sales = sentence("Sales/NNS peak/VBP on/IN Black/NNP Friday/NNP", "root:-1:1 nsubj:1:0 case:4:2 compound:4:3 obl:1:4",
        new Timex("Friday", 4, 5, "DATE", "2013-05-10"));
    assertEquals(List.of("Black Friday=DATE:2013-11-29"), shown(NamedDays.apply(sales, SAT_MAY_11_2013)));
  }

  @Test
  void dawnYearsAgoTodayDecadesOfACenturyAndWintersOfTwoYearsGetTheirValues() {
    Sentence dawn = sentence("Troops/NNS attacked/VBD at/IN dawn/NN", "root:-1:1 nsubj:1:0 case:3:2 obl:1:3",
        new Timex("dawn", 3, 4, "DATE", "2013-05-11"));
    assertEquals(List.of("dawn=TIME:2013-05-11TMO"), shown(NamedDays.apply(dawn, SAT_MAY_11_2013)));
    Sentence ago = sentence("50/CD years/NNS ago/RB today/NN ,/, rebels/NNS surrendered/VBD",
        "obl:tmod:6:3 nummod:1:0 obl:npmod:2:1 advmod:3:2 punct:6:4 nsubj:6:5 root:-1:6",
        new Timex("50 years ago today", 0, 4, "DATE", null));
    assertEquals(List.of("50 years ago today=DATE:1963-05-11"), shown(NamedDays.apply(ago, SAT_MAY_11_2013)));
    Sentence decade = sentence("It/PRP grew/VBD in/IN the/DT third/JJ decade/NN of/IN the/DT 19th/JJ century/NN",
        "root:-1:1 nsubj:1:0 case:5:2 det:5:3 amod:5:4 obl:1:5 case:9:6 det:9:7 amod:9:8 nmod:5:9",
        new Timex("the third decade of the 19th century", 3, 10, "DATE", null));
    assertEquals(List.of("the third decade of the 19th century=DATE:182"), shown(NamedDays.apply(decade, SAT_MAY_11_2013)));
    Sentence winter = sentence("It/PRP froze/VBD in/IN the/DT winter/NN of/IN 1978/CD -/HYPH 79/CD",
        "root:-1:1 nsubj:1:0 case:4:2 det:4:3 obl:1:4 case:6:5 nmod:4:6 punct:8:7 nmod:6:8",
        new Timex("winter", 4, 5, "DATE", "2012-WI"), new Timex("of 1978 - 79", 5, 9, "DATE", null));
    assertEquals(List.of("winter of 1978 - 79=DATE:1978-WI"), shown(NamedDays.apply(winter, SAT_MAY_11_2013)));
  }

  @Test
  void aBareClockTimeTakesTheDayOfTheClauseBeforeButNotADayOfANoun() {
    Sentence clause = sentence("Talks/NNS resumed/VBD on/IN Friday/NNP", "root:-1:1 nsubj:1:0 case:3:2 obl:1:3",
        new Timex("Friday", 3, 4, "DATE", "2013-05-10"));
    Sentence noun = sentence("Shares/NNS topped/VBD the/DT price/NN on/IN Friday/NNP",
        "root:-1:1 nsubj:1:0 det:3:2 obj:1:3 case:5:4 nmod:3:5", new Timex("Friday", 5, 6, "DATE", "2013-05-10"));
    Sentence clock = sentence("They/PRP ended/VBD at/IN 4/CD p.m./NN", "root:-1:1 nsubj:1:0 case:4:2 nummod:4:3 obl:1:4",
        new Timex("4 p.m.", 3, 5, "TIME", "2013-05-11T16:00"));
    assertEquals(List.of("Friday=DATE:2013-05-10", "4 p.m.=TIME:2013-05-10T16:00"),
        ClockTimes.anchor(List.of(clause, clock), SAT_MAY_11_2013).stream().flatMap(s -> shown(s).stream()).toList());
    assertEquals(List.of("Friday=DATE:2013-05-10", "4 p.m.=TIME:2013-05-11T16:00"),
        ClockTimes.anchor(List.of(noun, clock), SAT_MAY_11_2013).stream().flatMap(s -> shown(s).stream()).toList());
  }
}
