package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session-11 false alarms through the whole coder on real parses of sentences written for this test
 * ({@code golden/stages/false-alarms-11.txt}): police and court cases between private persons ({@link PrivateCases}),
 * firms' demands ({@link FirmDisputes}), sports stories ({@link SportsSenses#story}), history of past centuries
 * ({@link HistoryLessons}), figures of force against rivals and markets ({@link FigurativeForce}) and critics' praise
 * (the shared private-person nouns of {@link PrivateWords}); each kind with a political control that stays an event.
 */
class FalseAlarms11Test {
  private static final String FIXTURE = "false-alarms-11";

  private static List<Event> events(String fragment) {
    return Fixtures.eventsIn(FIXTURE, fragment);
  }

  private static void none(String fragment) {
    List<Event> es = events(fragment);
    assertTrue(es.isEmpty(), () -> fragment + ": " + es);
  }

  private static void some(String fragment, String root) {
    List<Event> es = events(fragment);
    assertTrue(es.stream().anyMatch(e -> e.cameo().startsWith(root)), () -> fragment + ": expected " + root + " in " + es);
  }

  @Test
  void anArrestForAPrivateTheftIsNoEvent() {
    none("two men for stealing phones");
  }

  @Test
  void anArrestOfOppositionActivistsStaysAnArrest() {
    some("two opposition activists", "173");
  }

  @Test
  void aSentenceForAPrivateQuarrelIsNoEvent() {
    none("jailed a baker");
  }

  @Test
  void aSentenceForInsultingTheKingStaysAnArrest() {
    some("jailed a blogger", "17");
  }

  @Test
  void aKillingOverAFareIsNoEventEvenWhenPoliceReportIt() {
    none("A taxi driver in Quito");
  }

  @Test
  void gunmenKillingAPoliceOfficerStillUseForce() {
    List<Event> es = events("shot dead a police officer");
    assertTrue(es.stream().anyMatch(e -> e.cameo().startsWith("18") || e.cameo().startsWith("19")), es::toString);
  }

  @Test
  void policeInvestigatingABlazeIsNoEvent() {
    none("timber yard");
  }

  @Test
  void policeInvestigatingAnArsonAttackOnAPartyStaysAnInvestigation() {
    some("arson attack", "09");
  }

  @Test
  void aFundDemandingAChairmansResignationIsNoEvent() {
    none("hedge fund");
  }

  @Test
  void theOppositionDemandingAMinistersResignationStaysADemand() {
    some("resignation of the finance minister", "10");
  }

  @Test
  void aSportsFederationBanningAPlayerIsNoEvent() {
    none("tennis federation");
  }

  @Test
  void policeFiringTearGasAtFootballFansWhoProtestStaysAnEvent() {
    assertTrue(!events("football fans protesting").isEmpty());
  }

  @Test
  void aSiegeInThe12thCenturyIsHistory() {
    none("twelfth century");
  }

  @Test
  void aSiegeLastMarchIsNews() {
    assertTrue(!events("In March the rebels").isEmpty());
  }

  @Test
  void warOnRivalsAndSeizingMarketShareAreFigures() {
    none("discount rivals");
    none("market share");
  }

  @Test
  void aCriticPraisingADesignerIsNoEventButTheOppositionPraisingTheArmyIs() {
    none("fashion critic");
    some("opposition leader praised", "051");
  }
}
