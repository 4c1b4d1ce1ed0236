package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Actor;
import harbinger.model.AnnotatedDoc;
import harbinger.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "He" and "she" after a person the actor data does not know (a named stranger), on the real parse of short stories
 * written for this test ({@code golden/stages/strangers.txt}, one story per paragraph, each opening with a known
 * leader): the nearest person wins even when nobody can code it, so the pronoun has no actor rather than the older
 * known leader's; controls where the leader is the previous subject, the stranger only an object or only named
 * inside a quote, and a stranger whose description gives a code. Also the same choice on a hand-built discourse.
 */
class StrangerPronounsTest {
  private static final String CASE = "strangers";

  /** The code "He"/"She" (first such word) resolves to in the fixture sentence containing {@code fragment}, or "-". */
  private static String pronoun(String fragment, String word) {
    AnnotatedDoc doc = Fixtures.doc(CASE);
    ArticleContext a = new ArticleContext(doc);
    ActorResolver resolver = new ActorResolver(Fixtures.knowledge());
    new MentionScanner(resolver).scan(a);
    int s = Fixtures.sentence(doc, fragment);
    SentenceGraph g = Fixtures.graph(CASE, fragment);
    var ctx = new ActorResolver.Context(s, a.published, a.discourse, ActorResolver.CapitalAs.GOVERNMENT, null);
    return resolver.resolve(g, Fixtures.token(g, word), ctx).map(r -> r.actor().code()).orElse("-");
  }

  @Test
  void heAfterAStrangerAsSubjectIsNotTheOlderKnownLeader() {
    assertEquals("-", pronoun("He said the closure", "He"));
  }

  @Test
  void sheAfterAStrangerWithACourtesyTitleIsNotTheOlderKnownLeader() {
    assertEquals("-", pronoun("She warned that bread prices", "She"));
  }

  @Test
  void aChainOfPronounsAfterAStrangerStaysWithTheStranger() {
    assertEquals("-", pronoun("He accused the government", "He"));
    assertEquals("-", pronoun("He added that milk prices", "He"));
  }

  @Test
  void heAfterTheKnownLeaderAsSubjectWithTheStrangerOnlyAnObjectIsTheLeader() {
    assertEquals("USAGOV", pronoun("He said the health law", "He"));
  }

  @Test
  void aStrangerNamedOnlyInsideAQuoteDoesNotBlockTheLeaderWhoSpoke() {
    assertEquals("USAGOV", pronoun("He promised new help", "He"));
  }

  @Test
  void heAfterAPersonCodedByHisDescriptionTakesThatCodeNotTheLeaders() {
    String he = pronoun("He urged the European Central Bank", "He");
    assertNotEquals("DEUGOV", he);
    AnnotatedDoc doc = Fixtures.doc(CASE);
    ArticleContext a = new ArticleContext(doc);
    ActorResolver resolver = new ActorResolver(Fixtures.knowledge());
    new MentionScanner(resolver).scan(a);
    int s = Fixtures.sentence(doc, "Senator John Hadley");
    SentenceGraph g = Fixtures.graph(CASE, "Senator John Hadley");
    var ctx = new ActorResolver.Context(s, a.published, a.discourse, ActorResolver.CapitalAs.GOVERNMENT, null);
    String named = resolver.resolve(g, Fixtures.token(g, "Hadley"), ctx).map(r -> r.actor().code()).orElse("-");
    assertEquals(named, he);
  }

  @Test
  void aQuoteSaidByHeAfterAStrangerHasNoActorButOneSaidAfterTheLeaderHasTheLeaders() {
    List<Quote> quotes = QuoteExtractor.createDefault().extract(Fixtures.doc(CASE));
    Quote stranger = Fixtures.quoteContaining(quotes, "the closure had cost");
    assertEquals("He", stranger.speakerText());
    assertNull(stranger.speaker(), () -> "got " + stranger.speaker());
    Quote leader = Fixtures.quoteContaining(quotes, "the health law would protect");
    assertEquals("USAGOV", leader.speaker() == null ? "-" : leader.speaker().code());
  }

  // the same choices on a hand-built discourse, independent of the parser

  private static final Actor LEADER = new Actor("Obama", "USAGOV", "USA", List.of("GOV"), "Barack Obama", null);

  private static Discourse leaderInFirstSentence() {
    Discourse d = new Discourse();
    d.add(new Discourse.Entry(0, 1, LEADER, Discourse.Kind.PERSON, false, "president", true));
    return d;
  }

  @Test
  void aStrangerSubjectOfTheNearerSentenceHidesTheLeader() {
    Discourse d = leaderInFirstSentence();
    d.addStranger(1, 1, true);
    assertTrue(d.antecedent("he", 2, 0).isEmpty());
  }

  @Test
  void aStrangerObjectAfterTheLeaderAsSubjectOfTheSameSentenceLeavesTheLeader() {
    Discourse d = new Discourse();
    d.add(new Discourse.Entry(1, 0, LEADER, Discourse.Kind.PERSON, false, "president", true));
    d.addStranger(1, 3, false);
    assertEquals("USAGOV", d.antecedent("she", 2, 0).map(e -> e.actor().code()).orElse("-"));
  }

  @Test
  void aStrangerBeforeTheLeaderHidesNothing() {
    Discourse d = new Discourse();
    d.addStranger(0, 1, true);
    d.add(new Discourse.Entry(2, 0, LEADER, Discourse.Kind.PERSON, false, "president", true));
    assertEquals("USAGOV", d.antecedent("he", 4, 0).map(e -> e.actor().code()).orElse("-"));
  }

  @Test
  void theNearestPersonOfTheSameSentenceWinsWhetherKnownOrNot() {
    Discourse d = new Discourse();
    d.add(new Discourse.Entry(1, 0, LEADER, Discourse.Kind.PERSON, false, "president", true));
    d.addStranger(1, 4, false);
    assertTrue(d.antecedent("his", 1, 6).isEmpty());
    assertEquals("USAGOV", d.antecedent("his", 1, 2).map(e -> e.actor().code()).orElse("-"));
  }

  @Test
  void theyIsNotAffectedByStrangers() {
    Discourse d = new Discourse();
    Actor group = new Actor("protesters", "USAOPP", "USA", List.of("OPP"), null, null);
    d.add(new Discourse.Entry(0, 1, group, Discourse.Kind.GROUP, true, null, true));
    d.addStranger(1, 1, true);
    assertEquals("USAOPP", d.antecedent("they", 2, 0).map(e -> e.actor().code()).orElse("-"));
  }
}
