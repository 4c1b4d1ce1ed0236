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
 * Time-expression kinds of session 21 on hand-built sentences (each parse as CoreNLP gave it for a sentence of the
 * same shape): days counted from Easter and "Independence Day" ({@link FixedHolidays}); a date in a verbless "since"
 * clause or after an adjective ({@link ClauseTense}); a weekday under a modal copular predicate and a date on the
 * object of a past setting dated by its own time ({@link ModalPredicates}); a clock time written on its day and an
 * earlier clock time after a later one ({@link ClockTimes}, {@link LaterClocks}).
 */
class TimexKindsS21Test {
  private static final LocalDate SATURDAY = LocalDate.of(2019, 4, 20);

  @Test
  void daysCountedFromEasterAndIndependenceDayAreNamedDays() {
    Sentence monday = sentence("A/DT procession/NN planned/VBN/plan for/IN Easter/NNP Monday/NNP was/VBD/be cancelled/VBN/cancel",
        "det:1:0 nsubj:pass:7:1 acl:1:2 case:5:3 compound:5:4 obl:2:5 aux:pass:7:6 root:-1:7",
        new Timex("Easter", 4, 5, "DATE", "2019-04-21"), new Timex("Monday", 5, 6, "DATE", "2019-04-22"));
    assertEquals(List.of("Easter Monday=DATE:2019-04-22"), shown(NamedDays.apply(monday, SATURDAY)));
    Sentence palm = sentence("Crowds/NNS gathered/VBD/gather on/IN Palm/NNP Sunday/NNP",
        "nsubj:1:0 root:-1:1 case:4:2 compound:4:3 obl:1:4", new Timex("Sunday", 4, 5, "DATE", "2019-04-21"));
    assertEquals(List.of("Palm Sunday=DATE:2019-04-14"), shown(NamedDays.apply(palm, SATURDAY)));
    Sentence july = sentence("Shops/NNS hope/VBP/hope to/TO reopen/VB by/IN Independence/NNP Day/NNP",
        "nsubj:1:0 root:-1:1 mark:3:2 xcomp:1:3 case:6:4 compound:6:5 obl:3:6", new Timex("Day", 6, 7, "DURATION", "P1D"));
    assertEquals(List.of("Independence Day=DATE:2019-07-04"), shown(NamedDays.apply(july, SATURDAY, "USA")));
  }

  @Test
  void aDateInAVerblessSinceClauseOrAfterAnAdjectiveIsPast() {
    LocalDate monday = LocalDate.of(2020, 3, 16);
    Sentence high = timeWords(sentence("Stocks/NNS have/VBP/have lost/VBN/lose 30/CD %/NN since/IN its/PRP$ record/NN high/JJ on/IN Feb./NNP 19/CD",
        "nsubj:2:0 aux:2:1 root:-1:2 nummod:4:3 obj:2:4 mark:8:5 nmod:poss:7:6 nsubj:8:7 advcl:2:8 case:10:9 obl:8:10 nummod:10:11",
        new Timex("Feb. 19", 10, 12, "DATE", "2021-02-19")), "DATE", 10, 11);
    assertEquals(List.of("Feb. 19=DATE:2020-02-19"), shown(TenseDates.adjust(high, monday)));
    Sentence silent = timeWords(sentence("The/DT bells/NNS ,/, silent/JJ since/IN April/NNP 15/CD ,/, may/MD ring/VB again/RB",
        "det:1:0 nsubj:9:1 punct:1:2 amod:1:3 case:5:4 obl:3:5 nummod:5:6 punct:1:7 aux:9:8 root:-1:9 advmod:9:10",
        new Timex("April 15", 5, 7, "DATE", "2019-04-15")), "DATE", 5, 6);
    assertEquals(List.of("April 15=DATE:2019-04-15"), shown(TenseDates.adjust(silent, SATURDAY)));
  }

  @Test
  void aWeekdayUnderAModalCopulaLiesAheadOfTheReportingVerb() {
    LocalDate wednesday = LocalDate.of(2020, 11, 4);
    // "Officials said a roof could be in place by early Thursday": "Thursday" on "place", under "said"
    Sentence roof = timeWords(sentence("Officials/NNS said/VBD/say a/DT roof/NN could/MD be/VB/be in/IN place/NN by/IN early/JJ Thursday/NNP",
        "nsubj:1:0 root:-1:1 det:3:2 nsubj:7:3 aux:7:4 cop:7:5 case:7:6 ccomp:1:7 case:10:8 amod:10:9 nmod:7:10",
        new Timex("early Thursday", 9, 11, "DATE", "2020-11-05")), "DATE", 9, 10);
    assertEquals(List.of("early Thursday=DATE:2020-11-05"), shown(TenseDates.adjust(roof, wednesday)));
    // "officials said most results could be in by late Friday", the weekday made the predicate
    assertEquals(List.of("late Friday=DATE:2020-11-06"), shown(TenseDates.adjust(results(), wednesday)));
    // a past clause without a modal still moves back: "officials said the roof was in place by Thursday"
    Sentence was = timeWords(sentence("Officials/NNS said/VBD/say the/DT roof/NN was/VBD/be in/IN place/NN by/IN Thursday/NNP",
        "nsubj:1:0 root:-1:1 det:3:2 nsubj:6:3 cop:6:4 case:6:5 ccomp:1:6 case:8:7 nmod:6:8",
        new Timex("Thursday", 8, 9, "DATE", "2020-11-05")), "DATE", 8);
    assertEquals(List.of("Thursday=DATE:2020-10-29"), shown(TenseDates.adjust(was, wednesday)));
  }

  /** "results could be in by late Friday" with "Friday" the predicate, as the parser gave it. */
  private static Sentence results() {
    return timeWords(sentence("Officials/NNS said/VBD/say results/NNS could/MD be/VB/be in/IN by/IN late/JJ Friday/NNP",
        "nsubj:1:0 root:-1:1 nsubj:8:2 aux:8:3 cop:8:4 case:8:5 case:8:6 amod:8:7 ccomp:1:8",
        new Timex("late Friday", 7, 9, "DATE", "2020-11-06")), "DATE", 7, 8);
  }

  @Test
  void aDateOnTheObjectOfASettingDatedInThePastKeepsItsYear() {
    LocalDate thursday = LocalDate.of(1991, 1, 17);
    Sentence set = timeWords(sentence("The/DT Council/NNP set/VBD/set the/DT Jan./NNP 15/CD deadline/NN in/IN November/NNP",
        "det:1:0 nsubj:2:1 root:-1:2 det:6:3 compound:6:4 nummod:4:5 obj:2:6 case:8:7 obl:2:8",
        new Timex("Jan. 15", 4, 6, "DATE", "1991-01-15"), new Timex("November", 8, 9, "DATE", "1991-11")), "DATE", 4, 5, 8);
    assertEquals(List.of("Jan. 15=DATE:1991-01-15", "November=DATE:1990-11"), shown(TenseDates.adjust(set, thursday)));
    // without a date of its own the setting still looks ahead ("set the Jan. 15 deadline" written on Jan. 17)
    Sentence bare = timeWords(sentence("The/DT Council/NNP set/VBD/set the/DT Jan./NNP 15/CD deadline/NN",
        "det:1:0 nsubj:2:1 root:-1:2 det:6:3 compound:6:4 nummod:4:5 obj:2:6",
        new Timex("Jan. 15", 4, 6, "DATE", "1991-01-15")), "DATE", 4, 5);
    assertEquals(List.of("Jan. 15=DATE:1992-01-15"), shown(TenseDates.adjust(bare, thursday)));
  }

  @Test
  void aClockTimeWrittenOnItsDayAndAnEarlierClockAfterALaterOne() {
    LocalDate thursday = LocalDate.of(1991, 1, 17);
    Sentence expired = timeWords(sentence("The/DT deadline/NN expired/VBD/expire at/IN 0500/CD GMT/NNP on/IN Wednesday/NNP",
        "det:1:0 nsubj:2:1 root:-1:2 case:5:3 nummod:5:4 obl:2:5 case:7:6 obl:2:7",
        new Timex("0500 GMT", 4, 6, "TIME", "1991-01-17T05:00"), new Timex("Wednesday", 7, 8, "DATE", "1991-01-16")), "TIME", 4, 5);
    assertEquals(List.of("0500 GMT=TIME:1991-01-16T05:00", "Wednesday=DATE:1991-01-16"),
        shown(ClockTimes.anchor(List.of(expired), thursday).get(0)));
    LocalDate tuesday = LocalDate.of(1997, 7, 1);
    Sentence followed = timeWords(sentence("Soldiers/NNS crossed/VBD/cross at/IN 9/CD p.m./NN on/IN Monday/NNP ,/, and/CC troops/NNS followed/VBD/follow at/IN 6/CD a.m./NN",
        "nsubj:1:0 root:-1:1 case:4:2 nummod:4:3 obl:1:4 case:6:5 obl:1:6 punct:10:7 cc:10:8 nsubj:10:9 conj:1:10 case:13:11 nummod:13:12 obl:10:13",
        new Timex("9 p.m.", 3, 5, "TIME", "1997-07-01T21:00"), new Timex("Monday", 6, 7, "DATE", "1997-06-30"),
        new Timex("6 a.m.", 12, 14, "TIME", "1997-07-01T06:00")), "TIME", 3, 4, 12, 13);
    assertEquals(List.of("9 p.m.=TIME:1997-06-30T21:00", "Monday=DATE:1997-06-30", "6 a.m.=TIME:1997-07-01T06:00"),
        shown(ClockTimes.anchor(List.of(timeWords(followed, "DATE", 6)), tuesday).get(0)));
    // a later clock time stays on the named day ("... at 11 p.m.")
    Sentence later = timeWords(sentence("Soldiers/NNS crossed/VBD/cross at/IN 9/CD p.m./NN on/IN Monday/NNP ,/, and/CC troops/NNS followed/VBD/follow at/IN 11/CD p.m./NN",
        "nsubj:1:0 root:-1:1 case:4:2 nummod:4:3 obl:1:4 case:6:5 obl:1:6 punct:10:7 cc:10:8 nsubj:10:9 conj:1:10 case:13:11 nummod:13:12 obl:10:13",
        new Timex("9 p.m.", 3, 5, "TIME", "1997-07-01T21:00"), new Timex("Monday", 6, 7, "DATE", "1997-06-30"),
        new Timex("11 p.m.", 12, 14, "TIME", "1997-07-01T23:00")), "TIME", 3, 4, 12, 13);
    assertEquals(List.of("9 p.m.=TIME:1997-06-30T21:00", "Monday=DATE:1997-06-30", "11 p.m.=TIME:1997-06-30T23:00"),
        shown(ClockTimes.anchor(List.of(timeWords(later, "DATE", 6)), tuesday).get(0)));
  }
}
