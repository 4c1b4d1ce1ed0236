package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Actor;
import harbinger.model.AnnotatedDoc;
import harbinger.model.Event;
import harbinger.model.Sentence;
import harbinger.model.Token;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Names an article sets up and later shortens, on the real parse of a short story written for this test
 * ({@code golden/stages/names.txt}): a surname alone after the full name, an acronym the article defines, and a
 * bare "the army" after the army was named with its country, and a body a capital city owns ("Cairo's security chief").
 */
class ArticleNamesTest {
  private static final AnnotatedDoc DOC = Fixtures.doc("names");

  private static List<Event> eventsOf(String fragment) { return Fixtures.eventsIn("names", fragment); }

  private static String code(Actor a) { return Fixtures.code(a); }

  private static String show(List<Event> es) {
    return es.stream().map(e -> code(e.source()) + " " + e.cameo() + " " + code(e.target())).collect(Collectors.joining("; "));
  }

  @Test
  void aSurnameAloneIsThePersonNamedInFullBefore() {
    List<Event> es = eventsOf("Macron met Pashinyan");
    assertTrue(es.stream().anyMatch(e -> "ARMGOV".equals(code(e.target()))), () -> "got: " + show(es));
  }

  @Test
  void aSurnameTheTaggerLeftUntaggedIsStillThePersonNamedBefore() {
    AnnotatedDoc untagged = retag(DOC, "Pashinyan", 1, "O");
    List<Event> es = Fixtures.coder().code(untagged).stream()
        .filter(e -> DOC.article().text().startsWith("met", e.trigger().start())).toList();
    assertTrue(es.stream().anyMatch(e -> "ARMGOV".equals(code(e.target()))), () -> "got: " + show(es));
  }

  /** The document with the NER tag of the {@code nth} (0-based) token spelled {@code word} replaced. */
  private static AnnotatedDoc retag(AnnotatedDoc doc, String word, int nth, String ner) {
    List<Sentence> out = new java.util.ArrayList<>();
    int seen = 0;
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = new java.util.ArrayList<>();
      for (Token t : s.tokens()) {
        boolean hit = t.word().equals(word) && seen++ == nth;
        tokens.add(hit ? new Token(t.index(), t.word(), t.lemma(), t.pos(), ner, t.normalized(), t.begin(), t.end()) : t);
      }
      out.add(new Sentence(s.index(), s.paragraph(), s.begin(), s.end(), s.text(), tokens, s.dependencies(), s.timexes()));
    }
    return new AnnotatedDoc(doc.article(), out);
  }

  @Test
  void anAcronymTheArticleDefinedNamesThatBodyNotATableNamesake() {
    List<Event> es = eventsOf("accused the RSF");
    assertTrue(es.stream().anyMatch(e -> "SDNMILRSF".equals(code(e.target()))), () -> "got: " + show(es));
  }

  @Test
  void theBareArmyIsTheArmyNamedWithItsCountryEarlier() {
    List<Event> es = eventsOf("accused the RSF");
    assertTrue(es.stream().anyMatch(e -> "SDNMIL".equals(code(e.source()))), () -> "got: " + show(es));
  }

  @Test
  void aCapitalsPossessiveBodyIsItsCountrysBody() {
    List<Event> cairo = eventsOf("Cairo's security chief");
    assertTrue(cairo.stream().anyMatch(e -> e.source() != null && "EGY".equals(e.source().country())), () -> "got: " + show(cairo));
    List<Event> ankara = eventsOf("Ankara's district administration");
    assertTrue(ankara.stream().anyMatch(e -> e.source() != null && "TURGOV".equals(e.source().code())), () -> "got: " + show(ankara));
  }

  @Test
  void initialsSkipLowerCaseWords() {
    assertEquals("RSF", ArticleAcronyms.initials("Rapid Support Forces"));
    assertEquals("ICRC", ArticleAcronyms.initials("International Committee of the Red Cross"));
  }
}
