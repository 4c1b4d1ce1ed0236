package harbinger.nlp.corenlp;

import static harbinger.nlp.corenlp.TimexShown.shown;
import static harbinger.nlp.corenlp.TimexShown.timeWords;
import static harbinger.nlp.corenlp.DayPhrasesTest.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Time-expression kinds of session 17 on hand-built sentences: a simple-past "if" condition speaks of what may yet
 * happen, a past passive of expecting looks ahead, a simple past threat dates the threat and not the act threatened,
 * a bare participle "set for" (parsed as the head) leaves its date where it is, and a clock time in a past clause
 * after "last night" in the sentence before is yesterday's.
 */
class TimexKindsS17Test {
  @Test
  void aSimplePastIfConditionLiesAhead() {
    Sentence oil = timeWords(sentence("Oil/NN would/MD cost/VB more/JJR if/IN the/DT standoff/NN dragged/VBD/drag on/RP into/IN the/DT winter/NN",
        "nsubj:2:0 aux:2:1 root:-1:2 obj:2:3 mark:7:4 det:6:5 nsubj:7:6 advcl:2:7 compound:prt:7:8 case:11:9 det:11:10 obl:7:11",
        new Timex("winter", 11, 12, "DATE", "1990-WI")), "DATE", 11);
    assertEquals(List.of("winter=DATE:1990-WI"), shown(TenseDates.adjust(oil, LocalDate.of(1990, 8, 8))));
    // a condition that did not hold ("would have cost ... if it had dragged on") is left to its tense
    Sentence past = timeWords(sentence("Oil/NN would/MD have/VB cost/VBN more/JJR if/IN talks/NNS failed/VBD/fail in/IN March/NNP",
        "nsubj:3:0 aux:3:1 aux:3:2 root:-1:3 obj:3:4 mark:7:5 nsubj:7:6 advcl:3:7 case:9:8 obl:7:9",
        new Timex("March", 9, 10, "DATE", "1990-03")), "DATE", 9);
    assertEquals(List.of("March=DATE:1990-03"), shown(TenseDates.adjust(past, LocalDate.of(1990, 8, 8))));
    // "would have to keep stockpiling if talks dragged on into the summer" is no past condition
    Sentence goods = timeWords(sentence("Firms/NNS would/MD have/VB to/TO stockpile/VB if/IN talks/NNS dragged/VBD/drag into/IN the/DT summer/NN",
        "nsubj:2:0 aux:2:1 root:-1:2 mark:4:3 xcomp:2:4 mark:7:5 nsubj:7:6 advcl:2:7 case:10:8 det:10:9 obl:7:10",
        new Timex("summer", 10, 11, "DATE", "2019-SU")), "DATE", 10);
    assertEquals(List.of("summer=DATE:2019-SU"), shown(TenseDates.adjust(goods, LocalDate.of(2019, 3, 15))));
  }

  @Test
  void aPastPassiveOfExpectingLooksAhead() {
    Sentence flight = timeWords(sentence("The/DT flight/NN was/VBD/be expected/VBN/expect before/IN Tuesday/NNP",
        "det:1:0 nsubj:pass:3:1 aux:pass:3:2 root:-1:3 case:5:4 obl:3:5",
        new Timex("Tuesday", 5, 6, "DATE", "2008-05-06")), "DATE", 5);
    assertEquals(List.of("Tuesday=DATE:2008-05-06"), shown(TenseDates.adjust(flight, LocalDate.of(2008, 5, 4))));
  }

  @Test
  void aSimplePastThreatDatesTheThreat() {
    Sentence expel = timeWords(sentence("Baghdad/NNP threatened/VBD/threaten to/TO expel/VB diplomats/NNS on/IN Monday/NNP",
        "nsubj:1:0 root:-1:1 mark:3:2 xcomp:1:3 obj:3:4 case:6:5 obl:3:6",
        new Timex("Monday", 6, 7, "DATE", "1990-08-06")), "DATE", 6);
    assertEquals(List.of("Monday=DATE:1990-08-06"), shown(TenseDates.adjust(expel, LocalDate.of(1990, 8, 8))));
  }

  @Test
  void aBareParticipleSetForADateLeavesItWhereItIs() {
    Sentence cup = timeWords(sentence("The/DT championship/NN set/VBN/set for/IN Jan./NNP 30/CD will/MD go/VB ahead/RB",
        "det:1:0 nsubj:2:1 root:-1:2 case:4:3 obl:2:4 nummod:4:5 aux:7:6 dep:2:7 advmod:7:8",
        new Timex("Jan. 30", 4, 6, "DATE", "1994-01-30")), "DATE", 4, 5);
    assertEquals(List.of("Jan. 30=DATE:1994-01-30"), shown(TenseDates.adjust(cup, LocalDate.of(1994, 1, 17))));
  }

  @Test
  void aClockTimeInAPastClauseAfterLastNightIsYesterdays() {
    LocalDate friday = LocalDate.of(2019, 3, 15);
    Sentence vote = timeWords(sentence("MPs/NNS voted/VBD/vote last/JJ night/NN",
        "nsubj:1:0 root:-1:1 amod:3:2 obl:tmod:1:3", new Timex("last night", 2, 4, "TIME", "2019-03-14TNI")), "TIME", 2, 3);
    Sentence result = timeWords(sentence("The/DT result/NN was/VBD/be announced/VBN/announce after/IN 5/CD p.m./NN",
        "det:1:0 nsubj:pass:3:1 aux:pass:3:2 root:-1:3 case:6:4 nummod:6:5 obl:3:6",
        new Timex("5 p.m.", 5, 7, "TIME", "2019-03-15T17:00")), "TIME", 5, 6);
    assertEquals(List.of("last night=TIME:2019-03-14TNI", "5 p.m.=TIME:2019-03-14T17:00"),
        ClockTimes.anchor(List.of(vote, result), friday).stream().flatMap(s -> shown(s).stream()).toList());
    // the small hours after the night are today's ("landed at 4 a.m.")
    Sentence landed = timeWords(sentence("A/DT team/NN landed/VBD/land at/IN 4/CD a.m./NN",
        "det:1:0 nsubj:2:1 root:-1:2 case:5:3 nummod:5:4 obl:2:5", new Timex("4 a.m.", 4, 6, "TIME", "2019-03-15T04:00")), "TIME", 4, 5);
    assertEquals(List.of("last night=TIME:2019-03-14TNI", "4 a.m.=TIME:2019-03-15T04:00"),
        ClockTimes.anchor(List.of(vote, landed), friday).stream().flatMap(s -> shown(s).stream()).toList());
  }
}
