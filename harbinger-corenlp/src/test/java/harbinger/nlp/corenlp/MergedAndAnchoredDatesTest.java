package harbinger.nlp.corenlp;

import static harbinger.nlp.corenlp.DayPhrasesTest.sentence;
import static harbinger.nlp.corenlp.TimexFormsTest.normalized;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mentions SUTime merges, "today" of the present age, midnight, bare clock times, range ends and offsets from a
 * date named before, on hand-built sentences written for these tests.
 */
class MergedAndAnchoredDatesTest {
  private static final LocalDate TUE_OCT_1_2013 = LocalDate.of(2013, 10, 1);
  private static final LocalDate THU_DEC_26_2013 = LocalDate.of(2013, 12, 26);

  private static List<String> shown(Sentence s) {
    return s.timexes().stream().map(t -> t.text() + "=" + t.type() + ":" + t.value()).toList();
  }

  private static List<String> shown(List<Sentence> ss) {
    List<String> out = new ArrayList<>();
    for (Sentence s : ss) out.addAll(shown(s));
    return out;
  }

  @Test
  void aDateAndTheSameDayInAppositionAreTwoExpressionsOfOneValue() {
    Sentence s = normalized(sentence("He/PRP quit/VBD on/IN May/NNP 2/CD ,/, 2001/CD ,/, the/DT same/JJ day/NN",
        "root:-1:1 nsubj:1:0 case:3:2 obl:1:3 nummod:3:4 punct:3:5 nummod:3:6 punct:10:7 det:10:8 amod:10:9 appos:3:10",
        new Timex("May 2 , 2001 , the same day", 3, 11, "DATE", null)), 3, 11, "THIS P1D INTERSECT 2001-05-02");
    assertEquals(List.of("May 2 , 2001=DATE:2001-05-02", "the same day=DATE:2001-05-02"), shown(MergedDates.apply(s)));
  }

  @Test
  void theEarlyHoursOfADayAreItsMorningAndADurationBeforeADayIsLeftOut() {
    Sentence hours = normalized(sentence("It/PRP sank/VBD in/IN the/DT early/JJ hours/NNS of/IN Sunday/NNP",
        "root:-1:1 nsubj:1:0 case:5:2 det:5:3 amod:5:4 obl:1:5 case:7:6 nmod:5:7",
        new Timex("the early hours of Sunday", 3, 8, "DATE", null)), 3, 8, "2013-02-10-WXX-7 INTERSECT PTXH");
    assertEquals(List.of("the early hours of Sunday=TIME:2013-02-10TMO"), shown(MergedDates.apply(hours)));
    Sentence talks = normalized(sentence("They/PRP talked/VBD for/IN two/CD hours/NNS Monday/NNP evening/NN",
        "root:-1:1 nsubj:1:0 case:4:2 nummod:4:3 obl:1:4 compound:6:5 obl:tmod:1:6",
        new Timex("two hours Monday", 3, 6, "DATE", null), new Timex("evening", 6, 7, "DATE", null)), 3, 7,
        "2013-09-09-WXX-1TEV INTERSECT PT2H");
    assertEquals(List.of("Monday evening=TIME:2013-09-09TEV"), shown(MergedDates.apply(talks)));
  }

  @Test
  void theSecondHalfOfCutOffFromItsYearIsThatYearsHalf() {
    Sentence s = sentence("Sales/NNS rise/VBP in/IN the/DT second/JJ half/NN of/IN the/DT year/NN",
        "root:-1:1 nsubj:1:0 case:5:2 det:5:3 amod:5:4 obl:1:5 case:8:6 det:8:7 nmod:5:8",
        new Timex("the second half of", 3, 7, "DATE", null), new Timex("the year", 7, 9, "DATE", "2013"));
    assertEquals(List.of("the second half of the year=DATE:2013-H2"), shown(MergedDates.apply(s)));
  }

  @Test
  void todayOpeningAPresentClauseIsThePresentButNotAsSubjectOrInThePast() {
    Sentence now = sentence("Today/NN ,/, weeds/NNS grow/VBP here/RB", "root:-1:3 obl:tmod:3:0 punct:3:1 nsubj:3:2 advmod:3:4",
        new Timex("Today", 0, 1, "DATE", "2013-07-07"));
    assertEquals(List.of("Today=DATE:PRESENT_REF"), shown(PresentRefs.apply(now)));
    Sentence past = sentence("Today/NN ,/, weeds/NNS grew/VBD here/RB", "root:-1:3 obl:tmod:3:0 punct:3:1 nsubj:3:2 advmod:3:4",
        new Timex("Today", 0, 1, "DATE", "2013-07-07"));
    assertSame(past, PresentRefs.apply(past));
    Sentence subject = sentence("Today/NN went/VBD well/RB", "root:-1:1 nsubj:1:0 advmod:1:2", new Timex("Today", 0, 1, "DATE", "2013-07-07"));
    assertSame(subject, PresentRefs.apply(subject));
    Sentence these = sentence("These/DT days/NNS banks/NNS wait/VBP", "root:-1:3 det:1:0 obl:tmod:3:1 nsubj:3:2",
        new Timex("days", 1, 2, "DURATION", "PXD"));
    assertEquals(List.of("These days=DATE:PRESENT_REF"), shown(PresentRefs.apply(these)));
  }

  @Test
  void midnightEndsTheDayItClosesAndMidnightOnADayEndsThatDay() {
    Sentence deadline = sentence("They/PRP missed/VBD the/DT midnight/NN deadline/NN",
        "root:-1:1 nsubj:1:0 det:4:2 compound:4:3 obj:1:4", new Timex("midnight", 3, 4, "TIME", "2013-10-01T00:00"));
    assertEquals(List.of("midnight=TIME:2013-09-30T24:00"), shown(ClockTimes.midnight(deadline, TUE_OCT_1_2013)));
    Sentence onFriday = sentence("Campaigning/NN ended/VBD at/IN midnight/NN on/IN Friday/NNP",
        "root:-1:1 nsubj:1:0 case:3:2 obl:1:3 case:5:4 nmod:3:5",
        new Timex("midnight on", 3, 5, "TIME", "2013-09-27T00:00"), new Timex("Friday", 5, 6, "TIME", "2013-09-27T00:00"));
    assertEquals(List.of("midnight on Friday=TIME:2013-09-27T24:00"), shown(ClockTimes.midnight(onFriday, TUE_OCT_1_2013)));
  }

  @Test
  void aBareClockTimeTakesTheDayNamedBeforeItUnlessItsTenseDisagrees() {
    Sentence sunday = sentence("A/DT ferry/NN sank/VBD on/IN Sunday/NNP", "root:-1:2 det:1:0 nsubj:2:1 case:4:3 obl:2:4",
        new Timex("Sunday", 4, 5, "DATE", "2013-09-29"));
    Sentence clock = sentence("It/PRP hit/VBD a/DT barge/NN at/IN 9/CD p.m./NN", "root:-1:1 nsubj:1:0 det:3:2 obj:1:3 case:6:4 nummod:6:5 obl:1:6",
        new Timex("9 p.m.", 5, 7, "TIME", "2013-10-01T21:00"));
    assertEquals(List.of("Sunday=DATE:2013-09-29", "9 p.m.=TIME:2013-09-29T21:00"),
        shown(ClockTimes.anchor(List.of(sunday, clock), TUE_OCT_1_2013)));
    // a time after midnight follows the night after the day named, unless that day's small hours were named
    Sentence small = sentence("It/PRP hit/VBD a/DT barge/NN at/IN 2/CD a.m./NN", "root:-1:1 nsubj:1:0 det:3:2 obj:1:3 case:6:4 nummod:6:5 obl:1:6",
        new Timex("2 a.m.", 5, 7, "TIME", "2013-10-01T02:00"));
    assertEquals(List.of("Sunday=DATE:2013-09-29", "2 a.m.=TIME:2013-10-01T02:00"),
        shown(ClockTimes.anchor(List.of(sunday, small), TUE_OCT_1_2013)));
    Sentence hours = sentence("A/DT ferry/NN sank/VBD in/IN the/DT early/JJ hours/NNS of/IN Sunday/NNP",
        "root:-1:2 det:1:0 nsubj:2:1 case:6:3 det:6:4 amod:6:5 obl:2:6 case:8:7 nmod:6:8",
        new Timex("the early hours of Sunday", 4, 9, "TIME", "2013-09-29TMO"));
    assertEquals(List.of("the early hours of Sunday=TIME:2013-09-29TMO", "2 a.m.=TIME:2013-09-29T02:00"),
        shown(ClockTimes.anchor(List.of(hours, small), TUE_OCT_1_2013)));
    Sentence friday = sentence("A/DT vote/NN will/MD come/VB on/IN Friday/NNP", "root:-1:3 det:1:0 nsubj:3:1 aux:3:2 case:5:4 obl:3:5",
        new Timex("Friday", 5, 6, "DATE", "2013-10-04"));
    assertEquals(List.of("Friday=DATE:2013-10-04", "9 p.m.=TIME:2013-10-01T21:00"),
        shown(ClockTimes.anchor(List.of(friday, clock), TUE_OCT_1_2013)));
  }

  @Test
  void theEndOfARangeComesAfterItsStart() {
    Sentence s = sentence("Crowds/NNS fly/VBP between/IN Dec./NNP 20/CD and/CC Jan./NNP 6/CD",
        "root:-1:1 nsubj:1:0 case:3:2 obl:1:3 nummod:3:4 cc:6:5 conj:3:6 nummod:6:7",
        new Timex("Dec. 20", 3, 5, "DATE", "2013-12-20"), new Timex("Jan. 6", 6, 8, "DATE", "2013-01-06"));
    assertEquals(List.of("Dec. 20=DATE:2013-12-20", "Jan. 6=DATE:2014-01-06"), shown(DateRanges.apply(s)));
  }

  @Test
  void countedOffsetsAndTheFollowingPeriodCountFromTheDateBefore() {
    assertEquals("1989-12", OffsetDates.offset("two years later", "1987-12"));
    assertEquals("1996-10-10", OffsetDates.offset("Two days later", "1996-10-08"));
    assertEquals("2012-Q1", OffsetDates.offset("a year earlier", "2013-Q1"));
    assertEquals("2012-Q1", OffsetDates.offset("the year-earlier quarter", "2013-Q1"));
    assertEquals("2012-SP", OffsetDates.offset("the following spring", "2011-06"));
    assertEquals("1997-09", OffsetDates.offset("The following month", "1997-08"));
    assertEquals(null, OffsetDates.offset("two years ago", "1987-12"));
    assertEquals("2013-W44-WE", OffsetDates.offset("the previous weekend", "2013-11-04"));
    assertEquals("2013-W45-WE", OffsetDates.offset("the following weekend", "2013-11-06"));
    Sentence arrest = sentence("He/PRP was/VBD held/VBN in/IN March/NNP 1990/CD", "root:-1:2 nsubj:2:0 aux:pass:2:1 case:4:3 obl:2:4 nummod:4:5",
        new Timex("March 1990", 4, 6, "DATE", "1990-03"));
    Sentence later = sentence("Two/CD months/NNS later/RB he/PRP fled/VBD and/CC in/IN January/NNP he/PRP returned/VBD",
        "root:-1:4 nummod:1:0 obl:npmod:2:1 advmod:4:2 nsubj:4:3 cc:9:5 case:7:6 obl:9:7 nsubj:9:8 conj:4:9",
        new Timex("Two months later", 0, 3, "DATE", "1998-10-20"), new Timex("January", 7, 8, "DATE", "1998-01"));
    assertEquals(List.of("March 1990=DATE:1990-03", "Two months later=DATE:1990-05", "January=DATE:1991-01"),
        shown(OffsetDates.resolve(List.of(arrest, later))));
  }

  @Test
  void aHolidaysWeekendIsTheWeekendOfItsWeek() {
    assertEquals("1998-W27-WE", TimexForms.holidayWeekend(new Timex("the Fourth of July weekend", 0, 5, "DATE", "1998-07-04")).value());
    assertEquals("1998-07-04", TimexForms.holidayWeekend(new Timex("the Fourth of July", 0, 4, "DATE", "1998-07-04")).value());
  }

  @Test
  void anInfinitiveOfIntentionAndAPlannedParticipleLookAhead() {
    Sentence agreed = sentence("They/PRP agreed/VBD/agree to/TO meet/VB on/IN Monday/NNP", "root:-1:1 nsubj:1:0 mark:3:2 xcomp:1:3 case:5:4 obl:3:5",
        new Timex("Monday", 5, 6, "DATE", "2013-09-09"));
    assertEquals(List.of("Monday=DATE:2013-09-16"), shown(TenseDates.adjust(agreed, LocalDate.of(2013, 9, 13))));
    Sentence trip = sentence("He/PRP cut/VBD a/DT trip/NN planned/VBN/plan for/IN this/DT weekend/NN",
        "root:-1:1 nsubj:1:0 det:3:2 obj:1:3 acl:3:4 case:7:5 det:7:6 obl:4:7", new Timex("this weekend", 6, 8, "DATE", "2013-W40-WE"));
    assertEquals(List.of("this weekend=DATE:2013-W40-WE"), shown(TenseDates.adjust(trip, TUE_OCT_1_2013)));
    Sentence set = sentence("Sentencing/NN was/VBD set/VBN for/IN Nov./NNP 12/CD", "root:-1:2 nsubj:pass:2:0 aux:pass:2:1 case:4:3 obl:2:4 nummod:4:5",
        new Timex("Nov. 12", 4, 6, "DATE", "2013-11-12"));
    assertEquals(List.of("Nov. 12=DATE:2013-11-12"), shown(TenseDates.adjust(set, THU_DEC_26_2013.minusMonths(4))));
  }
}
