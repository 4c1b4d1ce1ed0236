package harbinger.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import harbinger.model.Dependency;
import harbinger.model.Sentence;
import harbinger.model.Timex;
import harbinger.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Days of the month written alone, rates before dates and tense of participles, on hand-built sentences. */
class DayPhrasesTest {
  private static final LocalDate MAY_4 = LocalDate.of(2023, 5, 4);

  /** Words as "word/POS" or "word/POS/lemma", one token each; deps as "rel:governor:dependent" (governor -1 for the root). */
  static Sentence sentence(String tagged, String deps, Timex... timexes) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    String[] words = tagged.split(" ");
    for (int i = 0; i < words.length; i++) {
      String[] parts = words[i].split("/"); // word/POS or word/POS/lemma
      String w = parts[0];
      if (i > 0) text.append(' ');
      int begin = text.length();
      text.append(w);
      tokens.add(new Token(i, w, parts.length > 2 ? parts[2] : w.toLowerCase(), parts[1], "O", null, begin, begin + w.length()));
    }
    List<Dependency> ds = new ArrayList<>();
    for (String d : deps.split(" ")) {
      int dep = d.lastIndexOf(':');
      int gov = d.lastIndexOf(':', dep - 1); // the relation may hold a colon of its own ("compound:prt")
      ds.add(new Dependency(d.substring(0, gov), Integer.parseInt(d.substring(gov + 1, dep)), Integer.parseInt(d.substring(dep + 1))));
    }
    return new Sentence(0, 0, 0, text.length(), text.toString(), tokens, ds, List.of(timexes));
  }

  private static final String VOTE_ON = "nsubj:2:1 det:1:0 case:5:3 det:5:4 obl:2:5 punct:2:6";

  private static List<String> values(Sentence s) {
    return TenseDates.adjust(s, MAY_4).timexes().stream().map(t -> t.text() + "=" + t.value()).toList();
  }

  @Test
  void aDayOfTheMonthAfterOnIsDatedInThePublicationMonthByTense() {
    assertEquals(List.of("the 16th=2023-05-16"), values(sentence(
        "The/DT council/NN will/MD vote/VB on/IN the/DT 16th/JJ ./.", "root:-1:3 nsubj:3:1 det:1:0 aux:3:2 case:6:4 det:6:5 obl:3:6 punct:3:7")));
    assertEquals(List.of("the 2nd=2023-05-02"), values(sentence("The/DT council/NN voted/VBD on/IN the/DT 2nd/JJ ./.", "root:-1:2 " + VOTE_ON)));
    assertEquals(List.of("the 28th=2023-04-28"), values(sentence("The/DT council/NN voted/VBD on/IN the/DT 28th/JJ ./.", "root:-1:2 " + VOTE_ON)));
  }

  @Test
  void anOrdinalBeforeANounIsNoDate() {
    assertEquals(List.of(), values(sentence(
        "Fire/NN broke/VBD out/RP on/IN the/DT 16th/JJ floor/NN", "root:-1:1 nsubj:1:0 compound:prt:1:2 case:6:3 det:6:4 amod:6:5 obl:1:6")));
  }

  @Test
  void aRateBeforeADateIsNotAnOffset() {
    Timex offset = new Timex("a month from January", 3, 7, "DATE", "2019-02");
    Sentence s = sentence("by/IN 100/CD euros/NNS a/DT month/NN from/IN January/NNP",
        "root:-1:2 case:2:0 nummod:2:1 det:4:3 npmod:2:4 case:6:5 nmod:4:6", offset);
    assertEquals(List.of("January=2019-01"), TenseDates.adjust(s, LocalDate.of(2018, 12, 11)).timexes().stream()
        .map(t -> t.text() + "=" + t.value()).toList());
  }

  @Test
  void anOffsetAfterAVerbIsLeftAlone() {
    Timex offset = new Timex("a month from January", 1, 5, "DATE", "2019-02");
    Sentence s = sentence("expires/VBZ a/DT month/NN from/IN January/NNP", "root:-1:0 det:2:1 obl:0:2 case:4:3 nmod:2:4", offset);
    assertEquals("2019-02", TenseDates.adjust(s, LocalDate.of(2018, 12, 11)).timexes().get(0).value());
  }

  @Test
  void theFirstHalfOfAYearIsItsFirstHalf() {
    Timex half = new Timex("the first half of last year", 2, 8, "DATE", "2012");
    Sentence s = sentence("debt/NN rose/VBD in/IN the/DT first/JJ half/NN of/IN last/JJ year/NN",
        "root:-1:1 nsubj:1:0 case:5:2 det:5:3 amod:5:4 obl:1:5 case:8:6 amod:8:7 nmod:5:8", half);
    assertEquals("2012-H1", TenseDates.adjust(s, LocalDate.of(2013, 6, 5)).timexes().get(0).value());
  }

  @Test
  void aPartOfAMonthWithoutValueIsThatMonth() {
    Timex mid = new Timex("mid-November", 4, 5, "DATE", null);
    Sentence s = sentence("He/PRP will/MD decide/VB by/IN mid-November/NNP", "root:-1:2 nsubj:2:0 aux:2:1 case:4:3 obl:2:4", mid);
    assertEquals("1991-11", TenseDates.adjust(s, LocalDate.of(1991, 10, 28)).timexes().get(0).value());
  }

  @Test
  void theDateOfAnEventCalledForIsInTheFutureOfTheCall() {
    Timex saturday = new Timex("Saturday", 7, 8, "DATE", "2007-12-29");
    Sentence s = sentence("Her/PRP$ party/NN has/VBZ called/VBN/call a/DT strike/NN for/IN Saturday/NNP",
        "root:-1:3 nsubj:3:1 nmod:poss:1:0 aux:3:2 det:5:4 obj:3:5 case:7:6 nmod:5:7", saturday);
    assertEquals("2007-12-29", TenseDates.adjust(s, LocalDate.of(2007, 12, 28)).timexes().get(0).value());
  }
}
