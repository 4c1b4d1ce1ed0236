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
 * Time-expression kinds of session 22 on hand-built sentences (each parse as CoreNLP gave it for a sentence of the
 * same shape): months framed by a sentence-opening year or by a noun of data or of bookings ({@link MonthFrames}); a
 * run of clock times past midnight within a sentence and into the next, a clock time whose last period ended the
 * sentence ({@link ClockTimes}, {@link LaterClocks}).
 */
class TimexKindsS22Test {
  @Test
  void aMonthUnderASentenceOpeningPastYearIsInThatYear() {
    LocalDate monday = LocalDate.of(2017, 9, 11);
    Sentence storm = timeWords(sentence("Last/JJ year/NN ,/, a/DT storm/NN flooded/VBD/flood the/DT coast/NN in/IN early/JJ October/NNP",
        "amod:1:0 obl:tmod:5:1 punct:5:2 det:4:3 nsubj:5:4 root:-1:5 det:7:6 obj:5:7 case:10:8 amod:10:9 obl:5:10",
        new Timex("Last year", 0, 2, "DATE", "2016"), new Timex("early October", 9, 11, "DATE", "2017-10")), "DATE", 0, 1, 9, 10);
    assertEquals(List.of("Last year=DATE:2016", "early October=DATE:2016-10"), shown(MonthFrames.apply(storm, monday)));
    // without the opening year the clause's tense decides, as before
    Sentence plain = timeWords(sentence("A/DT storm/NN flooded/VBD/flood the/DT coast/NN in/IN early/JJ October/NNP",
        "det:1:0 nsubj:2:1 root:-1:2 det:4:3 obj:2:4 case:7:5 amod:7:6 obl:2:7",
        new Timex("early October", 6, 8, "DATE", "2017-10")), "DATE", 6, 7);
    assertEquals(List.of("early October=DATE:2017-10"), shown(MonthFrames.apply(plain, monday)));
  }

  @Test
  void aMonthOfDataIsThePastOneAndAMonthOfBookingsTheComingOne() {
    LocalDate june = LocalDate.of(2017, 6, 9);
    Sentence figures = timeWords(sentence("Investors/NNS watch/VBP/watch inflation/NN figures/NNS for/IN May/NNP ,/, due/JJ on/IN Tuesday/NNP",
        "nsubj:1:0 root:-1:1 compound:3:2 obj:1:3 case:5:4 nmod:3:5 punct:3:6 amod:3:7 case:9:8 obl:7:9",
        new Timex("May", 5, 6, "DATE", "2018-05"), new Timex("Tuesday", 9, 10, "DATE", "2017-06-13")), "DATE", 5, 9);
    assertEquals(List.of("May=DATE:2017-05", "Tuesday=DATE:2017-06-13"), shown(MonthFrames.apply(figures, june)));
    LocalDate july = LocalDate.of(2015, 7, 13);
    // "hoteliers reported cancellations for August and September", the months hung on the verb
    Sentence booked = timeWords(sentence("Hoteliers/NNS reported/VBD/report cancellations/NNS for/IN August/NNP and/CC September/NNP",
        "nsubj:1:0 root:-1:1 obj:1:2 case:4:3 obl:1:4 cc:6:5 conj:4:6",
        new Timex("August", 4, 5, "DATE", "2014-08"), new Timex("September", 6, 7, "DATE", "2014-09")), "DATE", 4, 6);
    assertEquals(List.of("August=DATE:2015-08", "September=DATE:2015-09"), shown(MonthFrames.apply(booked, july)));
    // another noun keeps the clause's reading ("reported losses for August")
    Sentence losses = timeWords(sentence("Hoteliers/NNS reported/VBD/report losses/NNS for/IN August/NNP",
        "nsubj:1:0 root:-1:1 obj:1:2 case:4:3 obl:1:4", new Timex("August", 4, 5, "DATE", "2014-08")), "DATE", 4);
    assertEquals(List.of("August=DATE:2014-08"), shown(MonthFrames.apply(losses, july)));
  }

  @Test
  void aRunOfClockTimesGoesPastMidnight() {
    LocalDate monday = LocalDate.of(2015, 7, 13);
    // "a summit that began at 4 p.m. on Sunday and ended shortly before 9 a.m."
    Sentence summit = timeWords(sentence("The/DT summit/NN began/VBD/begin at/IN 4/CD p.m./NN on/IN Sunday/NNP and/CC ended/VBD/end shortly/RB before/IN 9/CD a.m./NN",
        "det:1:0 nsubj:2:1 root:-1:2 case:5:3 nummod:5:4 obl:2:5 case:7:6 obl:2:7 cc:9:8 conj:2:9 advmod:13:10 case:13:11 nummod:13:12 obl:9:13",
        new Timex("4 p.m.", 4, 6, "TIME", "2015-07-13T16:00"), new Timex("Sunday", 7, 8, "DATE", "2015-07-12"),
        new Timex("9 a.m.", 12, 14, "TIME", "2015-07-13T09:00")), "TIME", 4, 5, 12, 13);
    assertEquals(List.of("4 p.m.=TIME:2015-07-12T16:00", "Sunday=DATE:2015-07-12", "9 a.m.=TIME:2015-07-13T09:00"),
        shown(ClockTimes.anchor(List.of(timeWords(summit, "DATE", 7)), monday).get(0)));
    // into the next sentence: "Polls closed at 10pm on Thursday. The first result came at 10:48pm, and the party won
    // shortly after 11:30am." (published on the Friday)
    LocalDate friday = LocalDate.of(2015, 5, 8);
    Sentence polls = timeWords(sentence("Polls/NNS closed/VBD/close at/IN 10pm/CD on/IN Thursday/NNP",
        "nsubj:1:0 root:-1:1 case:3:2 obl:1:3 case:5:4 obl:1:5",
        new Timex("10pm", 3, 4, "TIME", "2015-05-08T22:00"), new Timex("Thursday", 5, 6, "DATE", "2015-05-07")), "TIME", 3);
    Sentence result = timeWords(sentence("A/DT result/NN came/VBD/come at/IN 10:48pm/CD ,/, and/CC the/DT party/NN won/VBD/win shortly/RB after/IN 11:30am/CD",
        "det:1:0 nsubj:2:1 root:-1:2 case:4:3 obl:2:4 punct:9:5 cc:9:6 det:8:7 nsubj:9:8 conj:2:9 advmod:12:10 case:12:11 obl:9:12",
        new Timex("10:48pm", 4, 5, "TIME", "2015-05-08T22:48"), new Timex("11:30am", 12, 13, "TIME", "2015-05-08T11:30")), "TIME", 4, 12);
    List<Sentence> run = ClockTimes.anchor(List.of(timeWords(polls, "DATE", 5), result), friday);
    assertEquals(List.of("10:48pm=TIME:2015-05-07T22:48", "11:30am=TIME:2015-05-08T11:30"), shown(run.get(1)));
    // a pluperfect steps back ("The count had begun at 9pm")
    Sentence begun = timeWords(sentence("The/DT count/NN had/VBD/have begun/VBN/begin at/IN 9pm/CD",
        "det:1:0 nsubj:3:1 aux:3:2 root:-1:3 case:5:4 obl:3:5", new Timex("9pm", 5, 6, "TIME", "2015-05-08T21:00")), "TIME", 5);
    assertEquals(List.of("9pm=TIME:2015-05-07T21:00"),
        shown(ClockTimes.anchor(List.of(timeWords(polls, "DATE", 5), begun), friday).get(1)));
  }

  @Test
  void aClockTimeWhoseLastPeriodEndedTheSentenceTakesTheNamedDay() {
    LocalDate monday = LocalDate.of(2017, 9, 11);
    Sentence ashore = timeWords(sentence("It/PRP landed/VBD/land at/IN 9:10/CD a.m./NN on/IN Sunday/NNP and/CC again/RB at/IN 3:35/CD p.m/NN",
        "nsubj:1:0 root:-1:1 case:4:2 nummod:4:3 obl:1:4 case:6:5 obl:1:6 cc:11:7 advmod:11:8 case:11:9 nummod:11:10 conj:4:11",
        new Timex("9:10 a.m.", 3, 5, "TIME", "2017-09-11T09:10"), new Timex("Sunday", 6, 7, "DATE", "2017-09-10"),
        new Timex("3:35 p.m", 10, 12, "TIME", "2017-09-11T15:35")), "TIME", 3, 4, 10, 11);
    assertEquals(List.of("9:10 a.m.=TIME:2017-09-10T09:10", "Sunday=DATE:2017-09-10", "3:35 p.m=TIME:2017-09-10T15:35"),
        shown(ClockTimes.anchor(List.of(timeWords(ashore, "DATE", 6)), monday).get(0)));
    // but not the day of the sentence before ("... on Friday. Agents will hold a news conference at 4 p.m")
    Sentence friday = timeWords(sentence("Police/NNS released/VBD/release sketches/NNS on/IN Friday/NNP",
        "nsubj:1:0 root:-1:1 obj:1:2 case:4:3 obl:1:4", new Timex("Friday", 4, 5, "DATE", "2017-09-08")), "DATE", 4);
    Sentence briefing = timeWords(sentence("Agents/NNS will/MD hold/VB/hold a/DT briefing/NN at/IN 4/CD p.m/NN",
        "nsubj:2:0 aux:2:1 root:-1:2 det:4:3 obj:2:4 case:7:5 nummod:7:6 obl:2:7",
        new Timex("4 p.m", 6, 8, "TIME", "2017-09-11T16:00")), "TIME", 6, 7);
    assertEquals(List.of("4 p.m=TIME:2017-09-11T16:00"), shown(ClockTimes.anchor(List.of(friday, briefing), monday).get(1)));
  }
}
