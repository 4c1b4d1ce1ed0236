package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session-15 cooperation kinds (roots 01-08): claims of responsibility through "their fighters" (the lemma of
 * "their" is "they"), "one of its members" and "its followers were behind" ({@link ClaimedActs}, 015); a that-clause
 * the parser left as a loose "dep" of "assured" is still the verb's context ({@link LooseContentClauses#loose}, 0341); and the
 * rows of {@code 01-08-cooperation-kinds-s15.tsv}: "had no hand in the shooting" (016, but not "no hand in the
 * collapse" of a lender), money pledged for refugees (0333), willingness to sit down signalled (036), "would let ...
 * go home" (0353), "would abide by the court's ruling" (037), "rang President X" (041), "was received by" with the host
 * as source (043), "rallied to X's defence" (052), a customs union coming into force (061), peacekeeping troops flying
 * in to restore order (074), "walked free after ... in captivity" (0841), a truce agreed after talks (0871). On real
 * parses of sentences written for this test ({@code golden/stages/coop-kinds-15.txt}).
 */
class CoopKinds15Test {
  private static final String CASE = "coop-kinds-15";

  private static void assertHas(String fragment, String regex) { Fixtures.assertTripleMatches(CASE, fragment, regex); }

  @Test
  void theirFightersHadAmbushedClaimsTheAmbush() { assertHas("Mahdi Army", "\\S* 015 \\S*"); }

  @Test
  void oneOfItsMembersHadPlantedClaimsTheBomb() { assertHas("Shining Path", "\\S* 015 \\S*"); }

  @Test
  void itsFollowersWereBehindClaimsTheRaids() { assertHas("jihadist network", "\\S* 015 \\S*"); }

  @Test
  void noHandInTheShootingDeniesResponsibility() { assertHas("Angolan government", "AGO\\S* 016 \\S*"); }

  @Test
  void noHandInALendersCollapseIsNoDenial() {
    List<String> p = Fixtures.triples(CASE, "mortgage lender");
    assertFalse(Fixtures.anyMatches(p, "\\S* 016 \\S*"), p.toString());
  }

  @Test
  void moneyPledgedForRefugeesIsHumanitarianAid() { assertHas("Norway pledged", "NOR\\S* 0333 \\S*"); }

  @Test
  void willingnessToSitDownSignalledIsIntentToMeet() { assertHas("signalled his willingness", "GEO\\S* 036 \\S*"); }

  @Test
  void wouldLetNationalsGoHomeIsIntentToRelease() { assertHas("detained British", "IRN\\S* 0353 \\S*"); }

  @Test
  void wouldAbideByTheRulingIsIntentToSettle() { assertHas("abide by", "GUY\\S* 037 \\S*"); }

  @Test
  void rangPresidentIsAPhoneCall() { assertHas("rang President", "FRA\\S* 041 USA\\S*"); }

  @Test
  void receivedByTheHostIsHosting() { assertHas("was received by", "ZAF\\S* 043 IND\\S*"); }

  @Test
  void ralliedToItsDefenceDefendsVerbally() { assertHas("rallied to", "RUS\\S* 052 SRB\\S*"); }

  @Test
  void aCustomsUnionComingIntoForceIsEconomicCooperation() { assertHas("customs union", "\\S* 061 \\S*"); }

  @Test
  void peacekeepingTroopsFlyingInToRestoreOrderKeepThePeace() { assertHas("flew into Freetown", "NGA\\S* 074 \\S*"); }

  @Test
  void walkingFreeAfterCaptivityIsARelease() { assertHas("walked free", "\\S* 0841 \\S*"); }

  @Test
  void aTruceAgreedAfterTalksIsACeasefire() { assertHas("Abkhaz rebels", "\\S* 0871 \\S*"); }

  @Test
  void assuredThatElectionsWouldBeHeldIsIntentToReform() { assertHas("fair elections", "TUN\\S* 0341 \\S*"); }
}
