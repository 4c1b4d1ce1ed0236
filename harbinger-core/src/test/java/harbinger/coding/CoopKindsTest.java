package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Troops sent abroad to keep order (074, not a visit), things received from a giver (the giver is the source), and
 * firms buying or rescuing firms (no event, while a government buying a stake stays one). On real parses of sentences
 * written for this test ({@code golden/stages/coop-kinds-8.txt}).
 */
class CoopKindsTest {
  private static List<String> events(String fragment) { return Fixtures.triples("coop-kinds-8", fragment); }

  private static boolean has(List<String> p, String regex) { return p.stream().anyMatch(x -> x.matches(regex)); }

  @Test
  void troopsLandingToRestoreOrderProvideProtectionRatherThanVisit() {
    List<String> p = events("restore order");
    assertTrue(has(p, "\\S+ 074 \\S+") && !has(p, "\\S+ 042 \\S+"), p.toString());
  }

  @Test
  void soldiersSentToProtectCiviliansProvideProtection() {
    List<String> p = events("protect civilians");
    assertTrue(has(p, "GHA\\S* 074 LBR\\S*") && !has(p, "\\S+ 154 \\S+"), p.toString());
  }

  @Test
  void marinesThatLandAndAttackAreNoPeacekeepers() {
    List<String> p = events("rebel camp");
    assertTrue(!has(p, "\\S+ 074 \\S+") && has(p, "MYS\\S* 19\\S* \\S+"), p.toString());
  }

  @Test
  void riflesReceivedFromAGiverAreTheGiversMilitaryAid() {
    assertTrue(has(events("shipment of rifles"), "FRA\\S* 072 TCD\\S*"), events("shipment of rifles").toString());
  }

  @Test
  void assurancesReceivedAreTheGiversIntentToCooperate() {
    assertTrue(has(events("assurances"), "JPN\\S* 03\\S* PHL\\S*"), events("assurances").toString());
  }

  @Test
  void aidReceivedWithoutQualifierIsTheGiversAid() {
    assertTrue(has(events("received aid"), "VEN\\S* 07\\S* HTI\\S*"), events("received aid").toString());
  }

  @Test
  void aFundRescuingAFirmIsNoEvent() {
    assertTrue(events("equity fund").isEmpty(), events("equity fund").toString());
  }

  @Test
  void aGovernmentBuyingAStakeStaysEconomicCooperation() {
    assertTrue(has(events("40 percent stake"), "NLD\\S* 06\\S* \\S+"), events("40 percent stake").toString());
  }

  @Test
  void aFirmAcquiringAStakeInAnotherFirmIsNoEvent() {
    assertTrue(events("Taiwanese rival").isEmpty(), events("Taiwanese rival").toString());
  }
}
