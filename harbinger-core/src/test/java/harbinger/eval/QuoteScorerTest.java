package harbinger.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import harbinger.model.Actor;
import harbinger.model.Quote;
import harbinger.model.Span;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class QuoteScorerTest {
  private static final String TEXT = "The mayor said the bridge will reopen. \"We are ready,\" she added. "
      + "Later, he said the vote was fair. Analysts say growth is slowing.";

  private static Span span(String words) {
    int i = TEXT.indexOf(words);
    if (i < 0) throw new IllegalArgumentException(words);
    return new Span(i, i + words.length());
  }

  private static QuoteArticle.GoldAttribution gold(String id, @Nullable String source, String content) {
    return new QuoteArticle.GoldAttribution(id, source == null ? List.of() : List.of(span(source)), source,
        List.of(span(content)), content);
  }

  private static Quote quote(String content, @Nullable String speaker, @Nullable Actor actor) {
    return new Quote("doc", span(content), content, actor, speaker == null ? null : span(speaker), speaker);
  }

  @Test
  void needsOverlappingContentAndAnOverlappingSpeaker() {
    QuoteArticle a = new QuoteArticle("doc", null, TEXT, List.of(
        gold("E1", "The mayor", "the bridge will reopen"),
        gold("E2", "she", "We are ready,"),
        gold("E3", "Analysts", "growth is slowing"),
        gold("E4", null, "the vote was fair")));
    List<Quote> produced = List.of(
        quote("the bridge will reopen", "mayor", null),
        quote("We are ready", "The mayor", null),
        quote("the vote was fair", "he", null),
        quote("Later", null, null));
    EvalReport r = QuoteScorer.score(List.of(a), Map.of("doc", produced));
    assertEquals(3, r.units(), "attributions without a source are not scored");
    assertEquals(new Score("speaker_accuracy", 1, 3), r.find("speaker_accuracy").orElseThrow());
    assertEquals(new Score("content_recall", 2, 3), r.find("content_recall").orElseThrow());
    assertEquals(new Score("quote_precision", 3, 4), r.find("quote_precision").orElseThrow(), "the no-source gold still counts");
    assertEquals(List.of("wrong speaker", "content not found"), r.errors().stream().map(EvalError::category).toList());
  }

  @Test
  void aSetWithNoAttributionAtAllHasNoQuotePrecision() {
    // a time-expression file: its articles carry no quote annotation, so the quotes found there are not errors
    QuoteArticle a = new QuoteArticle("doc", null, TEXT, List.of());
    EvalReport r = QuoteScorer.score(List.of(a), Map.of("doc", List.of(quote("the vote was fair", "he", null))));
    assertEquals(new Score("quote_precision", 0, 0), r.find("quote_precision").orElseThrow());
    // one annotated article is enough for the produced quotes of the others to count
    QuoteArticle b = new QuoteArticle("other", null, TEXT, List.of(gold("E1", "The mayor", "the bridge will reopen")));
    EvalReport both = QuoteScorer.score(List.of(a, b), Map.of("doc", List.of(quote("the vote was fair", "he", null))));
    assertEquals(new Score("quote_precision", 0, 1), both.find("quote_precision").orElseThrow());
  }

  @Test
  void acceptsASpeakerResolvedToTheNamedPerson() {
    Actor mayor = new Actor("he", "FRAGOV", "FRA", List.of("GOV"), "Anne Hidalgo", span("he"));
    String text = "Mayor Hidalgo spoke. Later, he said the vote was fair.";
    int he = text.indexOf("he said");
    int vote = text.indexOf("the vote");
    Quote q = new Quote("doc", new Span(vote, vote + 17), "the vote was fair", mayor, new Span(he, he + 2), "he");
    var goldRight = new QuoteArticle.GoldAttribution("E1", List.of(new Span(0, 13)), "Mayor Hidalgo",
        List.of(new Span(vote, vote + 17)), "the vote was fair");
    var goldOther = new QuoteArticle.GoldAttribution("E1", List.of(new Span(0, 13)), "Mayor Hidalgos",
        List.of(new Span(vote, vote + 17)), "the vote was fair");
    assertEquals(true, QuoteScorer.namesSpeaker(q, goldRight, text));
    assertEquals(false, QuoteScorer.namesSpeaker(q, goldOther, text), "whole words only");
  }

  @Test
  void acceptsTheAntecedentOfAGoldRelativePronoun() {
    String text = "She met the mayor, who said the vote was fair, and a clerk who said it was not.";
    int who = text.indexOf("who said the");
    int vote = text.indexOf("the vote");
    int mayor = text.indexOf("the mayor");
    int clerk = text.indexOf("a clerk");
    var gold = new QuoteArticle.GoldAttribution("E1", List.of(new Span(who, who + 3)), "who",
        List.of(new Span(vote, vote + 17)), "the vote was fair");
    Quote antecedent = new Quote("doc", new Span(vote, vote + 17), "the vote was fair", null, new Span(mayor, mayor + 9), "the mayor");
    Quote before = new Quote("doc", new Span(vote, vote + 17), "the vote was fair", null, new Span(0, 3), "She");
    Quote after = new Quote("doc", new Span(vote, vote + 17), "the vote was fair", null, new Span(clerk, clerk + 7), "a clerk");
    assertEquals(true, QuoteScorer.namesSpeaker(antecedent, gold, text));
    assertEquals(false, QuoteScorer.namesSpeaker(before, gold, text), "words between the speaker and the pronoun");
    assertEquals(false, QuoteScorer.namesSpeaker(after, gold, text), "a speaker after the pronoun");
  }
}
