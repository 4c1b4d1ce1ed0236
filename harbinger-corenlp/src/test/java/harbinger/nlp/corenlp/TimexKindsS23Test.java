package harbinger.nlp.corenlp;

import static harbinger.nlp.corenlp.DayPhrasesTest.sentence;
import static harbinger.nlp.corenlp.TimexShown.shown;
import static harbinger.nlp.corenlp.TimexShown.timeWords;
import static org.junit.jupiter.api.Assertions.assertEquals;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Time-expression kinds of session 23 on hand-built sentences (each parse as CoreNLP gave it for a sentence of the
 * same shape): what was due lies ahead ({@link ClauseTense}); seasons of bookings and seasons after "by"
 * ({@link MonthFrames}, {@link CalendarShifts}); "the March quarter" ({@link MonthQuarters}); "Feb. 29" without a year
 * ({@link LeapDays}); clock times before the "tomorrow" that dates them ({@link ClocksBeforeTomorrow}).
 */
class TimexKindsS23Test {
  private static final LocalDate MONDAY = LocalDate.of(2015, 7, 6);

  @Test
  void aWeekdayOfWhatWasDueLiesAhead() {
    // "Ministers had been due to meet on Wednesday", the parser hanging "due" on the verb as a marker
    Sentence due = timeWords(sentence("Ministers/NNS had/VBD/have been/VBN/be due/IN to/TO meet/VB on/IN Wednesday/NNP",
        "nsubj:5:0 aux:5:1 cop:5:2 mark:5:3 mark:5:4 root:-1:5 case:7:6 obl:5:7",
        new Timex("Wednesday", 7, 8, "DATE", "2015-07-08")), "DATE", 7);
    assertEquals(List.of("Wednesday=DATE:2015-07-08"), shown(TenseDates.adjust(due, MONDAY)));
    // without "due" the pluperfect is past, as before
    Sentence met = timeWords(sentence("Ministers/NNS had/VBD/have met/VBN/meet on/IN Wednesday/NNP",
        "nsubj:2:0 aux:2:1 root:-1:2 case:4:3 obl:2:4",
        new Timex("Wednesday", 4, 5, "DATE", "2015-07-08")), "DATE", 4);
    assertEquals(List.of("Wednesday=DATE:2015-07-01"), shown(TenseDates.adjust(met, MONDAY)));
    // a date further off may be a past plan ("were originally due to begin Jan. 1", written in March)
    Sentence begin = timeWords(sentence("Cuts/NNS were/VBD/be due/JJ to/TO begin/VB Jan./NNP 1/CD",
        "nsubj:2:0 cop:2:1 root:-1:2 mark:4:3 xcomp:2:4 obl:tmod:4:5 nummod:5:6",
        new Timex("Jan. 1", 5, 7, "DATE", "2013-01-01")), "DATE", 5, 6);
    assertEquals(List.of("Jan. 1=DATE:2013-01-01"), shown(TenseDates.adjust(begin, LocalDate.of(2013, 3, 1))));
  }

  @Test
  void aSeasonOfBookingsIsTheComingOne() {
    Sentence booked = timeWords(sentence("Hotel/NN owners/NNS said/VBD/say bookings/NNS for/IN the/DT autumn/NN had/VBD/have held/VBN/hold up/RP",
        "compound:1:0 nsubj:2:1 root:-1:2 nsubj:8:3 case:6:4 det:6:5 nmod:3:6 aux:8:7 ccomp:2:8 compound:prt:8:9",
        new Timex("autumn", 6, 7, "DATE", "2014-FA")), "DATE", 6);
    assertEquals(List.of("autumn=DATE:2015-FA"), shown(MonthFrames.apply(booked, MONDAY)));
    assertEquals(List.of("autumn=DATE:2016-FA"), shown(MonthFrames.apply(booked, LocalDate.of(2015, 12, 2))));
  }

  @Test
  void aSeasonAfterByInAClauseOfNoPastTenseLooksAhead() {
    // "..., with a new leader in place by the spring", written in December
    Sentence bound = sentence("a/DT leader/NN in/IN place/NN by/IN the/DT spring/NN",
        "det:1:0 root:-1:1 case:3:2 nmod:1:3 case:6:4 det:6:5 nmod:1:6", new Timex("the spring", 5, 7, "DATE", "2019-SP"));
    assertEquals(List.of("the spring=DATE:2020-SP"), shown(TenseDates.adjust(timeWords(bound, "DATE", 5, 6), LocalDate.of(2019, 12, 13))));
    Sentence in = sentence("a/DT leader/NN in/IN place/NN in/IN the/DT spring/NN",
        "det:1:0 root:-1:1 case:3:2 nmod:1:3 case:6:4 det:6:5 nmod:1:6", new Timex("the spring", 5, 7, "DATE", "2019-SP"));
    assertEquals(List.of("the spring=DATE:2019-SP"), shown(TenseDates.adjust(timeWords(in, "DATE", 5, 6), LocalDate.of(2019, 12, 13))));
  }

  private static Sentence quarter(String verb, String aux, String month, String monthValue) {
    String tagged = aux.isEmpty() ? "Inflation/NN " + verb + " in/IN the/DT " + month + "/NNP quarter/NN"
        : "Inflation/NN " + aux + " " + verb + " in/IN the/DT " + month + "/NNP quarter/NN";
    int o = aux.isEmpty() ? 0 : 1;
    String deps = "nsubj:" + (1 + o) + ":0 " + (aux.isEmpty() ? "" : "aux:2:1 ") + "root:-1:" + (1 + o) + " case:" + (5 + o) + ":" + (2 + o)
        + " det:" + (5 + o) + ":" + (3 + o) + " compound:" + (5 + o) + ":" + (4 + o) + " obl:" + (1 + o) + ":" + (5 + o);
    return timeWords(sentence(tagged, deps, new Timex(month, 4 + o, 5 + o, "DATE", monthValue),
        new Timex("quarter", 5 + o, 6 + o, "DATE", null)), "DATE", 4 + o, 5 + o);
  }

  @Test
  void aQuarterNamedByItsLastMonthIsThatQuarter() {
    LocalDate may = LocalDate.of(2022, 5, 21);
    Sentence rose = MonthQuarters.apply(quarter("rose/VBD/rise", "", "March", "2022-03"), may);
    assertEquals(List.of("the March quarter=DATE:2022-Q1"), shown(TenseDates.adjust(rose, may)));
    // ahead in a future clause once this year's is over, as for "the first quarter"
    LocalDate december = LocalDate.of(2011, 12, 31);
    Sentence will = MonthQuarters.apply(quarter("rise/VB", "will/MD", "March", "2011-03"), december);
    assertEquals(List.of("the March quarter=DATE:2012-Q1"), shown(TenseDates.adjust(will, december)));
    // a month that ends no quarter stays a month
    assertEquals(List.of("May=DATE:2022-05", "quarter=DATE:null"), shown(MonthQuarters.apply(quarter("rose/VBD/rise", "", "May", "2022-05"), may)));
  }

  @Test
  void aLeapDayWithoutAYearIsTheNearestOnTheSideOfItsTense() {
    Sentence surface = timeWords(sentence("Errors/NNS could/MD surface/VB on/IN Feb./NNP 29/CD",
        "nsubj:2:0 aux:2:1 root:-1:2 case:4:3 obl:2:4 nummod:4:5", new Timex("Feb. 29", 4, 6, "DATE", "XXXX-02-29")), "DATE", 4, 5);
    assertEquals(List.of("Feb. 29=DATE:2000-02-29"), shown(LeapDays.apply(surface, LocalDate.of(1999, 12, 31))));
    Sentence failed = timeWords(sentence("The/DT system/NN failed/VBD/fail on/IN Feb./NNP 29/CD",
        "det:1:0 nsubj:2:1 root:-1:2 case:4:3 obl:2:4 nummod:4:5", new Timex("Feb. 29", 4, 6, "DATE", "XXXX-02-29")), "DATE", 4, 5);
    assertEquals(List.of("Feb. 29=DATE:2000-02-29"), shown(LeapDays.apply(failed, LocalDate.of(2003, 6, 1))));
    assertEquals(List.of("Feb. 29=DATE:2004-02-29"), shown(LeapDays.apply(surface, LocalDate.of(2003, 6, 1))));
  }

  @Test
  void clockTimesBeforeTomorrowAreTomorrows() {
    Sentence range = sentence("Trains/NNS will/MD run/VB between/IN 7/CD a.m./NN and/CC 11/CD p.m./NN tomorrow/NN",
        "nsubj:2:0 aux:2:1 root:-1:2 case:5:3 nummod:5:4 obl:2:5 cc:8:6 nummod:8:7 conj:5:8 obl:tmod:2:9",
        new Timex("7 a.m.", 4, 6, "TIME", "2010-04-20T07:00"), new Timex("11 p.m. tomorrow", 7, 10, "TIME", "2010-04-21T23:00"));
    assertEquals(List.of("7 a.m.=TIME:2010-04-21T07:00", "11 p.m. tomorrow=TIME:2010-04-21T23:00"), shown(ClocksBeforeTomorrow.apply(range)));
    // "from 6 a.m. to 11 p.m. starting tomorrow", SUTime giving "to" a valueless TIME of its own
    Sentence starting = sentence("Ferries/NNS will/MD run/VB from/IN 6/CD a.m./NN to/IN 11/CD p.m./NN starting/VBG tomorrow/NN",
        "nsubj:2:0 aux:2:1 root:-1:2 case:5:3 nummod:5:4 obl:2:5 case:8:6 nummod:8:7 obl:5:8 acl:8:9 obl:tmod:9:10",
        new Timex("6 a.m.", 4, 6, "TIME", "1989-10-18T06:00"), new Timex("to", 6, 7, "TIME", null),
        new Timex("11 p.m.", 7, 9, "TIME", "1989-10-18T23:00"), new Timex("tomorrow", 10, 11, "DATE", "1989-10-19"));
    assertEquals(List.of("6 a.m.=TIME:1989-10-19T06:00", "to=TIME:null", "11 p.m.=TIME:1989-10-19T23:00", "tomorrow=DATE:1989-10-19"),
        shown(ClocksBeforeTomorrow.apply(starting)));
    // a clock time of another clause keeps its day
    Sentence other = sentence("Trains/NNS stopped/VBD at/IN 7/CD a.m./NN and/CC service/NN resumes/VBZ tomorrow/NN",
        "nsubj:1:0 root:-1:1 case:4:2 nummod:4:3 obl:1:4 cc:7:5 nsubj:7:6 conj:1:7 obl:tmod:7:8",
        new Timex("7 a.m.", 3, 5, "TIME", "2010-04-20T07:00"), new Timex("tomorrow", 8, 9, "DATE", "2010-04-21"));
    assertEquals(List.of("7 a.m.=TIME:2010-04-20T07:00", "tomorrow=DATE:2010-04-21"), shown(ClocksBeforeTomorrow.apply(other)));
  }

  @Test
  void aPlanReadAsANounStillLooksAheadAndAStartFromTodaysWeekdayIsNextWeeks() {
    // "Ministers met on Monday and plan to meet again on Sunday" (a Tuesday), "plan" tagged as a noun
    LocalDate tuesday = LocalDate.of(2002, 1, 1);
    Sentence plan = timeWords(sentence("Ministers/NNS met/VBD/meet on/IN Monday/NNP and/CC plan/NN to/TO meet/VB again/RB on/IN Sunday/NNP",
        "nsubj:1:0 root:-1:1 case:3:2 obl:1:3 cc:5:4 conj:1:5 mark:7:6 acl:5:7 advmod:7:8 case:10:9 obl:7:10",
        new Timex("Monday", 3, 4, "DATE", "2001-12-31"), new Timex("Sunday", 10, 11, "DATE", "2001-12-30")), "DATE", 3, 10);
    assertEquals(List.of("Monday=DATE:2001-12-31", "Sunday=DATE:2002-01-06"), shown(TenseDates.adjust(plan, tuesday)));
    // "Staff will be briefed from Monday" written on a Monday
    LocalDate monday = LocalDate.of(2013, 9, 9);
    Sentence from = timeWords(sentence("Staff/NN will/MD be/VB/be briefed/VBN/brief from/IN Monday/NNP",
        "nsubj:pass:3:0 aux:3:1 aux:pass:3:2 root:-1:3 case:5:4 obl:3:5", new Timex("Monday", 5, 6, "DATE", "2013-09-09")), "DATE", 5);
    assertEquals(List.of("Monday=DATE:2013-09-16"), shown(TenseDates.adjust(from, monday)));
    Sentence on = timeWords(sentence("Staff/NN will/MD be/VB/be briefed/VBN/brief on/IN Monday/NNP",
        "nsubj:pass:3:0 aux:3:1 aux:pass:3:2 root:-1:3 case:5:4 obl:3:5", new Timex("Monday", 5, 6, "DATE", "2013-09-09")), "DATE", 5);
    assertEquals(List.of("Monday=DATE:2013-09-09"), shown(TenseDates.adjust(on, monday)));
  }
}
