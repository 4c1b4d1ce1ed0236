package harbinger.coding;

import org.junit.jupiter.api.Test;

/**
 * Session-20 cooperation kinds on real parses of new sentences ({@code golden/stages/coop-kinds-20.txt}): rows of
 * {@code 01-08-cooperation-kinds-s20.tsv} (declining to be drawn is no rejection, keeping silent on reports, appeals to
 * captors to spare a life, partners saying "they" would lift sanctions (an own announcement, {@link Stances}), presiding over talks, courting governments for backing, gas flowing through a pipeline, an
 * interconnector inaugurated, a war-crimes suspect flown to The Hague, a loan's tranche reaching a capital,
 * prisoners of war repatriated, a trade blockade ended); an extradition told by the flight ({@link ExtraditionFlights});
 * asylum granted behind an arrival ({@link AsylumArrivals}); relief ships whose subject the parser misread
 * ({@link AidCraft}); a claim told as sending the gunmen ({@link DispatchedAttackers}); and negatives (a state's
 * ministry sending troops claims nothing; a singer's tour is no visit, {@link PrivateCourtesies}).
 */
class CoopKindsTwentyTest {
  private static final String CASE = "coop-kinds-20";

  @Test
  void decliningToBeDrawnDeclinesComment() {
    Fixtures.assertTriple(CASE, "declined to be drawn", "USA", "011", "");
    Fixtures.assertNoEvent(CASE, "declined to be drawn", "1222", e -> e.cameo().startsWith("122"));
  }

  @Test
  void partnersSayingTheyWouldLiftSanctionsExpressAnIntentToEaseThem() {
    // "they" is left unresolved for the conjoined speaker; it is the speaker's own announcement ({@link Stances})
    Fixtures.assertTriple(CASE, "would lift the sanctions on Fiji", "", "0354", "");
  }

  @Test
  void keepingSilentOnReportsDeclinesComment() { Fixtures.assertTriple(CASE, "kept silent on reports", "EGY", "011", ""); }

  @Test
  void beggingCaptorsToSpareALifeAppealsForRelease() { Fixtures.assertTriple(CASE, "begged his captors", "", "0253", ""); }

  @Test
  void presidingOverPeaceTalksMediates() { Fixtures.assertTriple(CASE, "presided over a new round", "FIN", "045", ""); }

  @Test
  void courtingGovernmentsForBackingRalliesSupport() { Fixtures.assertTriple(CASE, "courting African and Asian", "", "053", ""); }

  @Test
  void gasBeginningToFlowThroughAPipelineIsEconomicCooperation() {
    Fixtures.assertTriple(CASE, "began flowing through a new pipeline", "RUS", "061", "");
  }

  @Test
  void inauguratingAGasInterconnectorIsEconomicCooperation() {
    Fixtures.assertTriple(CASE, "inaugurated a gas interconnector", "HUN", "061", "HRV");
  }

  @Test
  void aSuspectFlownToTheHagueByPoliceIsJudicialCooperation() {
    Fixtures.assertTriple(CASE, "flown to The Hague", "SRB", "063", "");
  }

  @Test
  void aFlightAfterAnExtraditionRulingIsJudicialCooperation() {
    Fixtures.assertTriple(CASE, "flown to Lima after the Chilean", "", "063", "");
    Fixtures.assertNoEvent(CASE, "flown to Lima after the Chilean", "042", e -> e.cameo().startsWith("042"));
  }

  @Test
  void aLoansTrancheReachingACapitalIsEconomicAid() { Fixtures.assertTriple(CASE, "first tranche of the IMF", "", "071", "LKA"); }

  @Test
  void asylumGrantedBehindAnArrivalIsTheGrantNotAVisit() {
    Fixtures.assertTriple(CASE, "granted him asylum", "VEN", "075", "HND");
    Fixtures.assertNoEvent(CASE, "granted him asylum", "042", e -> e.cameo().startsWith("042"));
  }

  @Test
  void shipsLoadedWithReliefDockingBringHumanitarianAid() { Fixtures.assertTriple(CASE, "Turkish navy ships", "", "073", ""); }

  @Test
  void prisonersOfWarRepatriatedAreReleased() { Fixtures.assertTriple(CASE, "were repatriated across", "", "0841", ""); }

  @Test
  void endingATradeBlockadeEasesAnEmbargo() {
    Fixtures.assertTriple(CASE, "ended its trade blockade", "AZE", "085", "ARM");
    Fixtures.assertNoEvent(CASE, "ended its trade blockade", "0872", e -> e.cameo().startsWith("0872"));
  }

  @Test
  void aGroupSayingItSentTheGunmenClaimsTheRaid() { Fixtures.assertTriple(CASE, "sent the gunmen who raided", "", "015", ""); }

  @Test
  void aMinistrySayingItSentTheTroopsClaimsNothing() {
    Fixtures.assertNoEvent(CASE, "sent the troops who stormed", "015", e -> e.cameo().startsWith("015"));
  }

  @Test
  void aSingersTourIsNoVisit() {
    Fixtures.assertNoEvent(CASE, "her Asian tour", "042", e -> e.cameo().startsWith("042"));
  }
}
