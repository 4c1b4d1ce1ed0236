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
 * Time-expression kinds of session 19 on hand-built sentences (each parse as CoreNLP gave it for a sentence of the
 * same shape): dotted clock times SUTime misread ({@link DottedClocks#valued}); "the same day" after a named day
 * ({@link MonthAnaphora#thatDay}); a clock time and "yesterday" as one expression ({@link DayPartSpans}); a clause
 * dated today ending the day carried from the sentence before, a "yesterday" after a clock time carrying to the next
 * sentence and a clause-opening "by" bound ({@link ClockTimes}); a participle of planning the parser gave a subject
 * ({@link ClauseTense}).
 */
class TimexKindsS19Test {
  private static final LocalDate FRIDAY = LocalDate.of(2016, 6, 24);

  @Test
  void aDottedClockTimeSutimeMisreadIsItsClockTime() {
    assertEquals("2016-06-24T07:20", DottedClocks.valued(new Timex("7.20am", 0, 1, "TIME", "2016-06-24T20:00"), FRIDAY).value());
    assertEquals("2016-06-24T10:15", DottedClocks.valued(new Timex("10.15am", 0, 1, "TIME", "2016-06-24T15:00"), FRIDAY).value());
    assertEquals("2016-06-24T07:05", DottedClocks.valued(new Timex("7.05am", 0, 1, "TIME", "2016-06-24T05:00"), FRIDAY).value());
    // a right value (already moved to another day) stays
    Timex right = new Timex("4.30pm", 0, 1, "TIME", "2016-06-23T16:30");
    assertEquals(right, DottedClocks.valued(right, FRIDAY));
  }

  @Test
  void theSameDayIsTheDayLastNamed() {
    Sentence s = sentence("the/DT same/JJ day/NN", "det:2:0 amod:2:1 root:-1:2");
    assertEquals("1985-12-12", MonthAnaphora.thatDay(s, new Timex("the same day", 0, 3, "DATE", "1985-11-21"), "1985-12-12").value());
  }

  @Test
  void aClockTimeAndYesterdayAreOneExpression() {
    Sentence broke = sentence("It/PRP broke/VBD/break apart/RB before/IN 9/CD a.m./NN yesterday/NN",
        "nsubj:1:0 root:-1:1 advmod:1:2 case:5:3 nummod:5:4 obl:1:5 obl:tmod:1:6",
        new Timex("9 a.m.", 4, 6, "TIME", "2003-02-01T09:00"), new Timex("yesterday", 6, 7, "TIME", "2003-02-01T09:00"));
    assertEquals(List.of("9 a.m. yesterday=TIME:2003-02-01T09:00"), shown(DayPartSpans.join(broke)));
    Sentence dotted = sentence("announced/VBN/announce at/IN 8.30am/CD yesterday/NN before/IN markets/NNS opened/VBD/open",
        "root:-1:0 case:2:1 obl:0:2 obl:tmod:0:3 mark:6:4 nsubj:6:5 advcl:0:6",
        new Timex("8.30am", 2, 3, "TIME", "2008-01-23T08:30"), new Timex("yesterday before", 3, 5, "DATE", "2008-01-22"));
    assertEquals(List.of("8.30am yesterday=TIME:2008-01-22T08:30"), shown(DayPartSpans.join(dotted)));
  }

  @Test
  void aClauseDatedTodayEndsTheDayNamedBefore() {
    LocalDate tuesday = LocalDate.of(1987, 10, 20);
    Sentence cut = timeWords(sentence("The/DT bank/NN raised/VBD/raise rates/NNS on/IN Sept./NNP 4/CD ,/, and/CC banks/NNS cut/VBD/cut rates/NNS today/NN",
        "det:1:0 nsubj:2:1 root:-1:2 obj:2:3 case:5:4 obl:2:5 nummod:5:6 punct:10:7 cc:10:8 nsubj:10:9 conj:2:10 obj:10:11 obl:tmod:10:12",
        new Timex("Sept. 4", 5, 7, "DATE", "1987-09-04"), new Timex("today", 12, 13, "DATE", "1987-10-20")), "DATE", 5, 6, 12);
    Sentence noon = timeWords(sentence("The/DT president/NN spoke/VBD/speak at/IN noon/NN",
        "det:1:0 nsubj:2:1 root:-1:2 case:4:3 obl:2:4", new Timex("noon", 4, 5, "TIME", "1987-10-20T12:00")), "TIME", 4);
    assertEquals(List.of("noon=TIME:1987-10-20T12:00"), shown(ClockTimes.anchor(List.of(cut, noon), tuesday).get(1)));
  }

  @Test
  void aClockTimeYesterdayCarriesToTheNextSentencesPastClauseAndItsOpeningBound() {
    LocalDate sunday = LocalDate.of(2003, 2, 2);
    Sentence broke = timeWords(sentence("It/PRP broke/VBD/break apart/RB before/IN 9/CD a.m./NN yesterday/NN",
        "nsubj:1:0 root:-1:1 advmod:1:2 case:5:3 nummod:5:4 obl:1:5 obl:tmod:1:6",
        new Timex("9 a.m. yesterday", 4, 7, "TIME", "2003-02-01T09:00")), "TIME", 4, 5, 6);
    Sentence lost = timeWords(sentence("Control/NN lost/VBD/lose contact/NN at/IN 8:59/CD a.m./NN ,/, and/CC by/IN 9:16/CD a.m./NN the/DT team/NN knew/VBD/know",
        "nsubj:1:0 root:-1:1 obj:1:2 case:5:3 nummod:5:4 obl:1:5 punct:13:6 cc:13:7 case:10:8 nummod:10:9 obl:13:10 det:12:11 nsubj:13:12 conj:1:13",
        new Timex("8:59 a.m.", 4, 6, "TIME", "2003-02-02T08:59"), new Timex("9:16 a.m.", 9, 11, "TIME", "2003-02-02T09:16")), "TIME", 4, 5, 9, 10);
    assertEquals(List.of("8:59 a.m.=TIME:2003-02-01T08:59", "9:16 a.m.=TIME:2003-02-01T09:16"),
        shown(ClockTimes.anchor(List.of(broke, lost), sunday).get(1)));
  }

  @Test
  void aParticipleOfPlanningWithASubjectAndAFiniteVerbAfterItsDateIsNoPast() {
    // "a launch planned for early March has been put off", the parser giving "planned" the subject "launch"
    Sentence launch = timeWords(sentence("a/DT launch/NN planned/VBN/plan for/IN early/JJ March/NNP has/VBZ/have been/VBN/be put/VBN/put off/RP",
        "det:1:0 nsubj:2:1 root:-1:2 case:5:3 amod:5:4 obl:2:5 aux:8:6 aux:pass:8:7 dep:2:8 compound:prt:8:9",
        new Timex("early March", 4, 6, "DATE", "2003-03")), "DATE", 4, 5);
    assertEquals(List.of("early March=DATE:2003-03"), shown(TenseDates.adjust(launch, LocalDate.of(2003, 2, 2))));
    // a simple past of planning with no verb after it stays past ("Officials planned for early March")
    Sentence planned = timeWords(sentence("Officials/NNS planned/VBN/plan for/IN early/JJ March/NNP",
        "nsubj:1:0 root:-1:1 case:4:2 amod:4:3 obl:1:4", new Timex("early March", 3, 5, "DATE", "2003-03")), "DATE", 3, 4);
    assertEquals(List.of("early March=DATE:2002-03"), shown(TenseDates.adjust(planned, LocalDate.of(2003, 2, 2))));
  }
}
