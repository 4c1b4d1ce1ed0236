package harbinger.coding;

import org.junit.jupiter.api.Test;

/**
 * Session-19 cooperation kinds on real parses of new sentences ({@code golden/stages/coop-kinds-19.txt}): rows of
 * {@code 01-08-cooperation-kinds-s19.tsv} (no comment offered, appeals by pleading or lobbying coded by what is asked,
 * readiness to thin out forces, promises to move powers between institutions, setting foot on a country's soil,
 * shielding from criticism, warships steaming together, factories of a joint park resuming production,
 * troops fanning out to protect civilians, deposits with a central bank, prisoners walking out of jail, a signed
 * resignation); a visitor greeted at the airport ({@link GreetedVisitors}); a consultation on a summit's sidelines
 * ({@link SummitSidelines} in {@link ThirdPlaces}); planeloads of relief ({@link AidCraft}); a named group's claim
 * through "one of its soldiers" ({@link ClaimedActs}); and negatives (a firm conceding defeat, {@link CommercialDeals};
 * a film received by critics).
 */
class CoopKindsNineteenTest {
  private static final String CASE = "coop-kinds-19";

  @Test
  void offeringNoCommentDeclinesComment() { Fixtures.assertTriple(CASE, "offered no comment", "JOR", "011", ""); }

  @Test
  void lobbyingToEaseAnEmbargoAppealsForEasingSanctions() { Fixtures.assertTriple(CASE, "lobbying European diplomats", "", "0254", ""); }

  @Test
  void pleadingToRushSoldiersAppealsForProtection() { Fixtures.assertTriple(CASE, "rush soldiers", "", "0234", ""); }

  @Test
  void willingToThinOutForcesIsAnIntentToDeescalate() { Fixtures.assertTriple(CASE, "thin out its forces", "ARM", "0356", ""); }

  @Test
  void promisingToTrimPresidentialPowersIsAnIntentToChangeInstitutions() {
    Fixtures.assertTriple(CASE, "trim the powers", "TUN", "0344", "");
  }

  @Test
  void settingFootOnAnotherCountrysSoilIsAVisit() { Fixtures.assertTriple(CASE, "set foot on Pakistani soil", "IND", "042", ""); }

  @Test
  void aVisitorGreetedAtTheAirportMakesAVisitToTheHost() {
    Fixtures.assertTriple(CASE, "greeted at Tehran airport", "TUR", "042", "IRN");
    Fixtures.assertTriple(CASE, "greeted at Tehran airport", "IRN", "043", "TUR");
  }

  @Test
  void conferringOnTheSidelinesOfASummitIsAMeetingAtAThirdPlace() {
    Fixtures.assertTriple(CASE, "on the sidelines of the NATO summit", "SRB", "044", "HRV");
  }

  @Test
  void shieldingAStateFromCriticismDefendsIt() { Fixtures.assertTriple(CASE, "shielding Belarus", "", "052", ""); }

  @Test
  void warshipsSteamingTogetherCooperateMilitarily() { Fixtures.assertTriple(CASE, "steamed together", "", "062", ""); }

  @Test
  void factoriesOfAJointParkResumingProductionIsEconomicCooperation() {
    Fixtures.assertTriple(CASE, "joint industrial park", "", "061", "");
  }

  @Test
  void planeloadsOfTentsLandingAreHumanitarianAid() { Fixtures.assertTriple(CASE, "Planeloads of tents", "JPN", "073", ""); }

  @Test
  void troopsFanningOutToProtectCiviliansProvideProtection() { Fixtures.assertTriple(CASE, "fanned out across Freetown", "", "074", ""); }

  @Test
  void aDepositWithACentralBankIsEconomicAid() { Fixtures.assertTriple(CASE, "placed a $2 billion deposit", "KWT", "071", ""); }

  @Test
  void prisonersWalkingOutOfJailAreReleased() { Fixtures.assertTriple(CASE, "walked out of jail", "", "0841", ""); }

  @Test
  void aSignedResignationYieldsPower() { Fixtures.assertTriple(CASE, "signed his resignation", "BOL", "0831", ""); }

  @Test
  void aNamedGroupSayingOneOfItsSoldiersWasBehindClaimsTheAttack() {
    Fixtures.assertTriple(CASE, "one of its soldiers", "", "015", "");
  }

  @Test
  void aFirmConcedingDefeatYieldsNoPower() {
    Fixtures.assertNoEvent(CASE, "software company conceded", "083", e -> e.cameo().startsWith("083"));
  }

  @Test
  void aFilmReceivedByCriticsIsNoVisit() {
    Fixtures.assertNoEvent(CASE, "film was warmly received", "042", e -> e.cameo().startsWith("042"));
  }
}
