package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Actor;
import harbinger.model.Event;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * How the coder codes parties described in ways the blind actor probes of session 5 showed it missed, on real
 * parses of one-line examples written for this test ({@code golden/stages/actors-descriptions.txt}, published
 * 2010-06-15): heads of international bodies, multi-word capitals and adjectives, names the tagger splits or
 * misses, installations named by their force, parties placed by the other side of a domestic event, documents
 * that act, and weapons aimed at a capital.
 */
class ActorDescriptionsTest {

  private static List<Event> eventsOf(String fragment) { return Fixtures.eventsIn("actors-descriptions", fragment); }

  private static String code(Actor a) { return Fixtures.code(a); }

  /** Some event of the sentence has a source code starting with {@code source} and a target starting with {@code target}. */
  private static void assertCoded(String fragment, String source, String target) {
    List<Event> es = eventsOf(fragment);
    Predicate<Event> ok = e -> code(e.source()).startsWith(source) && (target == null || code(e.target()).startsWith(target));
    assertTrue(es.stream().anyMatch(ok), () -> "expected " + source + " -> " + target + " in '" + fragment + "' but got: "
        + es.stream().map(e -> code(e.source()) + " " + e.cameo() + " " + code(e.target())).collect(Collectors.joining("; ")));
  }

  @Test
  void theHeadOfAnInternationalBodySpeaksForTheBodyWhileInOffice() {
    assertCoded("Ban Ki-moon urged", "IGOUNO", "SDN");           // a recorded name the tagger leaves untagged
    assertCoded("Trichet criticised", "IGOEURBUSECB", "GRC");        // a hyphenated first name split by the tagger
  }

  @Test
  void aFormerHeadOfAnInternationalBodyIsAnEliteOfHisCountry() {
    assertCoded("Javier Solana criticised", "ESPELI", "IRN");
  }

  @Test
  void capitalsAndAdjectivesOfSeveralWordsNameTheirCountry() {
    assertCoded("New Delhi accused", "INDGOV", "PAK");
    assertCoded("Sierra Leonean troops", "SLEMIL", null);
    assertCoded("fired a drone at Abu Dhabi", "YEM", "ARE");     // the aim of a weapon is a party, not a location
  }

  @Test
  void domesticPartiesOfNoCountryTakeTheCountryOfTheOtherSide() {
    assertCoded("at striking dockworkers", "KENCOP", "KENLAB");
    assertCoded("Salvadoran rebels attacked an army garrison", "SLVREB", "SLVMIL");
    assertCoded("Striking miners clashed", "CHLLAB", "CHLCOP");
  }

  @Test
  void installationsAreCodedByTheForceHoldingThem() {
    assertCoded("shelled Eritrean positions", "ETHMIL", "ERIMIL");
  }

  @Test
  void theArmedMenOfAPeopleAreRebelsNotTheirStatesArmy() {
    assertCoded("Tigrayan forces attacked", "ETHREB", "ETHMIL");
  }

  @Test
  void aDocumentActsForTheBodyThatAdoptedIt() {
    assertCoded("resolution condemning Iran", "DEULEG", "IRN");
    assertCoded("law banning the UN agency", "ISRLEG", "IGOUNO"); // no country put in front of an IGO
  }

  @Test
  void aResultativeAdjectiveDoesNotHideTheObject() {
    assertCoded("shot dead a Palestinian gunman", "ISRMIL", "PSE");
  }

  @Test
  void namesWhoseInnerWordsHangOnTheHeadAreFound() {
    assertCoded("Doctors Without Borders accused", "NGO", "SDN");
  }

  @Test
  void aPlaceOwnedByACountryPlacesThePartiesOfNoCountry() {
    assertCoded("Gunmen attacked villagers", "", "NGA");
  }

  @Test
  void theTargetsOfADoerPlacedInACityAreOfThatCitysCountry() {
    assertCoded("Soldiers in Kinshasa fired", "COD", "COD");
  }

  @Test
  void aRecalledEnvoysPostIsTheTarget() {
    assertCoded("Canberra recalled its ambassador", "AUS", "IDN");
  }

  @Test
  void aFlagAdjectiveNamesTheShipsCountry() {
    assertCoded("Panamanian-flagged tanker", "IRN", "PAN");
  }

  @Test
  void peoplesAndRegionsOfOneStateGiveThatStatesCode() {
    assertCoded("shelled Abkhaz separatists", "GEO", "GEO");
    assertCoded("Darfur rebels overran", "SDNREB", "SDNMIL");
  }

  @Test
  void aNamedGroupHoldsItsBase() {
    assertCoded("captured a Tamil Tiger base", "LKAMIL", "LKAREB");
  }

  @Test
  void settlersInTheOccupiedTerritoriesAreIsraeli() {
    assertCoded("Jewish settlers attacked", "ISR", "PSE");
  }

  @Test
  void leadersOfAFaithAreReligiousActorsOfTheStateTheyAccuse() {
    assertCoded("Sunni leaders accused", "IRQREL", "IRQGOV");
  }

  @Test
  void aGeneralStrikeIsNoArmy() {
    List<Event> es = eventsOf("threatened a general strike");
    assertTrue(es.stream().noneMatch(e -> code(e.target()).endsWith("MIL")), () -> "a strike coded as an army: " + es.size());
  }
}
