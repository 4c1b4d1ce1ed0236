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
 * Time-expression kinds of session 18 on hand-built sentences (each parse as CoreNLP gave it for a sentence of the
 * same shape): weekdays ahead in frames of moving, declaring, ordering, asking and postponing ({@link WeekdayFrames});
 * a bare quarter in the publication year ({@link BareQuarters}); a verb SUTime joined to "this winter"
 * ({@link SpanTrims}); clock times after a named night, after "tomorrow" and after a "last night" in a quotation
 * ({@link ClockTimes}).
 */
class TimexKindsS18Test {
  private static final LocalDate THURSDAY = LocalDate.of(2005, 10, 27);

  @Test
  void aWeekdaySomethingIsMovedToLiesAhead() {
    Sentence moved = timeWords(sentence("Towns/NNS moved/VBD/move the/DT parade/NN to/IN Saturday/NNP",
        "nsubj:1:0 root:-1:1 det:3:2 obj:1:3 case:5:4 obl:1:5", new Timex("Saturday", 5, 6, "DATE", "2005-10-22")), "DATE", 5);
    assertEquals(List.of("Saturday=DATE:2005-10-29"), shown(TenseDates.adjust(moved, THURSDAY)));
    // moved "on" a past Saturday stays past
    Sentence on = timeWords(sentence("Towns/NNS moved/VBD/move the/DT parade/NN on/IN Saturday/NNP",
        "nsubj:1:0 root:-1:1 det:3:2 obj:1:3 case:5:4 obl:1:5", new Timex("Saturday", 5, 6, "DATE", "2005-10-22")), "DATE", 5);
    assertEquals(List.of("Saturday=DATE:2005-10-22"), shown(TenseDates.adjust(on, THURSDAY)));
  }

  @Test
  void aDayDeclaredForAWeekdayLiesAhead() {
    Sentence mourning = timeWords(timeWords(sentence(
        "Chile/NNP declared/VBD/declare a/DT day/NN of/IN mourning/NN for/IN Friday/NNP",
        "nsubj:1:0 root:-1:1 det:3:2 obl:tmod:1:3 case:5:4 nmod:3:5 case:7:6 nmod:3:7",
        new Timex("Friday", 7, 8, "DATE", "2005-10-21")), "DURATION", 2, 3), "DATE", 7);
    assertEquals(List.of("Friday=DATE:2005-10-28"), shown(TenseDates.adjust(mourning, THURSDAY)));
  }

  @Test
  void whatIsOrderedOrAskedUntilAWeekdayLastsIntoTheDaysAhead() {
    Sentence flags = timeWords(sentence("The/DT governor/NN ordered/VBD/order flags/NNS lowered/VBN/lower until/IN Sunday/NNP",
        "det:1:0 nsubj:2:1 root:-1:2 nsubj:4:3 xcomp:2:4 case:6:5 obl:2:6",
        new Timex("Sunday", 6, 7, "DATE", "2005-10-23")), "DATE", 6);
    assertEquals(List.of("Sunday=DATE:2005-10-30"), shown(TenseDates.adjust(flags, THURSDAY)));
    Sentence asked = timeWords(sentence("Officials/NNS asked/VBD/ask residents/NNS to/TO boil/VB water/NN until/IN Tuesday/NNP evening/NN",
        "nsubj:1:0 root:-1:1 obj:1:2 mark:4:3 xcomp:1:4 obj:4:5 case:8:6 compound:8:7 obl:4:8",
        new Timex("Tuesday evening", 7, 9, "TIME", "2005-10-25TEV")), "DATE", 7);
    assertEquals(List.of("Tuesday evening=TIME:2005-11-01TEV"), shown(TenseDates.adjust(timeWords(asked, "TIME", 8), THURSDAY)));
  }

  @Test
  void aGerundPostponedUntilAWeekdayLiesAhead() {
    Sentence trick = timeWords(sentence("Towns/NNS postponed/VBD/postpone Halloween/NNP trick-or-treating/VBG/treat until/IN Monday/NNP",
        "nsubj:1:0 root:-1:1 nsubj:3:2 dep:1:3 case:5:4 obl:3:5",
        new Timex("Monday", 5, 6, "DATE", "2005-10-24")), "DATE", 5);
    assertEquals(List.of("Monday=DATE:2005-10-31"), shown(TenseDates.adjust(trick, THURSDAY)));
  }

  @Test
  void aBareQuarterIsThePublicationYears() {
    Sentence grew = timeWords(sentence("The/DT economy/NN grew/VBD/grow in/IN the/DT first/JJ quarter/NN",
        "det:1:0 nsubj:2:1 root:-1:2 case:6:3 det:6:4 amod:6:5 obl:2:6",
        new Timex("the first quarter", 4, 7, "DATE", "2012-Q1")), "DATE", 4, 5, 6);
    assertEquals(List.of("the first quarter=DATE:2011-Q1"), shown(TenseDates.adjust(grew, LocalDate.of(2011, 8, 8))));
    // results for the fourth quarter reported in January are last year's; a first quarter ahead in November next year's
    assertEquals("2012-Q4", BareQuarters.resolve(new Timex("the fourth quarter", 0, 3, "DATE", "2013-Q4"), LocalDate.of(2013, 1, 14), 1).value());
    assertEquals("2012-Q1", BareQuarters.resolve(new Timex("the first quarter", 0, 3, "DATE", "2012-Q1"), LocalDate.of(2011, 11, 2), 1).value());
    // a quarter not yet begun in a past clause ("shrank in the fourth quarter" written in March) is last year's
    assertEquals("2002-Q4", BareQuarters.resolve(new Timex("the fourth quarter", 0, 3, "DATE", "2003-Q4"), LocalDate.of(2003, 3, 18), -1).value());
  }

  @Test
  void aVerbJoinedToThisWinterIsLeftOut() {
    Sentence fall = sentence("as/IN temperatures/NNS fall/VBP this/DT winter/NN",
        "mark:2:0 nsubj:2:1 root:-1:2 det:4:3 obl:tmod:2:4", new Timex("fall this winter", 2, 5, "DATE", "2012-FA"));
    assertEquals(List.of("this winter=DATE:2012-WI"), shown(TimexForms.apply(fall, LocalDate.of(2012, 10, 30))));
  }

  @Test
  void theSmallHoursAfterANamedNightAreTheNextDays() {
    LocalDate sunday = LocalDate.of(2003, 8, 17);
    Sentence bars = timeWords(sentence("On/IN Thursday/NNP night/NN bars/NNS stayed/VBD/stay open/JJ until/IN after/IN 2/CD a.m./NN",
        "case:2:0 compound:2:1 obl:4:2 nsubj:4:3 root:-1:4 xcomp:4:5 case:9:6 case:9:7 nummod:9:8 obl:4:9",
        new Timex("Thursday night", 1, 3, "TIME", "2003-08-14TNI"), new Timex("2 a.m.", 8, 10, "TIME", "2003-08-17T02:00")), "TIME", 1, 2, 8, 9);
    assertEquals(List.of("Thursday night=TIME:2003-08-14TNI", "2 a.m.=TIME:2003-08-15T02:00"),
        shown(ClockTimes.anchor(List.of(bars), sunday).get(0)));
  }

  @Test
  void aClockTimeAfterTomorrowInItsSentenceIsTomorrows() {
    LocalDate monday = LocalDate.of(2011, 8, 8);
    Sentence fed = timeWords(sentence("The/DT committee/NN meets/VBZ/meet tomorrow/NN ,/, with/IN a/DT statement/NN due/JJ at/IN 2:15/CD p.m/NN",
        "det:1:0 nsubj:2:1 root:-1:2 obl:tmod:2:3 punct:2:4 case:7:5 det:7:6 obl:2:7 amod:7:8 case:11:9 nummod:11:10 obl:8:11",
        new Timex("tomorrow", 3, 4, "DATE", "2011-08-09"), new Timex("2:15 p.m", 10, 12, "TIME", "2011-08-08T14:15")), "TIME", 10, 11);
    assertEquals(List.of("tomorrow=DATE:2011-08-09", "2:15 p.m=TIME:2011-08-09T14:15"),
        shown(ClockTimes.anchor(List.of(timeWords(fed, "DATE", 3)), monday).get(0)));
  }

  @Test
  void lastNightInAQuotationCarriesNothing() {
    LocalDate sunday = LocalDate.of(2013, 5, 26);
    Sentence slept = timeWords(sentence("\"/`` I/PRP slept/VBD/sleep well/RB last/JJ night/NN ,/, \"/'' he/PRP said/VBD/say",
        "punct:2:0 nsubj:2:1 ccomp:9:2 advmod:2:3 amod:5:4 obl:tmod:2:5 punct:2:6 punct:2:7 nsubj:9:8 root:-1:9",
        new Timex("last night", 4, 6, "TIME", "2013-05-25TNI")), "TIME", 4, 5);
    Sentence skies = timeWords(sentence("Forecasters/NNS called/VBD/call for/IN clear/JJ skies/NNS through/IN the/DT afternoon/NN",
        "nsubj:1:0 root:-1:1 case:4:2 amod:4:3 obl:1:4 case:7:5 det:7:6 obl:1:7",
        new Timex("the afternoon", 6, 8, "TIME", "2013-05-26TAF")), "TIME", 6, 7);
    assertEquals(List.of("the afternoon=TIME:2013-05-26TAF"),
        shown(ClockTimes.anchor(List.of(slept, skies), sunday).get(1)));
  }

  @Test
  void aHolidayOnWhatWasCancelledIsTheComingOne() {
    Sentence fireworks = timeWords(sentence("Thailand/NNP cancelled/VBD/cancel New/NNP Year/NNP 's/POS Eve/NNP fireworks/NNS",
        "nsubj:1:0 root:-1:1 compound:3:2 nmod:poss:5:3 case:3:4 compound:6:5 obj:1:6",
        new Timex("New Year's Eve", 2, 6, "DATE", "2004-12-31")), "DATE", 2, 3, 4, 5);
    assertEquals(List.of("New Year's Eve=DATE:2004-12-31"), shown(NamedDays.apply(fireworks, LocalDate.of(2004, 12, 28))));
  }

  @Test
  void aMonthInARelativeClauseOfLastYearsStormIsLastYears() {
    Sentence storm = timeWords(sentence("Last/JJ year/NN 's/POS storm/NN ,/, which/WDT struck/VBD/strike in/IN August/NNP ,/, cost/VBD/cost millions/NNS",
        "amod:1:0 nmod:poss:3:1 case:1:2 nsubj:10:3 punct:3:4 nsubj:6:5 acl:relcl:3:6 case:8:7 obl:6:8 punct:3:9 root:-1:10 obj:10:11",
        new Timex("Last year", 0, 2, "DATE", "2004"), new Timex("August", 8, 9, "DATE", "2005-08")), "DATE", 0, 1, 8);
    assertEquals(List.of("Last year=DATE:2004", "August=DATE:2004-08"), shown(NamedDays.apply(storm, THURSDAY)));
  }
}
