package harbinger.nlp.corenlp;

import static harbinger.nlp.corenlp.TimexShown.shown;
import static harbinger.nlp.corenlp.DayPhrasesTest.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import harbinger.data.DataLine;
import harbinger.error.DictionaryException;
import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Time-expression kinds of session 15 on hand-built sentences: a weekday foretold ("was forecast for Wednesday")
 * lies ahead, a weekday and its part of day are one expression, an untensed weekend in a Monday story is the one
 * just past, a holiday planned "for" within two months is the coming one, Election Day by its weekday rule, a
 * clock time in a past clause after "yesterday" is yesterday's, and a part-of-day anchor takes only clock times
 * within it.
 */
class TimexKindsS15Test {
  private static final LocalDate SUNDAY = LocalDate.of(2014, 2, 9);

  @Test
  void aWeekdayForetoldLiesAheadAndJoinsItsPartOfDay() {
    Sentence snow = sentence("Snow/NN was/VBD forecast/VBN for/IN Wednesday/NNP night/NN",
        "root:-1:2 nsubj:pass:2:0 aux:pass:2:1 case:4:3 obl:2:4 dep:4:5",
        new Timex("Wednesday", 4, 5, "TIME", "2014-02-05TNI"), new Timex("night", 5, 6, "TIME", "2014-02-05TNI"));
    Sentence adjusted = DayPartSpans.join(TenseDates.adjust(snow, SUNDAY));
    assertEquals(List.of("Wednesday night=TIME:2014-02-12TNI"), shown(adjusted));
  }

  @Test
  void anUntensedWeekendInAMondayStoryIsTheOneJustPast() {
    Sentence talks = sentence("Talks/NNS over/IN the/DT weekend/NN", "root:-1:0 case:3:1 det:3:2 nmod:0:3",
        new Timex("the weekend", 2, 4, "DATE", "2012-W44-WE"));
    assertEquals(List.of("the weekend=DATE:2012-W43-WE"), shown(TenseDates.adjust(talks, LocalDate.of(2012, 10, 29))));
  }

  @Test
  void aHolidayPlannedForWithinTwoMonthsIsTheComingOne() {
    Sentence masses = sentence("Masses/NNS planned/VBN for/IN Easter/NNP were/VBD moved/VBN",
        "root:-1:5 nsubj:pass:5:0 acl:0:1 case:3:2 obl:1:3 aux:pass:5:4", new Timex("Easter", 3, 4, "DATE", "2018-04-01"));
    assertEquals(List.of("Easter=DATE:2019-04-21"), shown(NamedDays.apply(masses, LocalDate.of(2019, 4, 16))));
  }

  @Test
  void electionDayIsTheTuesdayAfterTheFirstMondayOfNovember() {
    Sentence polls = sentence("Voters/NNS go/VBP to/IN the/DT polls/NNS on/IN Election/NNP Day/NNP",
        "root:-1:1 nsubj:1:0 case:4:2 det:4:3 obl:1:4 case:7:5 compound:7:6 obl:1:7",
        new Timex("Day", 7, 8, "DURATION", "P1D"));
    assertEquals(List.of("Election Day=DATE:2012-11-06"), shown(NamedDays.apply(polls, LocalDate.of(2012, 10, 29))));
    assertEquals(LocalDate.of(2015, 11, 3), FixedHolidays.parse(List.of(new DataLine("h.tsv", 1, List.of("Election Day", "TUE>=11-02"))))
        .get(0).in(2015));
    assertThrows(DictionaryException.class, () -> FixedHolidays.parse(List.of(new DataLine("h.tsv", 2, List.of("Foo Day", "TUE>=13-02")))));
  }

  @Test
  void aClockTimeInAPastClauseAfterYesterdayIsYesterdays() {
    Sentence bridge = sentence("A/DT bridge/NN collapsed/VBD yesterday/NN", "root:-1:2 det:1:0 nsubj:2:1 obl:tmod:2:3",
        new Timex("yesterday", 3, 4, "DATE", "2007-08-01"));
    Sentence span = sentence("The/DT span/NN fell/VBD after/IN 6/CD p.m./NN", "root:-1:2 det:1:0 nsubj:2:1 case:5:3 nummod:5:4 obl:2:5",
        new Timex("6 p.m.", 4, 6, "TIME", "2007-08-02T18:00"));
    List<Sentence> out = ClockTimes.anchor(List.of(bridge, span), LocalDate.of(2007, 8, 2));
    assertEquals(List.of("6 p.m.=TIME:2007-08-01T18:00"), shown(out.get(1)));
  }

  @Test
  void aNightAnchorsNoEveningClockTimeAndAtLeastStillBounds() {
    Sentence rain = sentence("Rain/NN was/VBD forecast/VBN for/IN Wednesday/NNP night/NN",
        "root:-1:2 nsubj:pass:2:0 aux:pass:2:1 case:5:3 compound:5:4 obl:2:5",
        new Timex("Wednesday night", 4, 6, "TIME", "2014-02-12TNI"));
    Sentence update = sentence("They/PRP will/MD update/VB warnings/NNS at/IN 6/CD p.m./NN",
        "root:-1:2 nsubj:2:0 aux:2:1 obj:2:3 case:6:4 nummod:6:5 obl:2:6", new Timex("6 p.m.", 5, 7, "TIME", "2014-02-09T18:00"));
    assertEquals(List.of("6 p.m.=TIME:2014-02-09T18:00"), shown(ClockTimes.anchor(List.of(rain, update), SUNDAY).get(1)));
    Sentence closed = sentence("Schools/NNS will/MD stay/VB shut/JJ until/IN at/IN least/JJS Wednesday/NNP",
        "root:-1:2 nsubj:2:0 aux:2:1 xcomp:2:3 case:7:4 case:6:5 nmod:7:6 obl:2:7", new Timex("Wednesday", 7, 8, "DATE", "2014-02-12"));
    Sentence briefing = sentence("A/DT briefing/NN is/VBZ scheduled/VBN for/IN 4/CD p.m./NN",
        "root:-1:3 det:1:0 nsubj:pass:3:1 aux:pass:3:2 case:6:4 nummod:6:5 obl:3:6", new Timex("4 p.m.", 5, 7, "TIME", "2014-02-09T16:00"));
    assertEquals(List.of("4 p.m.=TIME:2014-02-09T16:00"), shown(ClockTimes.anchor(List.of(closed, briefing), SUNDAY).get(1)));
  }
}
