package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Targets named by their tie to another country, by who holds a place, or by what a place was taken from, on real
 * parses of sentences written for this test ({@code golden/stages/related-places.txt}).
 */
class RelatedPlacesTest {
  private static void assertTarget(String fragment, String source, String target) {
    List<String> p = Fixtures.triples("related-places", fragment);
    assertTrue(p.stream().anyMatch(x -> x.startsWith(source) && x.split(" ")[2].startsWith(target)), p.toString());
  }

  /** The code the resolver gives the phrase headed by {@code head} in the fixture sentence containing {@code fragment}. */
  private static String resolved(String fragment, String head) {
    harbinger.model.AnnotatedDoc doc = Fixtures.doc("related-places");
    ArticleContext a = new ArticleContext(doc);
    ActorResolver resolver = new ActorResolver(Fixtures.knowledge());
    new MentionScanner(resolver).scan(a);
    int s = Fixtures.sentence(doc, fragment);
    SentenceGraph g = Fixtures.graph("related-places", fragment);
    var ctx = new ActorResolver.Context(s, a.published, a.discourse, ActorResolver.CapitalAs.GOVERNMENT, null);
    return resolver.resolve(g, Fixtures.token(g, head), ctx).map(r -> r.actor().code()).orElse("-");
  }

  @Test
  void aNeighbourInADirectionIsTheCountryListedThereForThePossessor() {
    assertEquals("ETH", resolved("Kenya accused its northern neighbour", "neighbour"));
    assertEquals("COD", resolved("Rwanda warned its western neighbour", "neighbour"));
  }

  @Test
  void theFormerColonialPowerOfTheCountryNamedBeforeResolvesWithoutAnEvent() {
    assertEquals("FRA", resolved("Senegal asked the former colonial power", "power"));
    assertEquals("PRT", resolved("Mozambique demanded compensation", "ruler"));
  }

  @Test
  void theFormerColonialPowerIsTheRulerOfTheCountryNamedBefore() {
    assertTarget("Senegal asked the former colonial power", "SEN", "FRA");
    assertTarget("Mozambique demanded compensation", "MOZ", "PRT");
  }

  @Test
  void aPlaceHeldOrControlledByAPartyIsThatParty() {
    assertTarget("Turkish artillery shelled positions", "TUR", "SYR");
    assertTarget("bombed villages controlled by the Karen", "", "MMR");
  }

  @Test
  void aNamedBodyCompoundedWithAPlaceHoldsItBeforeWhereItLies() {
    assertTarget("stormed an African Union camp", "", "IGO");
  }

  @Test
  void aPlaceTakenFromAPartyMakesThatPartyTheTarget() {
    assertTarget("captured the town of Fuzuli", "AZE", "ARM");
  }

  @Test
  void aMissileFiredOverACountryIsAimedAtIt() {
    assertTarget("fired two missiles over northern Japan", "PRK", "JPN");
  }

  @Test
  void aDepotInAnOwnedRegionBelongsToTheOwner() {
    assertTarget("hit a fuel depot", "UKR", "RUS");
  }

  @Test
  void theAddresseeOfAnAppealParsedAsTheSubjectOfItsInfinitiveIsTheTarget() {
    assertTarget("Kenya appealed to Sudan", "KEN", "SDN");
  }

  @Test
  void aNameWhoseFirstWordIsPossessiveIsStillTheBodysName() {
    assertEquals("UGAREBLRA", resolved("Lord's Resistance Army rebels burned", "rebels"));
  }
}
