package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words of force in a figure ({@link FigurativeForce}), acts told by a work of art ({@link Depictions}), accidents
 * ({@link NaturalCauses}), crimes by kin ({@link PrivateCrimes}) and bare acts done to a private person
 * ({@link PrivatePersons}) are no events; each has a control that stays. On real parses of sentences written for this
 * test ({@code golden/stages/figures-and-accidents.txt}).
 */
class FiguresAndAccidentsTest {
  private static final String STAGE = "figures-and-accidents";

  private static List<String> events(String fragment) {
    return Fixtures.triples(STAGE, fragment);
  }

  private static boolean force(List<String> triples) {
    return triples.stream().anyMatch(t -> t.matches(".* (17|18|19|20)\\d* .*"));
  }

  @Test
  void aWarOnRedTapeIsNoEvent() {
    assertTrue(events("war on red tape").isEmpty(), events("war on red tape").toString());
  }

  @Test
  void aWarOnACountryStaysForce() {
    List<String> p = events("declared war on Peru");
    assertTrue(force(p), p.toString());
  }

  @Test
  void anAssaultOnAMarketIsNoEvent() {
    assertTrue(events("Argentine market").isEmpty(), events("Argentine market").toString());
  }

  @Test
  void aDrugAttackingBacteriaIsNoEvent() {
    assertTrue(events("attacks the bacteria").isEmpty(), events("attacks the bacteria").toString());
  }

  @Test
  void aCurrencyUnderAttackIsNoEvent() {
    assertTrue(events("foreign speculators").isEmpty(), events("foreign speculators").toString());
  }

  @Test
  void rebelsUnderAttackStayForce() {
    List<String> p = events("government helicopters");
    assertTrue(force(p), p.toString());
  }

  @Test
  void aMusicalDepictingAStormingIsNoEvent() {
    assertTrue(events("musical depicts").isEmpty(), events("musical depicts").toString());
  }

  @Test
  void aReportDescribingTortureKeepsTheTorture() {
    List<String> p = events("report describes");
    assertTrue(force(p), p.toString());
  }

  @Test
  void aBusCollisionKillingPassengersIsNoEvent() {
    assertFalse(force(events("collided with a lorry")), events("collided with a lorry").toString());
  }

  @Test
  void anExplosionAtAChemicalFactoryIsNoEvent() {
    assertFalse(force(events("chemical factory")), events("chemical factory").toString());
  }

  @Test
  void aBombOutsideAFactoryStaysABombing() {
    List<String> p = events("bomb exploded outside a factory");
    assertTrue(p.stream().anyMatch(t -> t.contains(" 18")), p.toString());
  }

  @Test
  void aDriverKillingCyclistsIsNoEvent() {
    assertFalse(force(events("cyclists")), events("cyclists").toString());
  }

  @Test
  void aKillingByOnesOwnSonIsNoEvent() {
    assertFalse(force(events("his own son")), events("his own son").toString());
  }

  @Test
  void aKillingByRebelsStaysForce() {
    List<String> p = events("by rebels near the border");
    assertTrue(force(p), p.toString());
  }

  @Test
  void aBareArrestOfASchoolboyIsNoEvent() {
    assertTrue(events("shoplifting").isEmpty(), events("shoplifting").toString());
  }
}
