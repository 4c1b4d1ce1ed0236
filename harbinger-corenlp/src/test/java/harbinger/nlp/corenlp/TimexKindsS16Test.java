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
 * Time-expression kinds of session 16 on hand-built sentences: a "would" clause tied to a verb of reporting however
 * the parser hung them is the report's future, a weekday on "likely" through its part of day lies ahead, a weekday a
 * warning runs "from" lies ahead, a month of what a past clause is "ahead of" is to come, a weekday something was cancelled "until" lies ahead, and a day or week counted from
 * publication at the end of a valueless expression SUTime merged is split off and valued.
 */
class TimexKindsS16Test {
  private static final LocalDate THURSDAY = LocalDate.of(2011, 4, 28);

  @Test
  void aWouldClauseHungAboveItsReportIsStillTheReportsFuture() {
    Sentence stay = timeWords(sentence("The/DT governor/NN said/VBD/say troops/NNS would/MD stay/VB until/IN Monday/NNP",
        "det:1:0 nsubj:2:1 csubj:5:2 obj:2:3 aux:5:4 root:-1:5 case:7:6 obl:5:7",
        new Timex("Monday", 7, 8, "DATE", "2011-04-25")), "DATE", 7);
    assertEquals(List.of("Monday=DATE:2011-05-02"), shown(TenseDates.adjust(stay, THURSDAY)));
  }

  @Test
  void aWeekdayLikelyThroughItsPartOfDayLiesAhead() {
    Sentence storms = timeWords(sentence("Storms/NNS were/VBD/be likely/JJ on/IN Saturday/NNP night/NN",
        "nsubj:2:0 cop:2:1 root:-1:2 case:5:3 compound:5:4 obl:2:5",
        new Timex("Saturday", 4, 5, "TIME", "2011-04-23TNI"), new Timex("night", 5, 6, "TIME", "2011-04-23TNI")), "TIME", 4, 5);
    assertEquals(List.of("Saturday night=TIME:2011-04-30TNI"), shown(DayPartSpans.join(TenseDates.adjust(storms, THURSDAY))));
  }

  @Test
  void aWeekdayAWarningRunsFromLiesAhead() {
    Sentence seas = timeWords(sentence("Forecasters/NNS warned/VBD/warn of/IN seas/NNS from/IN Sunday/NNP",
        "nsubj:1:0 root:-1:1 case:3:2 obl:1:3 case:5:4 obl:1:5", new Timex("Sunday", 5, 6, "DATE", "1986-01-26")), "DATE", 5);
    assertEquals(List.of("Sunday=DATE:1986-02-02"), shown(TenseDates.adjust(seas, LocalDate.of(1986, 1, 31))));
  }

  @Test
  void aWeekdaySomethingWasCancelledUntilLiesAhead() {
    Sentence flights = timeWords(sentence("The/DT airline/NN had/VBD/have cancelled/VBN/cancel flights/NNS until/IN Monday/NNP",
        "det:1:0 nsubj:3:1 aux:3:2 root:-1:3 obj:3:4 case:6:5 obl:3:6", new Timex("Monday", 6, 7, "DATE", "2010-04-12")), "DATE", 6);
    assertEquals(List.of("Monday=DATE:2010-04-19"), shown(TenseDates.adjust(flights, LocalDate.of(2010, 4, 17))));
  }

  @Test
  void aMonthOfWhatAPastClauseIsAheadOfIsToCome() {
    Sentence election = timeWords(sentence("Officials/NNS named/VBD/name him/PRP president/NN ahead/RB of/IN an/DT election/NN in/IN March/NNP",
        "nsubj:1:0 root:-1:1 obj:1:2 xcomp:1:3 case:7:4 fixed:4:5 det:7:6 obl:1:7 case:9:8 nmod:7:9",
        new Timex("March", 9, 10, "DATE", "2000-03")), "DATE", 9);
    assertEquals(List.of("March=DATE:2000-03"), shown(TenseDates.adjust(election, LocalDate.of(2000, 1, 1))));
  }

  @Test
  void aCountedDayAtTheEndOfAValuelessMergedExpressionIsSplitOff() {
    Sentence best = sentence("It/PRP had/VBD its/PRP$ best/JJS day/NN in/IN a/DT year/NN yesterday/NN",
        "nsubj:1:0 root:-1:1 nmod:poss:4:2 amod:4:3 obj:1:4 case:7:5 det:7:6 nmod:4:7 obl:tmod:1:8",
        new Timex("day in a year yesterday", 4, 9, "DATE", null));
    assertEquals(List.of("yesterday=DATE:2003-03-18"), shown(RelativeTails.apply(best, LocalDate.of(2003, 3, 19))));
    Sentence days = sentence("They/PRP lost/VBD several/JJ days/NNS last/JJ week/NN",
        "nsubj:1:0 root:-1:1 amod:3:2 obj:1:3 amod:5:4 obl:tmod:1:5", new Timex("several days last week", 2, 6, "DATE", null));
    assertEquals(List.of("last week=DATE:1986-W04"), shown(RelativeTails.apply(days, LocalDate.of(1986, 1, 31))));
    Sentence night = sentence("Contact/NN was/VBD lost/VBN last/JJ night/NN",
        "nsubj:pass:2:0 aux:pass:2:1 root:-1:2 amod:4:3 obl:tmod:2:4", new Timex("last night", 3, 5, "DATE", null));
    assertEquals(List.of("last night=TIME:1999-12-31TNI"), shown(RelativeTails.apply(night, LocalDate.of(2000, 1, 1))));
  }
}
