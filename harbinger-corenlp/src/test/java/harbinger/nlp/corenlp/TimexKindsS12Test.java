package harbinger.nlp.corenlp;

import static harbinger.nlp.corenlp.TimexShown.shown;
import static harbinger.nlp.corenlp.DayPhrasesTest.sentence;
import static harbinger.nlp.corenlp.TimexFormsTest.normalized;
import static org.junit.jupiter.api.Assertions.assertEquals;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import harbinger.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Time-expression kinds of session 12 on hand-built sentences: "the fiscal year", dotted clock times SUTime tags without
 * value, a part of day or relative week after a duration, weekdays in present-tense and "could" clauses, holidays SUTime
 * does not know or joins to what surrounds them, a past expectation, "the following day" before its clause's subject.
 */
class TimexKindsS12Test {
  private static final LocalDate THU_SEP_26_2013 = LocalDate.of(2013, 9, 26);

  @Test
  void theFiscalYearIsAFiscalYearValue() {
    Sentence s = sentence("Spending/NN fell/VBD in/IN the/DT fiscal/JJ year/NN", "root:-1:1 nsubj:1:0 case:5:2 det:5:3 amod:5:4 obl:1:5",
        new Timex("the fiscal year", 3, 6, "DATE", "2013"));
    assertEquals(List.of("the fiscal year=DATE:FY2013"), shown(TimexForms.apply(s, THU_SEP_26_2013)));
  }

  @Test
  void aDottedClockTimeSutimeLeftWithoutValueGetsItsClockTime() {
    Sentence s = sentence("It/PRP starts/VBZ at/IN 2.15/CD p.m./RB", "root:-1:1 nsubj:1:0 case:3:2 obl:1:3 advmod:3:4",
        new Timex("2.15 p.m.", 3, 5, "TIME", null));
    assertEquals(List.of("2.15 p.m.=TIME:2013-09-26T14:15"), shown(TimexForms.apply(s, THU_SEP_26_2013)));
  }

  @Test
  void aPartOfDayOrARelativeWeekAfterADurationIsAnExpressionOfItsOwn() {
    Sentence met = normalized(sentence("They/PRP met/VBD for/IN three/CD hours/NNS yesterday/NN afternoon/NN",
        "root:-1:1 nsubj:1:0 case:4:2 nummod:4:3 obl:1:4 compound:6:5 obl:tmod:1:6",
        new Timex("three hours yesterday afternoon", 3, 7, "DATE", null)), 3, 7, "2013-09-25TAF INTERSECT PT3H");
    assertEquals(List.of("yesterday afternoon=TIME:2013-09-25TAF"), shown(TimexForms.apply(met, THU_SEP_26_2013)));
    Sentence pushed = normalized(sentence("Troops/NNS pushed/VBD for/IN two/CD days/NNS last/JJ week/NN",
        "root:-1:1 nsubj:1:0 case:4:2 nummod:4:3 obl:1:4 amod:6:5 obl:tmod:4:6",
        new Timex("two days last week", 3, 7, "DATE", null)), 3, 7, "PREV P1W INTERSECT P2D");
    assertEquals(List.of("last week=DATE:2013-W38"), shown(TimexForms.apply(pushed, THU_SEP_26_2013)));
  }

  @Test
  void aWeekdayInAPresentTenseOrCouldClauseLiesAhead() {
    Sentence ends = sentence("The/DT year/NN ends/VBZ Monday/NNP", "root:-1:2 det:1:0 nsubj:2:1 obl:tmod:2:3",
        new Timex("Monday", 3, 4, "DATE", "2013-09-23"));
    assertEquals(List.of("Monday=DATE:2013-09-30"), shown(TenseDates.adjust(ends, THU_SEP_26_2013)));
    Sentence glaze = sentence("Rain/NN could/MD glaze/VB roads/NNS on/IN Monday/NNP morning/NN",
        "root:-1:2 nsubj:2:0 aux:2:1 obj:2:3 case:5:4 obl:2:5 obl:tmod:2:6",
        new Timex("Monday", 5, 6, "TIME", "2013-09-23TMO"), new Timex("morning", 6, 7, "TIME", "2013-09-23TMO"));
    assertEquals(List.of("Monday=TIME:2013-09-30TMO", "morning=TIME:2013-09-30TMO"), shown(TenseDates.adjust(glaze, THU_SEP_26_2013)));
    Sentence could = sentence("It/PRP could/MD have/VB begun/VBN Monday/NNP", "root:-1:3 nsubj:3:0 aux:3:1 aux:3:2 obl:tmod:3:4",
        new Timex("Monday", 4, 5, "DATE", "2013-09-23"));
    assertEquals(List.of("Monday=DATE:2013-09-23"), shown(TenseDates.adjust(could, THU_SEP_26_2013)), "could have: not ahead");
  }

  @Test
  void aVerbTagInsideAPlaceNameDoesNotMakeTheClausePresent() {
    // "Dar es Salaam": the tagger reads "es" as VBZ and hangs the date on it; the clause is the past "exploded"
    Sentence tagged = sentence("Bombs/NNS exploded/VBD in/IN Dar/NNP es/VBZ/e Salaam/NNP on/IN Friday/NNP morning/NN",
        "root:-1:1 nsubj:1:0 case:3:2 obl:1:3 dep:1:4 obj:4:5 case:8:6 compound:8:7 obl:4:8",
        new Timex("Friday", 7, 8, "TIME", "1998-08-07TMO"), new Timex("morning", 8, 9, "TIME", "1998-08-07TMO"));
    List<Token> tokens = new ArrayList<>(tagged.tokens());
    for (int i = 3; i <= 5; i++) {
      Token t = tokens.get(i);
      tokens.set(i, new Token(t.index(), t.word(), t.lemma(), t.pos(), "CITY", null, t.begin(), t.end()));
    }
    Sentence s = new Sentence(0, 0, 0, tagged.text().length(), tagged.text(), tokens, tagged.dependencies(), tagged.timexes());
    assertEquals(List.of("Friday=TIME:1998-08-07TMO", "morning=TIME:1998-08-07TMO"),
        shown(TenseDates.adjust(s, LocalDate.of(1998, 8, 8))));
  }

  @Test
  void aPastExpectationLooksForward() {
    Sentence s = sentence("It/PRP expected/VBD/expect strong/JJ demand/NN before/IN Christmas/NNP",
        "root:-1:1 nsubj:1:0 amod:3:2 obj:1:3 case:5:4 nmod:3:5", new Timex("Christmas", 5, 6, "DATE", "2013-12-25"));
    assertEquals(List.of("Christmas=DATE:2013-12-25"), shown(NamedDays.apply(s, THU_SEP_26_2013)));
  }

  @Test
  void holidaysSutimeDoesNotKnowOrJoinsToOtherWords() {
    Sentence veterans = sentence("He/PRP marches/VBZ on/IN Veterans/NNPS Day/NNP", "root:-1:1 nsubj:1:0 case:4:2 compound:4:3 obl:1:4",
        new Timex("Day", 4, 5, "DURATION", "P1D"));
    assertEquals(List.of("Veterans Day=DATE:2013-11-11"), shown(NamedDays.apply(veterans, THU_SEP_26_2013)));
    LocalDate jan6 = LocalDate.of(1992, 1, 6);
    Sentence orthodox = sentence("Crowds/NNS gather/VBP for/IN Orthodox/NNP Christmas/NNP tomorrow/NN",
        "root:-1:1 nsubj:1:0 case:4:2 compound:4:3 obl:1:4 obl:tmod:1:5", new Timex("Christmas tomorrow", 4, 6, "DATE", "1992-12-26"));
    assertEquals(List.of("Orthodox Christmas=DATE:1992-01-07", "tomorrow=DATE:1992-01-07"), shown(NamedDays.apply(orthodox, jan6)));
    Sentence weeks = sentence("Sales/NNS peak/VBP in/IN the/DT weeks/NNS before/IN Thanksgiving/NNP",
        "root:-1:1 nsubj:1:0 case:4:2 det:4:3 obl:1:4 case:6:5 nmod:4:6", new Timex("the weeks before Thanksgiving", 3, 7, "DATE", null));
    assertEquals(List.of("Thanksgiving=DATE:2013-11-28"), shown(NamedDays.apply(weeks, THU_SEP_26_2013)));
  }

  @Test
  void theFollowingDayBeforeTheSubjectOfItsClauseCountsFromTheLastDay() {
    Sentence passed = sentence("It/PRP passed/VBD on/IN Sept./NNP 19/CD", "root:-1:1 nsubj:1:0 case:3:2 obl:1:3 nummod:3:4",
        new Timex("Sept. 19", 3, 5, "DATE", "2013-09-19"));
    Sentence next = sentence("The/DT following/JJ day/NN the/DT House/NNP rejected/VBD it/PRP",
        "root:-1:5 det:2:0 amod:2:1 obl:tmod:5:2 det:4:3 nsubj:5:4 obj:5:6", new Timex("The following day", 0, 3, "DATE", "2013-09-27"));
    assertEquals(List.of("The following day=DATE:2013-09-20"), shown(AnaphoricDates.resolve(List.of(passed, next)).get(1)));
    Sentence early = sentence("Early/RB the/DT following/JJ day/NN fighting/NN resumed/VBD",
        "root:-1:5 advmod:3:0 det:3:1 amod:3:2 obl:tmod:5:3 nsubj:5:4", new Timex("Early the following day", 0, 4, "DATE", "2013-09-27"));
    assertEquals(List.of("Early the following day=DATE:2013-09-20"), shown(AnaphoricDates.resolve(List.of(passed, early)).get(1)));
  }
}
