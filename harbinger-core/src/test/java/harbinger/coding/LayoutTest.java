package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.AnnotatedDoc;
import harbinger.model.Sentence;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Layout} and its use in {@link ArticleContext}: publisher boilerplate paragraphs are skipped, and the
 * dateline of a wire story is neither trigger nor actor but gives the story's home country.
 */
class LayoutTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "Subscribe to our newsletter to get the morning briefing.",
      "Follow us on Twitter and Facebook.",
      "Copyright 2022 Example Media Group. All rights reserved.",
      "Reporting by Jane Roe; Editing by John Doe",
      "Click here to read more:",
      "This article was updated to correct the spelling of a name.",
  })
  void publisherLinesAreBoilerplate(String paragraph) {
    assertTrue(Layout.isBoilerplate(paragraph), paragraph);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Egyptian mediators hosted Palestinian and Israeli envoys in Cairo on Tuesday.",
      "The ministry said it would follow the talks closely.",
      "",
  })
  void newsIsNotBoilerplate(String paragraph) {
    assertFalse(Layout.isBoilerplate(paragraph), paragraph);
  }

  @Test
  void longNewsParagraphWithOneCueIsNotBoilerplate() {
    String p = "The agency said its newsletter had reported the troop movements a week before the government "
        + "confirmed them, and that officials in three capitals had asked for copies of the satellite images it "
        + "published, according to a statement issued on Friday.";
    assertTrue(p.length() > 200);
    assertFalse(Layout.isBoilerplate(p));
  }

  @Test
  void boilerplateParagraphsOfAnArticleAreMarked() {
    AnnotatedDoc doc = Fixtures.doc("boilerplate-paragraphs");
    ArticleContext a = new ArticleContext(doc);
    int news = Fixtures.sentence(doc, "Egyptian mediators");
    assertFalse(a.inBoilerplate(news));
    assertTrue(a.inBoilerplate(Fixtures.sentence(doc, "Subscribe")));
    assertTrue(a.inBoilerplate(Fixtures.sentence(doc, "Click here")));
  }

  @Test
  void boilerplateParagraphsYieldNoEvents() {
    AnnotatedDoc doc = Fixtures.doc("boilerplate-paragraphs");
    int news = Fixtures.sentence(doc, "Egyptian mediators");
    assertTrue(Fixtures.coder().code(doc).stream().allMatch(e -> e.sentence() == news));
  }

  @Test
  void wireDatelineIsFoundAtTheStartOfTheStory() {
    AnnotatedDoc doc = Fixtures.doc("dateline-wire-story");
    Sentence first = doc.sentences().get(0);
    int len = Layout.datelineLength(first.text());
    assertEquals("BEIRUT, Jan 4 (Example Wire) - ", first.text().substring(0, len));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Japan's foreign minister met his Australian counterpart in Tokyo on Tuesday.",
      "Pakistan Hosts Afghan Taliban Envoys",
      "US and EU officials met in Geneva - the first such meeting in a year.",
  })
  void ordinarySentencesHaveNoDateline(String sentence) {
    assertEquals(0, Layout.datelineLength(sentence), sentence);
  }

  @ParameterizedTest
  @ValueSource(strings = {"KYIV (Example Wire) — ", "NEW YORK, March 3 - ", "ADDIS ABABA, Ethiopia — ",
      "TAIPEI/BEIJING, April 8 (Example Wire) - "})
  void datelineForms(String dateline) {
    assertEquals(dateline.length(), Layout.datelineLength(dateline + "Officials said on Monday."));
  }

  @Test
  void storyAfterTheDatelineIsParsedOnItsOwn() {
    // the adapter parses dateline and story apart: the story's verb is a root, not a "dep" of the city
    AnnotatedDoc doc = Fixtures.doc("dateline-wire-story");
    SentenceGraph g = new SentenceGraph(doc.sentences().get(0));
    assertEquals(-1, g.head(Fixtures.token(g, "struck")));
    assertEquals(-1, g.head(Fixtures.token(g, "BEIRUT")));
    assertFalse(g.dominates(Fixtures.token(g, "struck"), Fixtures.token(g, "BEIRUT")));
  }

  @Test
  void datelineTokensAreMarked() {
    AnnotatedDoc doc = Fixtures.doc("dateline-wire-story");
    ArticleContext a = new ArticleContext(doc);
    new MentionScanner(new ActorResolver(Fixtures.knowledge())).scan(a);
    SentenceGraph g = a.graphs.get(0);
    BitSet dateline = a.datelineTokens(0);
    for (String w : List.of("BEIRUT", "Jan", "4", "Example", "Wire", "-")) assertTrue(dateline.get(Fixtures.token(g, w)), w);
    for (String w : List.of("Israeli", "warplanes", "struck")) assertFalse(dateline.get(Fixtures.token(g, w)), w);
    assertTrue(a.datelineTokens(1).isEmpty(), "only the first sentence of a paragraph can carry a dateline");
  }

  @Test
  void datelineCityIsNeverAnActor() {
    AnnotatedDoc doc = Fixtures.doc("dateline-wire-story");
    var events = Fixtures.coder().code(doc);
    assertFalse(events.isEmpty());
    for (var e : events) {
      for (var actor : java.util.Arrays.asList(e.source(), e.target(), e.attributedTo())) {
        if (actor != null && actor.span() != null) assertTrue(actor.span().start() >= "BEIRUT, Jan 4 (Example Wire) - ".length(), actor.toString());
      }
    }
  }
}
