package harbinger.coding;

import org.junit.jupiter.api.Test;

/**
 * Rows of {@code 01-08-cooperation-kinds-s16.tsv} and the firm-investment and leisure-trip filters on real parses of
 * new sentences ({@code golden/stages/coop-kinds-16.txt}): the cooperation-side kinds that blind round 15 showed
 * missing, and two kinds of negatives (a firm's investment pledge, a pop star's tour) that coded as intents and visits.
 */
class CoopKindsSixteenTest {
  private static final String CASE = "coop-kinds-16";

  @Test
  void voicingSorrowIsEmpathy() { Fixtures.assertTriple(CASE, "voicing his deep sorrow", "", "018", ""); }

  @Test
  void standingAtACoffinIsASymbolicAct() { Fixtures.assertTriple(CASE, "stood at the coffin", "", "017", ""); }

  @Test
  void beggingForFoodAndTentsAppealsForHumanitarianAid() { Fixtures.assertTriple(CASE, "beg donors for food", "", "0233", ""); }

  @Test
  void applyingToTheImfForALoanAppealsForEconomicAid() { Fixtures.assertTriple(CASE, "applied to the International", "", "0231", ""); }

  @Test
  void unveilingAPackageOfAssistanceIsAnIntentToGiveAid() { Fixtures.assertTriple(CASE, "unveiled a package", "", "0331", ""); }

  @Test
  void wouldRelaxSanctionsIsAnIntentToEaseSanctions() { Fixtures.assertTriple(CASE, "would relax some sanctions", "", "0354", ""); }

  @Test
  void payingTributeAsAGreatChampionPraises() { Fixtures.assertTriple(CASE, "paid tribute to the late", "", "051", ""); }

  @Test
  void flyingASuspectToFaceTrialIsJudicialCooperation() { Fixtures.assertTriple(CASE, "flew a wanted drug", "", "063", ""); }

  @Test
  void throwingOpenCrossingsToTradeCooperatesEconomically() { Fixtures.assertTriple(CASE, "threw open their border", "", "061", ""); }

  @Test
  void feedingForcesIntelligenceSharesIntelligence() { Fixtures.assertTriple(CASE, "feeding Ukrainian forces", "", "064", ""); }

  @Test
  void anEmbassyShelteringADissidentGrantsAsylum() { Fixtures.assertTriple(CASE, "is sheltering an Iranian", "", "075", ""); }

  @Test
  void lettingASeizedTankerSailReleasesProperty() { Fixtures.assertTriple(CASE, "let the seized Venezuelan tanker", "", "0842", ""); }

  @Test
  void handedOverByHisCaptorsIsAReleaseOfAPerson() { Fixtures.assertTriple(CASE, "handed over to Nigerian police", "", "0841", ""); }

  @Test
  void agreeingToSilenceTheGunsIsACeasefire() { Fixtures.assertTriple(CASE, "silence their guns", "", "0871", ""); }

  @Test
  void bowingToProtestsAndResigningAccedesToAChangeOfLeader() { Fixtures.assertTriple(CASE, "bowed to weeks of street", "", "0831", ""); }

  @Test
  void inspectorsWhoWentBackAreReceived() { Fixtures.assertTriple(CASE, "went back to the nuclear", "", "0862", ""); }

  @Test
  void leadersWhoSatDownTogetherMeet() { Fixtures.assertTriple(CASE, "sat down together", "", "044", ""); }

  @Test
  void aTrainTestingAReconnectedLineCooperatesEconomically() { Fixtures.assertTriple(CASE, "freight train crossed", "", "061", ""); }

  @Test
  void aCarmakersInvestmentPledgeIsNoEvent() { Fixtures.assertNoTriples(CASE, "carmaker Fiat pledged"); }

  @Test
  void aPopSingersTourIsNoVisit() { Fixtures.assertNoTriples(CASE, "arrived in Berlin to begin her world tour"); }
}
