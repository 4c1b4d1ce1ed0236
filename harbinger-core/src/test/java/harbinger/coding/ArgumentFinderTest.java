package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * {@link ArgumentFinder} on real parses ({@code golden/stages/arguments.doc.json}): which head tokens become
 * source and target for active and passive verbs, controlled infinitives, conjuncts, participles, relative
 * clauses and noun triggers. Triggers come from the real {@link TriggerFinder}.
 */
class ArgumentFinderTest {
  private static final String FIXTURE = "arguments";
  private final TriggerFinder triggers = new TriggerFinder(Fixtures.lexicon());
  private final ArgumentFinder finder = new ArgumentFinder();

  private record Found(SentenceGraph g, Arguments args) {
    List<String> sources() { return Fixtures.words(g, args.sources()); }
    List<String> targets() { return Fixtures.words(g, args.targets()); }
  }

  private Found argumentsOf(String fragment, String triggerWord) {
    SentenceGraph g = Fixtures.graph(FIXTURE, fragment);
    int i = Fixtures.token(g, triggerWord);
    for (Trigger t : triggers.find(g)) if (t.token() == i) return new Found(g, finder.find(g, t));
    return fail("no trigger at '" + triggerWord + "' in: " + g.sentence().text());
  }

  @Test
  void activeVerbTakesSubjectAsSourceAndObjectAsTarget() {
    Found f = argumentsOf("Venezuela expelled the Spanish", "expelled");
    assertEquals(List.of("Venezuela"), f.sources());
    assertEquals(List.of("ambassador"), f.targets());
    assertFalse(f.args().passive());
  }

  @Test
  void passiveVerbTakesByAgentAsSourceAndSubjectAsTarget() {
    Found f = argumentsOf("was expelled by Venezuela", "expelled");
    assertEquals(List.of("Venezuela"), f.sources());
    assertEquals(List.of("ambassador"), f.targets());
    assertTrue(f.args().passive());
  }

  @Test
  void infinitiveTakesTheGoverningObjectAsSubject() {
    Found f = argumentsOf("asked Poland to send", "send");
    assertEquals(List.of("Poland"), f.sources());
  }

  @Test
  void infinitiveWithoutGoverningObjectTakesTheGoverningSubject() {
    Found f = argumentsOf("Iran promised to free", "free");
    assertEquals(List.of("Iran"), f.sources());
    assertEquals(List.of("sailors"), f.targets());
  }

  @Test
  void coordinatedSubjectsAreAllSources() {
    Found f = argumentsOf("Kenya and Uganda condemned", "condemned");
    assertEquals(List.of("Kenya", "Uganda"), f.sources());
  }

  @Test
  void conjoinedVerbInheritsTheFirstVerbsSubject() {
    Found f = argumentsOf("stormed the town and killed", "killed");
    assertEquals(List.of("Rebels"), f.sources());
    assertEquals(List.of("villagers"), f.targets());
  }

  @Test
  void activeParticipleModifierMakesTheModifiedNounTheDoer() {
    Found f = argumentsOf("activists protesting outside", "protesting");
    assertEquals(List.of("activists"), f.sources());
    assertEquals(List.of(), f.targets());
  }

  @Test
  void relativePronounStandsForTheModifiedNoun() {
    Found f = argumentsOf("rebels who attacked", "attacked");
    assertEquals(List.of("rebels"), f.sources());
    assertEquals(List.of("convoy"), f.targets());
  }

  @Test
  void nounPossessorIsSourceAndOnModifierIsTarget() {
    Found f = argumentsOf("Russia's attack on Ukraine", "attack");
    assertEquals(List.of("Russia"), f.sources());
    assertEquals(List.of("Ukraine"), f.targets());
  }

  @Test
  void nounByModifierIsSource() {
    Found f = argumentsOf("attack by Houthi rebels", "attack");
    assertEquals(List.of("rebels"), f.sources());
    assertEquals(List.of("tanker"), f.targets());
  }

  @Test
  void nounBetweenTwoPartiesGivesOneAsSourceAndTheOtherAsTarget() {
    Found f = argumentsOf("Talks between Israel and Lebanon", "Talks");
    assertEquals(List.of("Israel"), f.sources());
    assertEquals(List.of("Lebanon"), f.targets());
  }

  @Test
  @Disabled("coder bug: a gerund parsed as VBG ('Fighting between Armenia and Azerbaijan resumed') goes through "
      + "verbArguments, which has no 'between' rule, so the event has no actors and is dropped")
  void gerundBetweenTwoPartiesGivesBoth() {
    Found f = argumentsOf("Fighting between Armenia", "Fighting");
    assertEquals(List.of("Armenia"), f.sources());
    assertEquals(List.of("Azerbaijan"), f.targets());
  }

  @Test
  void datesAreNeverObliqueArguments() {
    SentenceGraph g = Fixtures.graph("dates", "talks on Monday");
    assertNull(ArgumentFinder.obliqueWith(g, Fixtures.token(g, "hosted"), List.of("on")));
  }

  @Test
  void expandAddsCoordinatedNounsButNotNumbers() {
    SentenceGraph g = Fixtures.graph(FIXTURE, "Kenya and Uganda condemned");
    assertEquals(List.of("Kenya", "Uganda"), Fixtures.words(g, finder.expand(g, Fixtures.token(g, "Kenya"))));
    SentenceGraph dates = Fixtures.graph("dates", "talks on Monday");
    assertEquals(List.of(), finder.expand(dates, Fixtures.token(dates, "Monday")));
    assertEquals(List.of(), finder.expand(dates, null));
  }
}
