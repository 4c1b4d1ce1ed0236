package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Actor;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorPairsTest {
  private static ActorResolver.Resolved gov(String country) {
    return new ActorResolver.Resolved(new Actor(country + " government", country + "GOV", country, List.of("GOV"), null, null),
        Discourse.Kind.GROUP, false, null);
  }

  @Test
  void mutualActWithoutTargetPairsEachSourceWithTheOtherInBothDirections() {
    List<Actor[]> pairs = ActorPairs.pairs(List.of(gov("USA"), gov("RUS")), List.of(), true);
    assertEquals(2, pairs.size());
    assertEquals("USAGOV", pairs.get(0)[0].code());
    assertEquals("RUSGOV", pairs.get(0)[1].code());
    assertEquals("RUSGOV", pairs.get(1)[0].code());
  }

  @Test
  void oneSidedActPairsEverySourceWithEveryTarget() {
    List<Actor[]> pairs = ActorPairs.pairs(List.of(gov("USA"), gov("FRA")), List.of(gov("IRN")), false);
    assertEquals(2, pairs.size());
    assertTrue(pairs.stream().allMatch(p -> p[1].code().equals("IRNGOV")));
  }

  @Test
  void partyActingOnItselfKeepsItsActWithoutTarget() {
    Actor grc = gov("GRC").actor();
    List<Actor[]> pairs = ActorPairs.withoutSelfPairs(List.<Actor[]>of(new Actor[] {grc, grc}));
    assertEquals(1, pairs.size());
    assertEquals("GRCGOV", pairs.get(0)[0].code());
    assertNull(pairs.get(0)[1]);
  }

  private static Actor mention(String text, String code, int start) {
    return named(text, code, start, null);
  }

  private static Actor named(String text, String code, int start, String name) {
    return new Actor(text, code, code.substring(0, 3), List.of(), name, new harbinger.model.Span(start, start + text.length()));
  }

  @Test
  void aKnownPersonSharingACodeWithAnotherPartyStillActsOnIt() {
    Actor mayor = mention("The mayor of Istanbul", "TURGOV", 0);
    Actor president = named("President Erdogan", "TURGOV", 33, "Recep Tayyip Erdogan");
    List<Actor[]> pairs = ActorPairs.withoutSelfPairs(List.<Actor[]>of(new Actor[] {mayor, president}));
    assertEquals("President Erdogan", pairs.get(0)[1].text());
  }

  @Test
  void aPartyNamedByProperWordsIsNotTheSourceItself() {
    assertTrue(!ActorPairs.sameEntity(mention("Catalan leaders", "ESPGOV", 0), mention("Madrid", "ESPGOV", 30)));
    assertTrue(!ActorPairs.sameEntity(mention("The Labour Party", "GBRPTY", 0), mention("the Conservatives", "GBRPTY", 30)));
  }

  @Test
  void twoUnnamedGroupsOfOneCodeAreOneParty() {
    Actor ministry = mention("Azerbaijan's defence ministry", "AZEMIL", 0);
    List<Actor[]> pairs = ActorPairs.withoutSelfPairs(List.<Actor[]>of(new Actor[] {ministry, mention("military sites", "AZEMIL", 60)}));
    assertNull(pairs.get(0)[1]);
  }

  @Test
  void aPronounOrTheSameWordsAreThePartyItself() {
    Actor greece = mention("Greece", "GRC", 0);
    assertTrue(ActorPairs.sameEntity(greece, mention("its", "GRC", 40)));
    assertTrue(ActorPairs.sameEntity(greece, mention("Greece", "GRC", 60)));
    assertTrue(ActorPairs.sameEntity(greece, new Actor("Greece (implied)", "GRC", "GRC", List.of(), null, null)));
    assertTrue(!ActorPairs.sameEntity(greece, mention("Athens residents", "GRCCVL", 60)));
  }

  @Test
  void governmentMeasureWithoutTargetFallsOnItsOwnCountry() {
    var type = harbinger.ontology.CameoOntologies.loadDefault().find("172").orElseThrow();
    List<ActorResolver.Resolved> targets = ActorPairs.domesticTarget(type, List.of(gov("HTI")));
    assertEquals("HTI", targets.get(0).actor().code());
  }
}
