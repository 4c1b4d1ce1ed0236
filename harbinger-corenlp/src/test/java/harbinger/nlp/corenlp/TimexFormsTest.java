package harbinger.nlp.corenlp;

import static harbinger.nlp.corenlp.DayPhrasesTest.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import harbinger.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TimeML value forms, anaphoric dates and tense of seasons and scheduled dates, on hand-built sentences. */
class TimexFormsTest {
  private static final LocalDate DEC_30_2013 = LocalDate.of(2013, 12, 30); // a Monday in ISO week 2014-W01
  private static final LocalDate OCT_27_1998 = LocalDate.of(1998, 10, 27);

  private static List<String> forms(Sentence s, LocalDate published) {
    return TimexForms.apply(s, published).timexes().stream().map(t -> t.text() + "=" + t.type() + ":" + t.value()).toList();
  }

  /** The tokens of a hand-built sentence with the normalised value {@code n} on tokens [from, to). */
  static Sentence normalized(Sentence s, int from, int to, String n) {
    List<Token> tokens = new ArrayList<>();
    for (Token t : s.tokens()) {
      boolean in = t.index() >= from && t.index() < to;
      tokens.add(new Token(t.index(), t.word(), t.lemma(), t.pos(), in ? "DATE" : t.ner(), in ? n : null, t.begin(), t.end()));
    }
    return new Sentence(s.index(), s.paragraph(), s.begin(), s.end(), s.text(), tokens, s.dependencies(), s.timexes());
  }

  private static final String THREE = "root:-1:1 nsubj:1:0 obl:1:2";

  @Test
  void decadesAndCenturiesTakeTimeMlForms() {
    Sentence s = sentence("Prices/NNS fell/VBD 1980s/NNS ./.", THREE + " punct:1:3",
        new Timex("1980s", 2, 3, "SET", "198X"));
    assertEquals(List.of("1980s=DATE:198"), forms(s, DEC_30_2013));
    Sentence c = sentence("Prices/NNS fell/VBD century/NN ./.", THREE + " punct:1:3", new Timex("century", 2, 3, "DATE", "18XX"));
    assertEquals(List.of("century=DATE:18"), forms(c, DEC_30_2013));
  }

  @Test
  void aYearWrittenInDigitsIsThatYear() {
    Sentence s = sentence("Enrollment/NN fell/VBD 2002/CD", THREE, new Timex("2002", 2, 3, "SET", "2003"));
    assertEquals(List.of("2002=DATE:2002"), forms(s, DEC_30_2013));
    Sentence fine = sentence("Enrollment/NN fell/VBD 2002/CD", THREE, new Timex("2002", 2, 3, "DATE", "2002"));
    assertSame(fine, TimexForms.apply(fine, DEC_30_2013));
  }

  @Test
  void fiscalBeforeAYearMakesAFiscalYear() {
    Sentence s = sentence("Profit/NN rose/VBD in/IN fiscal/JJ 1998/CD and/CC fiscal/JJ 1997/CD",
        "root:-1:1 nsubj:1:0 case:4:2 amod:4:3 obl:1:4 cc:7:5 amod:7:6 conj:4:7",
        new Timex("1998", 4, 5, "DATE", "1998"), new Timex("fiscal", 6, 7, "DATE", null), new Timex("1997", 7, 8, "DATE", "1997"));
    assertEquals(List.of("fiscal 1998=DATE:FY1998", "fiscal 1997=DATE:FY1997"), forms(s, OCT_27_1998));
  }

  @Test
  void relativeWeeksCountInTheIsoWeekBasedYear() {
    Sentence s = sentence("Lawmakers/NNS return/VBP next/JJ week/NN after/IN last/JJ week/NN and/CC this/DT week/NN",
        "root:-1:1 nsubj:1:0 amod:3:2 obl:1:3 case:6:4 amod:6:5 nmod:3:6 cc:9:7 det:9:8 conj:6:9",
        new Timex("next week", 2, 4, "DATE", "2013-W02"), new Timex("last week", 5, 7, "DATE", null),
        new Timex("this week", 8, 10, "DATE", "2013-W01"));
    assertEquals(List.of("next week=DATE:2014-W02", "last week=DATE:2013-W52", "this week=DATE:2014-W01"), forms(s, DEC_30_2013));
  }

  @Test
  void yearEndIsThePublicationYearButEveryYearIsNot() {
    Sentence s = sentence("It/PRP will/MD close/VB by/IN year/NN end/NN", "root:-1:2 nsubj:2:0 aux:2:1 case:5:3 compound:5:4 obl:2:5",
        new Timex("year", 4, 5, "DURATION", "P1Y"));
    assertEquals(List.of("year end=DATE:1998"), forms(s, OCT_27_1998));
    Sentence each = sentence("It/PRP closes/VBZ each/DT year/NN end/NN", "root:-1:1 nsubj:1:0 det:4:2 compound:4:3 obl:1:4",
        new Timex("year", 3, 4, "DURATION", "P1Y"));
    assertEquals(List.of("year=DURATION:P1Y"), forms(each, OCT_27_1998));
  }

  @Test
  void aDateJoinedToADurationBeforeItKeepsItsOwnWordsAndValue() {
    Sentence s = normalized(sentence("Snow/NN fell/VBD for/IN two/CD days/NNS in/IN early/JJ February/NNP",
        "root:-1:1 nsubj:1:0 case:4:2 nummod:4:3 obl:1:4 case:7:5 amod:7:6 nmod:4:7",
        new Timex("two days in early February", 3, 8, "DATE", null)), 3, 8, "2013-02 INTERSECT P2D");
    assertEquals(List.of("early February=DATE:2013-02"), forms(s, DEC_30_2013));
    Sentence d = normalized(sentence("fewer/JJR than/IN any/DT year/NN since/IN the/DT 1940s/NNS",
        "root:-1:0 case:3:1 det:3:2 obl:0:3 case:6:4 det:6:5 nmod:3:6", new Timex("year since the 1940s", 3, 7, "DATE", null)),
        3, 7, "194X OFFSET P1Y");
    assertEquals(List.of("the 1940s=DATE:194"), forms(d, DEC_30_2013));
  }

  @Test
  void aMonthPartWrittenAsOneTokenBecomesADate() {
    Sentence s = sentence("Furloughs/NNS wait/VBP until/IN mid-April/NNP", "root:-1:1 nsubj:1:0 case:3:2 obl:1:3");
    assertEquals(List.of("mid-April=DATE:null"), forms(s, DEC_30_2013));
  }

  private static List<String> resolved(Sentence... sentences) {
    List<String> out = new ArrayList<>();
    for (Sentence s : AnaphoricDates.resolve(List.of(sentences))) for (Timex t : s.timexes()) out.add(t.text() + "=" + t.value());
    return out;
  }

  @Test
  void thatYearIsTheYearLastWrittenInDigits() {
    Sentence first = sentence("They/PRP met/VBD between/IN 2006/CD and/CC 2008/CD", "root:-1:1 nsubj:1:0 case:3:2 obl:1:3 cc:5:4 conj:3:5",
        new Timex("2006", 3, 4, "DATE", "2006"), new Timex("2008", 5, 6, "DATE", "2008"));
    Sentence second = sentence("That/DT year/NN profits/NNS soared/VBD", "root:-1:3 det:1:0 obl:3:1 nsubj:3:2",
        new Timex("year", 1, 2, "DURATION", "P1Y"));
    assertEquals(List.of("2006=2006", "2008=2008", "That year=2008"), resolved(first, second));
  }

  @Test
  void aMonthDayOfThatYearAndAMonthInASentenceOpeningWithAYearTakeThatYear() {
    Sentence war = sentence("In/IN 1991/CD a/DT war/NN began/VBD on/IN Jan./NNP 17/CD of/IN that/DT year/NN",
        "root:-1:4 case:1:0 obl:4:1 det:3:2 nsubj:4:3 case:6:5 obl:4:6 nummod:6:7 case:10:8 det:10:9 nmod:6:10",
        new Timex("1991", 1, 2, "DATE", "1991"), new Timex("Jan. 17", 6, 8, "DATE", "1998-01-17"));
    assertEquals(List.of("1991=1991", "Jan. 17=1991-01-17"), resolved(war));
    Sentence snow = sentence("In/IN 1978/CD snow/NN fell/VBD in/IN February/NNP", "root:-1:3 case:1:0 obl:3:1 nsubj:3:2 case:5:4 obl:3:5",
        new Timex("1978", 1, 2, "DATE", "1978"), new Timex("February", 5, 6, "DATE", "2013-02"));
    assertEquals(List.of("1978=1978", "February=1978-02"), resolved(snow));
  }

  @Test
  void theFollowingDayCountsFromTheLastNamedDayUnlessAnEventFollows() {
    Sentence vote = sentence("A/DT vote/NN is/VBZ set/VBN for/IN January/NNP 6/CD", "root:-1:3 det:1:0 nsubj:3:1 aux:3:2 case:5:4 obl:3:5 nummod:5:6",
        new Timex("January 6", 5, 7, "DATE", "2014-01-06"));
    Sentence house = sentence("The/DT House/NNP returns/VBZ the/DT following/JJ day/NN ./.", "root:-1:2 det:1:0 nsubj:2:1 det:5:3 amod:5:4 obl:2:5 punct:2:6",
        new Timex("the following day", 3, 6, "DATE", "2013-12-31"));
    assertEquals(List.of("January 6=2014-01-06", "the following day=2014-01-07"), resolved(vote, house));
    Sentence before = sentence("The/DT day/NN before/IN the/DT vote/NN she/PRP wrote/VBD", "root:-1:6 det:1:0 obl:6:1 case:4:2 det:4:3 nmod:1:4 nsubj:6:5",
        new Timex("The day before", 0, 3, "DATE", "2013-12-29"));
    assertEquals(List.of("January 6=2014-01-06", "The day before=2013-12-29"), resolved(vote, before));
  }

  private static List<String> tensed(Sentence s, LocalDate published) {
    return TenseDates.adjust(s, published).timexes().stream().map(t -> t.text() + "=" + t.value()).toList();
  }

  @Test
  void aBareSeasonMovesByTenseButNotUnderAPastVerb() {
    Sentence present = sentence("It/PRP does/VBZ n't/RB foresee/VB gains/NNS until/IN the/DT spring/NN",
        "root:-1:3 nsubj:3:0 aux:3:1 advmod:3:2 obj:3:4 case:7:5 det:7:6 obl:3:7", new Timex("the spring", 6, 8, "DATE", "1998-SP"));
    assertEquals(List.of("the spring=1999-SP"), tensed(present, OCT_27_1998));
    Sentence infinitive = sentence("He/PRP had/VBD a/DT chance/NN to/TO speak/VB in/IN the/DT spring/NN",
        "root:-1:1 nsubj:1:0 det:3:2 obj:1:3 mark:5:4 acl:3:5 case:8:6 det:8:7 obl:5:8", new Timex("the spring", 7, 9, "DATE", "1998-SP"));
    assertEquals(List.of("the spring=1998-SP"), tensed(infinitive, OCT_27_1998));
    Sentence past = sentence("Sales/NNS fell/VBD in/IN the/DT summer/NN", "root:-1:1 nsubj:1:0 case:4:2 det:4:3 obl:1:4",
        new Timex("the summer", 3, 5, "DATE", "1998-SU"));
    assertEquals(List.of("the summer=1998-SU"), tensed(past, OCT_27_1998));
  }

  @Test
  void aDateOfWhatIsScheduledIsAheadAndATimeBeforeItMovesWithIt() {
    Sentence s = sentence("He/PRP has/VBZ scheduled/VBN/schedule a/DT vote/NN for/IN 5:30/CD p.m./NN on/IN January/NNP 6/CD",
        "root:-1:2 nsubj:2:0 aux:2:1 det:4:3 obj:2:4 case:7:5 nummod:7:6 obl:2:7 case:9:8 obl:2:9 nummod:9:10",
        new Timex("5:30 p.m. on", 6, 9, "TIME", "2013-01-06T17:30"), new Timex("January 6", 9, 11, "TIME", "2013-01-06T17:30"));
    assertEquals(List.of("5:30 p.m. on=2014-01-06T17:30", "January 6=2014-01-06T17:30"), tensed(s, DEC_30_2013));
    Sentence past = sentence("He/PRP scheduled/VBD/schedule a/DT vote/NN for/IN January/NNP 6/CD",
        "root:-1:1 nsubj:1:0 det:3:2 obj:1:3 case:5:4 obl:1:5 nummod:5:6", new Timex("January 6", 5, 7, "DATE", "2013-01-06"));
    assertEquals(List.of("January 6=2013-01-06"), tensed(past, DEC_30_2013));
    Sentence passive = sentence("The/DT election/NN is/VBZ scheduled/VBN/schedule for/IN January/NNP 8/CD",
        "root:-1:3 det:1:0 nsubj:pass:3:1 aux:pass:3:2 case:5:4 obl:3:5 nummod:5:6", new Timex("January 8", 5, 7, "DATE", "2013-01-08"));
    assertEquals(List.of("January 8=2014-01-08"), tensed(passive, DEC_30_2013));
    Sentence wasPassive = sentence("The/DT election/NN was/VBD scheduled/VBN/schedule for/IN January/NNP 8/CD",
        "root:-1:3 det:1:0 nsubj:pass:3:1 aux:pass:3:2 case:5:4 obl:3:5 nummod:5:6", new Timex("January 8", 5, 7, "DATE", "2013-01-08"));
    assertEquals(List.of("January 8=2013-01-08"), tensed(wasPassive, DEC_30_2013));
  }
}
