package harbinger.nlp.corenlp;

import static harbinger.nlp.corenlp.TimexShown.shown;
import static harbinger.nlp.corenlp.DayPhrasesTest.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.data.DataLine;
import harbinger.error.DictionaryException;
import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Time-expression kinds of session 14 on hand-built sentences: centuries written as round hundreds, national days
 * SUTime does not know, "next" + weekday, a fiscal year named by its first or last day, a clock time after
 * "yesterday", and a holiday within a month ahead that bounds a past clause.
 */
class TimexKindsS14Test {
  @Test
  void aRoundHundredWithAnSIsACenturyButTheTwoThousandsStayADecade() {
    assertEquals("17", TimexForms.decade(new Timex("the 1700s", 0, 2, "DATE", "170X")).value());
    assertEquals("19", TimexForms.decade(new Timex("the early 1900s", 0, 3, "DATE", "190X")).value());
    assertEquals("200", TimexForms.decade(new Timex("the 2000s", 0, 2, "DATE", "200X")).value());
    assertEquals("193", TimexForms.decade(new Timex("the 1930s", 0, 2, "DATE", "193X")).value());
  }

  @Test
  void nationalDaysFromTheTableReplaceSutimesDurationAndTakeTheNearestYear() {
    Sentence boxing = sentence("Fires/NNS started/VBD on/IN Boxing/NNP Day/NNP", "root:-1:1 nsubj:1:0 case:4:2 compound:4:3 obl:1:4",
        new Timex("Day", 4, 5, "DURATION", "P1D"));
    assertEquals(List.of("Boxing Day=DATE:2002-12-26"), shown(NamedDays.apply(boxing, LocalDate.of(2003, 1, 24))));
    Sentence andrew = sentence("A/DT bill/NN will/MD come/VB by/IN St/NNP Andrew/NNP 's/POS Day/NNP",
        "root:-1:3 det:1:0 nsubj:3:1 aux:3:2 case:8:4 compound:6:5 nmod:poss:8:6 case:6:7 obl:3:8",
        new Timex("Day", 8, 9, "DURATION", "P1D"));
    assertEquals(List.of("St Andrew 's Day=DATE:2014-11-30"), shown(NamedDays.apply(andrew, LocalDate.of(2014, 9, 10))));
    Sentence wreath = sentence("She/PRP will/MD lay/VB a/DT wreath/NN on/IN Remembrance/NNP Sunday/NNP",
        "root:-1:2 nsubj:2:0 aux:2:1 det:4:3 obj:2:4 case:7:5 compound:7:6 obl:2:7",
        new Timex("Sunday", 7, 8, "DATE", "2016-11-06"));
    assertEquals(List.of("Remembrance Sunday=DATE:2016-11-13"), shown(NamedDays.apply(wreath, LocalDate.of(2016, 11, 5))));
  }

  @Test
  void theHolidayTableIsValidatedWithFileAndLine() {
    DictionaryException e = assertThrows(DictionaryException.class,
        () -> FixedHolidays.parse(List.of(new DataLine("fixed-holidays.tsv", 7, List.of("Foo Day", "13-40")))));
    assertTrue(e.getMessage().contains("fixed-holidays.tsv:7"), e.getMessage());
    assertThrows(DictionaryException.class,
        () -> FixedHolidays.parse(List.of(new DataLine("fixed-holidays.tsv", 8, List.of("Foo Day", "last Monday")))));
  }

  @Test
  void nextWithAWeekdayIsThatDayOfTheFollowingWeekWhateverTheTense() {
    Sentence vote = sentence("The/DT vote/NN is/VBZ next/JJ Thursday/NNP", "root:-1:1 det:1:0 cop:1:2 amod:4:3 obl:tmod:1:4",
        new Timex("next Thursday", 3, 5, "DATE", "2014-09-11"));
    assertEquals(List.of("next Thursday=DATE:2014-09-18"), shown(TimexForms.apply(vote, LocalDate.of(2014, 9, 10))));
    Sentence past = sentence("With/IN the/DT election/NN next/JJ Tuesday/NNP ,/, officials/NNS scrambled/VBD",
        "root:-1:7 case:2:0 det:2:1 obl:7:2 amod:4:3 nmod:tmod:2:4 punct:7:5 nsubj:7:6",
        new Timex("next Tuesday", 3, 5, "DATE", "2012-11-06"));
    Sentence mapped = TenseDates.adjust(TimexForms.apply(past, LocalDate.of(2012, 11, 2)), LocalDate.of(2012, 11, 2));
    assertEquals(List.of("next Tuesday=DATE:2012-11-06"), shown(mapped));
  }

  @Test
  void aFiscalYearNamedByItsFirstOrLastDayIsThatFiscalYearAndTheDayStaysADate() {
    Sentence us = sentence("Bills/NNS fall/VBP into/IN the/DT fiscal/JJ year/NN that/WDT begins/VBZ Oct./NNP 1/CD",
        "root:-1:1 nsubj:1:0 case:5:2 det:5:3 amod:5:4 obl:1:5 nsubj:7:6 acl:relcl:5:7 obl:tmod:7:8 nummod:8:9",
        new Timex("the fiscal year", 3, 6, "DATE", "FY1988"), new Timex("Oct. 1", 8, 10, "DATE", "1988-10-01"));
    assertEquals(List.of("the fiscal year=DATE:FY1989", "Oct. 1=DATE:1988-10-01"),
        shown(FiscalYearSpans.apply(us, LocalDate.of(1988, 9, 10))));
    Sentence japan = sentence("A/DT budget/NN for/IN the/DT fiscal/JJ year/NN beginning/VBG April/NNP 1/CD",
        "root:-1:1 det:1:0 case:5:2 det:5:3 amod:5:4 nmod:1:5 acl:5:6 obl:tmod:6:7 nummod:7:8",
        new Timex("the fiscal year beginning April 1", 3, 9, "DATE", "1996-04-01"));
    assertEquals(List.of("the fiscal year=DATE:FY1997", "April 1=DATE:1997-04-01"),
        shown(FiscalYearSpans.apply(japan, LocalDate.of(1997, 3, 26))));
    Sentence ended = sentence("The/DT deficit/NN for/IN the/DT fiscal/JJ year/NN that/WDT ended/VBD March/NNP 31/CD",
        "root:-1:1 det:1:0 case:5:2 det:5:3 amod:5:4 nmod:1:5 nsubj:7:6 acl:relcl:5:7 obl:tmod:7:8 nummod:8:9",
        new Timex("the fiscal year", 3, 6, "DATE", "FY1992"), new Timex("March 31", 8, 10, "DATE", "1992-03-31"));
    assertEquals(List.of("the fiscal year=DATE:FY1991", "March 31=DATE:1992-03-31"),
        shown(FiscalYearSpans.apply(ended, LocalDate.of(1992, 4, 20))));
  }

  @Test
  void aClockTimeAfterYesterdayKeepsThePublicationDayNotTheDayOfTheSentenceBefore() {
    Sentence monday = sentence("Voting/NN ended/VBD on/IN Monday/NNP", "root:-1:1 nsubj:1:0 case:3:2 obl:1:3",
        new Timex("Monday", 3, 4, "DATE", "2014-09-08"));
    Sentence pound = sentence("The/DT pound/NN rose/VBD yesterday/NN and/CC traded/VBD at/IN 1030/CD GMT/NNP",
        "root:-1:2 det:1:0 nsubj:2:1 obl:tmod:2:3 cc:5:4 conj:2:5 case:8:6 nummod:8:7 obl:5:8",
        new Timex("yesterday", 3, 4, "DATE", "2014-09-09"), new Timex("1030 GMT", 7, 9, "TIME", "2014-09-10T10:30"));
    List<Sentence> out = ClockTimes.anchor(List.of(monday, pound), LocalDate.of(2014, 9, 10));
    assertEquals(List.of("yesterday=DATE:2014-09-09", "1030 GMT=TIME:2014-09-10T10:30"), shown(out.get(1)));
  }

  @Test
  void aHolidayWithinAMonthAheadThatBoundsAPastClauseIsTheComingOne() {
    Sentence cut = sentence("Retailers/NNS slashed/VBD prices/NNS before/IN Christmas/NNP",
        "root:-1:1 nsubj:1:0 obj:1:2 case:4:3 obl:1:4", new Timex("Christmas", 4, 5, "DATE", "2008-12-25"));
    assertEquals(List.of("Christmas=DATE:2008-12-25"), shown(NamedDays.apply(cut, LocalDate.of(2008, 12, 23))));
    Sentence after = sentence("Sales/NNS fell/VBD after/IN Christmas/NNP", "root:-1:1 nsubj:1:0 case:3:2 obl:1:3",
        new Timex("Christmas", 3, 4, "DATE", "2008-12-25"));
    assertEquals(List.of("Christmas=DATE:2007-12-25"), shown(NamedDays.apply(after, LocalDate.of(2008, 12, 23))));
  }
}
