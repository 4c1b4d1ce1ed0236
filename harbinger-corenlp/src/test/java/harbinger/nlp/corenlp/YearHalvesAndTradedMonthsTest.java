package harbinger.nlp.corenlp;

import static harbinger.nlp.corenlp.TimexShown.shown;
import static harbinger.nlp.corenlp.DayPhrasesTest.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Halves of the year written alone, futures months, "recent years", holiday weekends and "a year earlier" than a
 * quarter named by its last day, on hand-built sentences.
 */
class YearHalvesAndTradedMonthsTest {
  @Test
  void aBareHalfIsAHalfOfThePublicationYearByTense() {
    Sentence past = sentence("Sales/NNS fell/VBD in/IN the/DT first/JJ half/NN", "root:-1:1 nsubj:1:0 case:5:2 det:5:3 amod:5:4 obl:1:5");
    assertEquals(List.of("the first half=DATE:2009-H1"), shown(YearHalves.apply(past, LocalDate.of(2009, 9, 3))));
    // SUTime's valueless timex is replaced; a second half not yet begun in a past clause is last year's
    Sentence second = sentence("Sales/NNS fell/VBD in/IN the/DT second/JJ half/NN", "root:-1:1 nsubj:1:0 case:5:2 det:5:3 amod:5:4 obl:1:5",
        new Timex("the second half", 3, 6, "DATE", null));
    assertEquals(List.of("the second half=DATE:2013-H2"), shown(YearHalves.apply(second, LocalDate.of(2014, 2, 6))));
    Sentence future = sentence("Sales/NNS will/MD slow/VB in/IN the/DT first/JJ half/NN",
        "root:-1:2 nsubj:2:0 aux:2:1 case:6:3 det:6:4 amod:6:5 obl:2:6");
    assertEquals(List.of("the first half=DATE:2015-H1"), shown(YearHalves.apply(future, LocalDate.of(2014, 11, 20))));
  }

  @Test
  void aHalfOfAGameOrOfSomethingNamedIsNoBareHalf() {
    Sentence game = sentence("He/PRP scored/VBD in/IN the/DT second/JJ half/NN", "root:-1:1 nsubj:1:0 case:5:2 det:5:3 amod:5:4 obl:1:5");
    assertEquals(List.of(), shown(YearHalves.apply(game, LocalDate.of(2009, 9, 3))));
    Sentence of = sentence("the/DT first/JJ half/NN of/IN the/DT century/NN", "root:-1:2 det:2:0 amod:2:1 case:5:3 det:5:4 nmod:2:5");
    assertEquals(List.of(), shown(YearHalves.apply(of, LocalDate.of(2009, 9, 3))));
  }

  @Test
  void aFuturesMonthIsTheComingOne() {
    Timex january = new Timex("January", 2, 3, "DATE", "1999-01");
    Sentence s = sentence("Crude/NN for/IN January/NNP delivery/NN rose/VBD", "root:-1:4 nsubj:4:0 case:3:1 compound:3:2 nmod:0:3", january);
    assertEquals("2000-01", TenseDates.adjust(s, LocalDate.of(1999, 11, 17)).timexes().get(0).value());
    Timex december = new Timex("December", 2, 3, "DATE", "1998-12");
    Sentence d = sentence("Coffee/NN for/IN December/NNP contracts/NNS rose/VBD", "root:-1:4 nsubj:4:0 case:3:1 compound:3:2 nmod:0:3", december);
    assertEquals("1999-12", TenseDates.adjust(d, LocalDate.of(1999, 11, 17)).timexes().get(0).value());
  }

  @Test
  void recentYearsAreThePast() {
    Sentence s = sentence("Prices/NNS swung/VBD in/IN recent/JJ years/NNS", "root:-1:1 nsubj:1:0 case:4:2 amod:4:3 obl:1:4",
        new Timex("recent years", 3, 5, "DURATION", "PXY"));
    assertEquals(List.of("recent years=DATE:PAST_REF"), shown(PresentRefs.apply(s)));
    Sentence weeks = sentence("Prices/NNS swung/VBD in/IN recent/JJ weeks/NNS", "root:-1:1 nsubj:1:0 case:4:2 amod:4:3 obl:1:4",
        new Timex("recent weeks", 3, 5, "DURATION", "PXW"));
    assertEquals(List.of("recent weeks=DURATION:PXW"), shown(PresentRefs.apply(weeks)));
  }

  @Test
  void aMondayHolidaysWeekendSplitBySutimeIsTheWeekendBeforeIt() {
    Sentence s = sentence("before/IN the/DT Labor/NNP Day/NNP weekend/NN", "root:-1:4 case:4:0 det:4:1 compound:3:2 compound:4:3",
        new Timex("the Labor Day", 1, 4, "DATE", "1985-09-02"), new Timex("weekend", 4, 5, "DATE", "1985-W32-WE"));
    assertEquals(List.of("the Labor Day weekend=DATE:1985-W35-WE"), shown(TimexForms.apply(s, LocalDate.of(1985, 8, 5))));
  }

  @Test
  void aYearBeforeTheQuarterEndedOnADayIsThatQuarterAYearBefore() {
    Sentence s = sentence("the/DT quarter/NN ended/VBN Dec./NNP 31/CD rose/VBD from/IN 168/CD a/DT year/NN earlier/RBR",
        "root:-1:5 det:1:0 nsubj:5:1 acl:1:2 obl:tmod:2:3 nummod:3:4 case:7:6 obl:5:7 det:9:8 obl:npmod:10:9 advmod:5:10",
        new Timex("Dec. 31", 3, 5, "DATE", "2012-12-31"), new Timex("a year earlier", 8, 11, "DATE", "2012-02-14"));
    assertEquals(List.of("Dec. 31=DATE:2012-12-31", "a year earlier=DATE:2011-Q4"), shown(OffsetDates.resolve(List.of(s)).get(0)));
  }
}
