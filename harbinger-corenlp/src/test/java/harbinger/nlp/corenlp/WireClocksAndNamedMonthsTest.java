package harbinger.nlp.corenlp;

import static harbinger.nlp.corenlp.TimexShown.shown;
import static harbinger.nlp.corenlp.DayPhrasesTest.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dotted and GMT clock times, "last March" by the publication month, "the previous Tuesday", on hand-built sentences. */
class WireClocksAndNamedMonthsTest {
  private static final LocalDate DEC_14_2004 = LocalDate.of(2004, 12, 14);

  private static Timex month(String text, String value) { return new Timex(text, 0, text.split(" ").length, "DATE", value); }

  @Test
  void lastMonthIsTheMostRecentSuchMonthBeforeThePublicationMonth() {
    assertEquals("2004-03", TenseDates.lastOrNextMonth(month("last March", "2003-03"), DEC_14_2004).value());
    assertEquals("2015-11", TenseDates.lastOrNextMonth(month("last November", "2015-11"), LocalDate.of(2016, 9, 27)).value());
    assertEquals("2012-09", TenseDates.lastOrNextMonth(month("last September", "2012-09"), LocalDate.of(2013, 9, 3)).value());
    assertEquals("1979-01", TenseDates.lastOrNextMonth(month("this past January", "1978-01"), LocalDate.of(1979, 11, 7)).value());
  }

  @Test
  void nextMonthIsTheFirstSuchMonthAfterThePublicationMonth() {
    assertEquals("1990-06", TenseDates.lastOrNextMonth(month("next June", "1991-06"), LocalDate.of(1990, 2, 1)).value());
    Timex nextMarch = month("next March", "2005-03");
    assertSame(nextMarch, TenseDates.lastOrNextMonth(nextMarch, DEC_14_2004));
    Timex plain = month("March", "2004-03"); // no "last"/"next": left to the tense of its clause
    assertSame(plain, TenseDates.lastOrNextMonth(plain, DEC_14_2004));
  }

  @Test
  void thePreviousOrFollowingWeekdayAndPartOfDayCountFromTheDayBefore() {
    assertEquals("1997-02-18", OffsetDates.offset("the previous Tuesday", "1997-02-25"));
    assertEquals("2004-12-17", OffsetDates.offset("the following Friday", "2004-12-14"));
    assertEquals("2004-12-09", OffsetDates.offset("the preceding Thursday", "2004-12-14"));
    assertEquals("1979-11-03TEV", OffsetDates.offset("The previous evening", "1979-11-04T10:30"));
    assertEquals("2010-05-07TMO", OffsetDates.offset("the next morning", "2010-05-06"));
    assertNull(OffsetDates.offset("the previous Tuesday", "1997-02"), "a month names no day to count from");
  }

  @Test
  void aPreviousEveningAfterADatedSentenceIsATimeOfTheDayBefore() {
    Sentence seized = sentence("Students/NNS seized/VBD it/PRP Sunday/NNP", "root:-1:1 nsubj:1:0 obj:1:2 obl:tmod:1:3",
        new Timex("Sunday", 3, 4, "DATE", "1979-11-04"));
    Sentence evening = sentence("The/DT previous/JJ evening/NN doctors/NNS spoke/VBD",
        "root:-1:4 det:2:0 amod:2:1 obl:tmod:4:2 nsubj:4:3", new Timex("The previous evening", 0, 3, "TIME", "1979-11-06TEV"));
    assertEquals(List.of("The previous evening=TIME:1979-11-03TEV"), shown(OffsetDates.resolve(List.of(seized, evening)).get(1)));
  }

  @Test
  void dottedClockTimesOfWireCopyAreTimesOfThePublicationDay() {
    Sentence s = sentence("Winds/NNS struck/VBD after/IN 3.30/CD pm/NN", "root:-1:1 nsubj:1:0 case:4:2 nummod:4:3 obl:1:4");
    assertEquals(List.of("3.30 pm=TIME:2004-12-14T15:30"), shown(TimexForms.apply(s, DEC_14_2004)));
    Sentence joined = sentence("A/DT ban/NN ends/VBZ at/IN 11.59pm/CD", "root:-1:2 det:1:0 nsubj:2:1 case:4:3 obl:2:4");
    assertEquals(List.of("11.59pm=TIME:2004-12-14T23:59"), shown(TimexForms.apply(joined, DEC_14_2004)));
    Sentence price = sentence("It/PRP rose/VBD 3.30/CD percent/NN", "root:-1:1 nsubj:1:0 nummod:3:2 obj:1:3");
    assertSame(price, TimexForms.apply(price, DEC_14_2004), "a decimal number without am/pm is no time");
  }

  @Test
  void aFourDigitTimeBeforeGmtIsAClockTimeNotAYear() {
    Sentence s = sentence("Shares/NNS fell/VBD by/IN 1430/CD GMT/NNP", "root:-1:1 nsubj:1:0 case:4:2 nummod:4:3 obl:1:4",
        new Timex("1430", 3, 4, "DATE", "1430"));
    assertEquals(List.of("1430 GMT=TIME:2004-12-14T14:30"), shown(TimexForms.apply(s, DEC_14_2004)));
    Sentence year = sentence("It/PRP was/VBD built/VBN in/IN 1430/CD", "root:-1:2 nsubj:pass:2:0 aux:pass:2:1 case:4:3 obl:2:4",
        new Timex("1430", 4, 5, "DATE", "1430"));
    assertEquals(List.of("1430=DATE:1430"), shown(TimexForms.apply(year, DEC_14_2004)));
  }

  @Test
  void aDayOffsetSkipsAYearNamedAfterTheDayAndSentencesWithOnlyClockTimes() {
    Sentence seized = sentence("They/PRP seized/VBD it/PRP Sunday/NNP after/IN the/DT previous/JJ year/NN",
        "root:-1:1 nsubj:1:0 obj:1:2 obl:tmod:1:3 case:7:4 det:7:5 amod:7:6 obl:1:7",
        new Timex("Sunday", 3, 4, "DATE", "1979-11-04"), new Timex("the previous year", 5, 8, "DATE", "1978"));
    Sentence afternoon = sentence("By/IN late/JJ afternoon/NN they/PRP left/VBD", "root:-1:4 case:2:0 amod:2:1 obl:4:2 nsubj:4:3",
        new Timex("late afternoon", 1, 3, "TIME", "1979-11-07TAF")); // SUTime's publication day, moved later by ClockTimes
    Sentence evening = sentence("The/DT previous/JJ evening/NN doctors/NNS spoke/VBD",
        "root:-1:4 det:2:0 amod:2:1 obl:tmod:4:2 nsubj:4:3", new Timex("The previous evening", 0, 3, "TIME", "1979-11-06TEV"));
    assertEquals(List.of("The previous evening=TIME:1979-11-03TEV"),
        shown(OffsetDates.resolve(List.of(seized, afternoon, evening)).get(2)));
  }

  @Test
  void theFollowingWeekCountsFromTheDayNotFromABareClockTimeAfterIt() {
    Sentence polls = sentence("Polls/NNS open/VBP at/IN 7am/CD on/IN April/NNP 27/CD and/CC close/VB at/IN 7pm/CD",
        "root:-1:1 nsubj:1:0 case:3:2 obl:1:3 case:5:4 obl:1:5 nummod:5:6 cc:8:7 conj:1:8 case:10:9 obl:8:10",
        new Timex("7am on April 27", 3, 7, "TIME", "1994-04-27T07:00"), new Timex("7pm", 10, 11, "TIME", "1994-04-20T19:00"));
    Sentence counting = sentence("Counting/NN takes/VBZ the/DT following/JJ week/NN", "root:-1:1 nsubj:1:0 det:4:2 amod:4:3 obj:1:4",
        new Timex("the following week", 2, 5, "DATE", "1994-W17"));
    assertEquals(List.of("the following week=DATE:1994-W18"), shown(OffsetDates.resolve(List.of(polls, counting)).get(1)));
  }
}
