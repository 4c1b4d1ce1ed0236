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
 * Time-expression kinds of session 20 on hand-built sentences (each parse as CoreNLP gave it for a sentence of the
 * same shape): evening clock times of the night before a morning story ({@link NightBefore}); a clock time of
 * reporting not carried from the sentence before ({@link ReportingClocks}); weekdays of events called for or planned
 * ({@link WeekdayFrames}); "this weekend" late in the week ({@link CalendarShifts}); a month dating an election in an
 * infinitive of intent and a weekday under an infinitive of purpose ({@link ClauseTense}); a dotted clock time after
 * "about" ({@link DottedClocks#valued}).
 */
class TimexKindsS20Test {
  private static final LocalDate THURSDAY = LocalDate.of(1989, 11, 9);

  @Test
  void anEveningClockTimeBeforeThisMorningIsTheNightBefore() {
    LocalDate friday = LocalDate.of(1989, 11, 10);
    Sentence opened = timeWords(sentence("Guards/NNS opened/VBD/open the/DT gates/NNS at/IN about/RB 11:30/CD p.m/NN",
        "nsubj:1:0 root:-1:1 det:3:2 obj:1:3 case:7:4 advmod:6:5 nummod:7:6 obl:1:7",
        new Timex("about 11:30 p.m", 5, 8, "TIME", "1989-11-10T23:30")), "TIME", 6, 7);
    Sentence queues = timeWords(sentence("By/IN 8/CD a.m./NN this/DT morning/NN ,/, queues/NNS stretched/VBD/stretch back/RB",
        "case:2:0 nummod:2:1 obl:7:2 det:4:3 obl:tmod:2:4 punct:7:5 nsubj:7:6 root:-1:7 advmod:7:8",
        new Timex("8 a.m. this morning", 1, 5, "TIME", "1989-11-10T08:00")), "TIME", 1, 2, 3, 4);
    assertEquals(List.of("about 11:30 p.m=TIME:1989-11-09T23:30"), shown(NightBefore.apply(List.of(opened, queues), friday).get(0)));
    // with no morning after it the evening stays the publication day's
    assertEquals(List.of("about 11:30 p.m=TIME:1989-11-10T23:30"), shown(NightBefore.apply(List.of(opened), friday).get(0)));
    // nor does a future clause move ("will open the gates at 11:30 p.m")
    Sentence will = timeWords(sentence("Guards/NNS will/MD open/VB the/DT gates/NNS at/IN 11:30/CD p.m/NN",
        "nsubj:2:0 aux:2:1 root:-1:2 det:4:3 obj:2:4 case:7:5 nummod:7:6 obl:2:7",
        new Timex("11:30 p.m", 6, 8, "TIME", "1989-11-10T23:30")), "TIME", 6, 7);
    assertEquals(List.of("11:30 p.m=TIME:1989-11-10T23:30"), shown(NightBefore.apply(List.of(will, queues), friday).get(0)));
  }

  @Test
  void aClockTimeOfReportingIsTheStorysOwnDay() {
    LocalDate friday = LocalDate.of(1989, 12, 22);
    Sentence began = timeWords(sentence("The/DT uprising/NN began/VBD/begin on/IN Dec./NNP 16/CD",
        "det:1:0 nsubj:2:1 root:-1:2 case:4:3 obl:2:4 nummod:4:5", new Timex("Dec. 16", 4, 6, "DATE", "1989-12-16")), "DATE", 4, 5);
    Sentence reported = timeWords(sentence("Radio/NNP reported/VBD/report at/IN noon/NN that/IN he/PRP had/VBD/have fled/VBN/flee",
        "nsubj:1:0 root:-1:1 case:3:2 obl:1:3 mark:7:4 nsubj:7:5 aux:7:6 ccomp:1:7",
        new Timex("noon", 3, 4, "TIME", "1989-12-22T12:00")), "TIME", 3);
    assertEquals(List.of("noon=TIME:1989-12-22T12:00"), shown(ClockTimes.anchor(List.of(began, reported), friday).get(1)));
    // a narrated moment still takes the day before it
    Sentence gathered = timeWords(sentence("Crowds/NNS gathered/VBD/gather at/IN noon/NN",
        "nsubj:1:0 root:-1:1 case:3:2 obl:1:3", new Timex("noon", 3, 4, "TIME", "1989-12-22T12:00")), "TIME", 3);
    assertEquals(List.of("noon=TIME:1989-12-16T12:00"), shown(ClockTimes.anchor(List.of(began, gathered), friday).get(1)));
  }

  @Test
  void theWeekdayOfAnEventCalledForLiesAhead() {
    LocalDate thursday = LocalDate.of(2011, 2, 10);
    Sentence march = timeWords(sentence("Groups/NNS called/VBN/call for/IN a/DT march/NN after/IN prayers/NNS on/IN Friday/NNP",
        "nsubj:1:0 root:-1:1 case:4:2 det:4:3 obl:1:4 case:6:5 obl:1:6 case:8:7 obl:1:8",
        new Timex("Friday", 8, 9, "DATE", "2011-02-04")), "DATE", 8);
    assertEquals(List.of("Friday=DATE:2011-02-11"), shown(TenseDates.adjust(march, thursday)));
    // a call for something that is no event is dated by the weekday ("called for calm on Friday")
    Sentence calm = timeWords(sentence("Groups/NNS called/VBD/call for/IN calm/NN on/IN Friday/NNP",
        "nsubj:1:0 root:-1:1 case:3:2 obl:1:3 case:5:4 obl:1:5", new Timex("Friday", 5, 6, "DATE", "2011-02-04")), "DATE", 5);
    assertEquals(List.of("Friday=DATE:2011-02-04"), shown(TenseDates.adjust(calm, thursday)));
    // "Prosecutors have summoned its leaders for questioning on Saturday"
    Sentence summoned = timeWords(sentence("Prosecutors/NNS have/VBP/have summoned/VBN/summon leaders/NNS for/IN questioning/NN on/IN Saturday/NNP",
        "nsubj:2:0 aux:2:1 root:-1:2 obj:2:3 case:5:4 obl:2:5 case:7:6 obl:2:7", new Timex("Saturday", 7, 8, "DATE", "2011-02-05")), "DATE", 7);
    assertEquals(List.of("Saturday=DATE:2011-02-12"), shown(TenseDates.adjust(summoned, thursday)));
  }

  @Test
  void aWeekdayPlannedForLiesAheadWhenThePlannedIsTaggedAsAPast() {
    LocalDate saturday = LocalDate.of(2012, 9, 1);
    Sentence parades = timeWords(sentence("Parades/NNS planned/VBD/plan for/IN Monday/NNP have/VBP/have been/VBN/be called/VBN/call off/RP",
        "nsubj:1:0 root:-1:1 case:3:2 obl:1:3 aux:6:4 aux:pass:6:5 dep:1:6 compound:prt:6:7",
        new Timex("Monday", 3, 4, "DATE", "2012-08-27")), "DATE", 3);
    assertEquals(List.of("Monday=DATE:2012-09-03"), shown(TenseDates.adjust(parades, saturday)));
  }

  @Test
  void thisWeekendLateInTheWeekIsTheComingOne() {
    Sentence postponed = timeWords(sentence("The/DT team/NN postponed/VBD/postpone its/PRP$ series/NN this/DT weekend/NN",
        "det:1:0 nsubj:2:1 root:-1:2 nmod:poss:4:3 obj:2:4 det:6:5 obl:tmod:2:6",
        new Timex("this weekend", 5, 7, "DATE", "1992-W18-WE")), "DATE", 5, 6);
    assertEquals(List.of("this weekend=DATE:1992-W18-WE"), shown(TenseDates.adjust(postponed, LocalDate.of(1992, 4, 30))));
    // on a Monday a past "this weekend" is the one just gone
    assertEquals(List.of("this weekend=DATE:1992-W17-WE"), shown(TenseDates.adjust(postponed, LocalDate.of(1992, 4, 27))));
  }

  @Test
  void anElectionMonthInAnInfinitiveOfIntentLiesAhead() {
    LocalDate february = LocalDate.of(2011, 2, 10);
    Sentence promised = timeWords(sentence("The/DT army/NN has/VBZ/have promised/VBN/promise to/TO lift/VB the/DT law/NN before/IN the/DT September/NNP election/NN",
        "det:1:0 nsubj:3:1 aux:3:2 root:-1:3 mark:5:4 xcomp:3:5 det:7:6 obj:5:7 case:11:8 det:11:9 compound:11:10 obl:5:11",
        new Timex("September", 10, 11, "DATE", "2010-09")), "DATE", 10);
    assertEquals(List.of("September=DATE:2011-09"), shown(TenseDates.adjust(promised, february)));
    // a past clause keeps the past election ("The army lifted the law before the September election")
    Sentence lifted = timeWords(sentence("The/DT army/NN lifted/VBD/lift the/DT law/NN before/IN the/DT September/NNP election/NN",
        "det:1:0 nsubj:2:1 root:-1:2 det:4:3 obj:2:4 case:8:5 det:8:6 compound:8:7 obl:2:8",
        new Timex("September", 7, 8, "DATE", "2010-09")), "DATE", 7);
    assertEquals(List.of("September=DATE:2010-09"), shown(TenseDates.adjust(lifted, february)));
  }

  @Test
  void anInfinitiveOfPurposeHasTheTenseOfItsVerb() {
    LocalDate friday = LocalDate.of(1989, 12, 22);
    // "Ministers will meet on Wednesday to discuss aid", with the weekday hung from "discuss"
    Sentence meet = timeWords(sentence("Ministers/NNS will/MD meet/VB on/IN Wednesday/NNP to/TO discuss/VB aid/NN",
        "nsubj:2:0 aux:2:1 root:-1:2 mark:6:3 nsubj:6:4 mark:6:5 advcl:2:6 obj:6:7",
        new Timex("Wednesday", 4, 5, "DATE", "1989-12-20")), "DATE", 4);
    assertEquals(List.of("Wednesday=DATE:1989-12-27"), shown(TenseDates.adjust(meet, friday)));
  }

  @Test
  void aDottedClockTimeAfterAboutIsItsClockTime() {
    assertEquals("1989-11-09T23:20", DottedClocks.valued(new Timex("about 11.20pm.", 0, 3, "TIME", "1989-11-09T20:00"), THURSDAY).value());
  }
}
