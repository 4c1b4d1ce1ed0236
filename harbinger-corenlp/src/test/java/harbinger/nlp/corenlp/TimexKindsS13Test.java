package harbinger.nlp.corenlp;

import static harbinger.nlp.corenlp.TimexShown.shown;
import static harbinger.nlp.corenlp.DayPhrasesTest.sentence;
import static harbinger.nlp.corenlp.TimexFormsTest.normalized;
import static org.junit.jupiter.api.Assertions.assertEquals;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Time-expression kinds of session 13 on hand-built sentences: Easter by the computus (western and Orthodox), a date
 * and a holiday SUTime joined by an apposition, "that day" and "later in the month" read from the dates before them,
 * a holiday as the anchor of "the following day", "until" after an active verb of deferring, a season or month under
 * "could"/"should".
 */
class TimexKindsS13Test {
  @Test
  void easterFollowsTheGregorianAndJulianComputus() {
    assertEquals(LocalDate.of(1995, 4, 16), EasterDates.western(1995));
    assertEquals(LocalDate.of(2011, 4, 24), EasterDates.western(2011));
    assertEquals(LocalDate.of(1996, 4, 7), EasterDates.western(1996));
    assertEquals(LocalDate.of(2008, 3, 23), EasterDates.western(2008));
    assertEquals(LocalDate.of(1999, 4, 11), EasterDates.orthodox(1999));
    assertEquals(LocalDate.of(2008, 4, 27), EasterDates.orthodox(2008));
    assertEquals(LocalDate.of(1996, 4, 14), EasterDates.orthodox(1996));
  }

  @Test
  void easterMovedToNextYearIsComputedAgainAndOrthodoxEasterIsOneExpression() {
    // SUTime gives the publication year's Easter (1994-04-03); the clause looks ahead, so 1995's, which is April 16
    Sentence pass = sentence("They/PRP intend/VBP to/TO pass/VB it/PRP before/IN Easter/NNP",
        "root:-1:1 nsubj:1:0 mark:3:2 xcomp:1:3 obj:3:4 case:6:5 obl:3:6", new Timex("Easter", 6, 7, "DATE", "1994-04-03"));
    assertEquals(List.of("Easter=DATE:1995-04-16"), shown(NamedDays.apply(pass, LocalDate.of(1994, 12, 18))));
    Sentence mark = sentence("They/PRP mark/VBP Orthodox/NNP Easter/NNP", "root:-1:1 nsubj:1:0 compound:3:2 obj:1:3",
        new Timex("Easter", 3, 4, "DATE", "1999-04-04"));
    assertEquals(List.of("Orthodox Easter=DATE:1999-04-11"), shown(NamedDays.apply(mark, LocalDate.of(1999, 4, 7))));
    Sentence columbus = sentence("It/PRP resumed/VBD after/IN Columbus/NNP Day/NNP", "root:-1:1 nsubj:1:0 case:4:2 compound:4:3 obl:1:4");
    assertEquals(List.of("Columbus Day=DATE:1987-10-12"), shown(NamedDays.apply(columbus, LocalDate.of(1987, 10, 14))));
  }

  @Test
  void aDateAndAHolidayInAppositionAreTwoExpressions() {
    Sentence labor = sentence("The/DT House/NNP returns/VBZ on/IN Tuesday/NNP ,/, the/DT day/NN after/IN Labor/NNP Day/NNP",
        "root:-1:2 det:1:0 nsubj:2:1 case:4:3 obl:2:4 punct:7:5 det:7:6 appos:4:7 case:10:8 compound:10:9 nmod:7:10",
        new Timex("Tuesday , the day after Labor Day", 4, 11, "DATE", "2018-09-04"));
    assertEquals(List.of("Tuesday=DATE:2018-09-04", "Labor Day=DATE:2018-09-03"),
        shown(HolidayAppositions.apply(labor, LocalDate.of(2018, 9, 1))));
    Sentence nov = normalized(sentence("Shoppers/NNS come/VBP on/IN Nov./NNP 19/CD ,/, the/DT week/NN before/IN Thanksgiving/NNP",
        "root:-1:1 nsubj:1:0 case:3:2 obl:1:3 nummod:3:4 punct:7:5 det:7:6 appos:3:7 case:9:8 nmod:7:9",
        new Timex("Nov. 19 , the week before Thanksgiving", 3, 10, "DATE", null)), 3, 10,
        "THIS P1W INTERSECT XXXX-11-19 INTERSECT THANKSGIVING");
    assertEquals(List.of("Nov. 19=DATE:2022-11-19", "Thanksgiving=DATE:2022-11-24"),
        shown(HolidayAppositions.apply(nov, LocalDate.of(2022, 11, 3))));
    Sentence week = sentence("It/PRP leaves/VBZ the/DT week/NN before/IN Easter/NNP", "root:-1:1 nsubj:1:0 det:3:2 obl:tmod:1:3 case:5:4 nmod:3:5",
        new Timex("the week before Easter", 2, 6, "DATE", null));
    assertEquals(List.of("Easter=DATE:2011-04-24"), shown(HolidayAppositions.apply(week, LocalDate.of(2011, 3, 15))));
    Sentence alone = sentence("They/PRP left/VBD the/DT day/NN after/IN Christmas/NNP", "root:-1:1 nsubj:1:0 det:3:2 obl:tmod:1:3 case:5:4 nmod:3:5",
        new Timex("the day after Christmas", 2, 6, "DATE", "1994-12-26"));
    assertEquals(List.of("the day after Christmas=DATE:1994-12-26"), shown(HolidayAppositions.apply(alone, LocalDate.of(1994, 12, 28))));
  }

  @Test
  void thatDayLaterInTheMonthAndTheFollowingDayReadTheDatesBeforeThem() {
    Sentence convenes = sentence("Congress/NNP convenes/VBZ on/IN Jan./NNP 4/CD", "root:-1:1 nsubj:1:0 case:3:2 obl:1:3 nummod:3:4",
        new Timex("Jan. 4", 3, 5, "DATE", "1995-01-04"));
    Sentence elected = sentence("He/PRP is/VBZ elected/VBN that/DT day/NN", "root:-1:2 nsubj:pass:2:0 aux:pass:2:1 det:4:3 obl:tmod:2:4",
        new Timex("day", 4, 5, "DURATION", "P1D"));
    assertEquals(List.of("that day=DATE:1995-01-04"), shown(AnaphoricDates.resolve(List.of(convenes, elected)).get(1)));
    Sentence votes = sentence("Iowa/NNP votes/VBZ on/IN Feb./NNP 11/CD", "root:-1:1 nsubj:1:0 case:3:2 obl:1:3 nummod:3:4",
        new Timex("Feb. 11", 3, 5, "DATE", "2020-02-11"));
    Sentence follows = sentence("Nevada/NNP follows/VBZ later/RB in/IN the/DT month/NN", "root:-1:1 nsubj:1:0 advmod:1:2 case:5:3 det:5:4 obl:2:5",
        new Timex("the month", 4, 6, "DATE", "2020-01"));
    assertEquals(List.of("later in the month=DATE:2020-02"), shown(AnaphoricDates.resolve(List.of(votes, follows)).get(1)));
    Sentence thursday = sentence("They/PRP met/VBD Thursday/NNP", "root:-1:1 nsubj:1:0 obl:tmod:1:2",
        new Timex("Thursday", 2, 3, "DATE", "1994-12-15"));
    Sentence christmas = sentence("He/PRP spends/VBZ Christmas/NNP here/RB and/CC leaves/VBZ the/DT following/JJ day/NN",
        "root:-1:1 nsubj:1:0 obj:1:2 advmod:1:3 cc:5:4 conj:1:5 det:8:6 amod:8:7 obl:tmod:5:8",
        new Timex("Christmas", 2, 3, "DATE", "1994-12-25"), new Timex("the following day", 6, 9, "DATE", "1994-12-19"));
    assertEquals(List.of("Christmas=DATE:1994-12-25", "the following day=DATE:1994-12-26"),
        shown(AnaphoricDates.resolve(List.of(thursday, christmas)).get(1)));
  }

  @Test
  void aSeasonOrMonthUnderCouldOrShouldLiesAhead() {
    Sentence ease = sentence("Prices/NNS should/MD ease/VB by/IN the/DT spring/NN", "root:-1:2 nsubj:2:0 aux:2:1 case:5:3 det:5:4 obl:2:5",
        new Timex("spring", 5, 6, "DATE", "2022-SP"));
    assertEquals(List.of("spring=DATE:2023-SP"), shown(TenseDates.adjust(ease, LocalDate.of(2022, 11, 3))));
    Sentence storm = sentence("A/DT storm/NN in/IN March/NNP could/MD push/VB oil/NN ashore/RB",
        "root:-1:5 det:1:0 nsubj:5:1 case:3:2 nmod:1:3 aux:5:4 obj:5:6 advmod:5:7", new Timex("March", 3, 4, "DATE", "2010-03"));
    assertEquals(List.of("March=DATE:2011-03"), shown(TenseDates.adjust(storm, LocalDate.of(2010, 6, 14))));
  }

  @Test
  void untilAfterAnActiveVerbOfDeferringLooksAhead() {
    Sentence put = sentence("The/DT board/NN put/VBD off/RP a/DT decision/NN until/IN July/NNP 27/CD",
        "root:-1:2 det:1:0 nsubj:2:1 compound:prt:2:3 det:5:4 obj:2:5 case:7:6 obl:2:7 nummod:7:8",
        new Timex("July 27", 7, 9, "DATE", "2010-07-27"));
    assertEquals(List.of("July 27=DATE:2010-07-27"), shown(TenseDates.adjust(put, LocalDate.of(2010, 6, 14))));
    Sentence stayed = sentence("The/DT board/NN met/VBD until/IN July/NNP 27/CD",
        "root:-1:2 det:1:0 nsubj:2:1 case:4:3 obl:2:4 nummod:4:5", new Timex("July 27", 4, 6, "DATE", "2010-07-27"));
    assertEquals(List.of("July 27=DATE:2009-07-27"), shown(TenseDates.adjust(stayed, LocalDate.of(2010, 6, 14))), "no deferring verb");
  }
}
