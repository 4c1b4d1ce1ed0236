package harbinger.coding;

import org.junit.jupiter.api.Test;

/**
 * Rows of {@code 01-08-cooperation-kinds-s17.tsv} and the lexicon's {@code subj+} condition ({@link SubjectPhrase}) on
 * real parses of new sentences ({@code golden/stages/coop-kinds-17.txt}): the cooperation-side kinds that blind round
 * 16 showed missing, and negatives (a firm's money committed to a smelter, an agreement still to come).
 */
class CoopKindsSeventeenTest {
  private static final String CASE = "coop-kinds-17";

  @Test
  void griefConveyedInATelegramIsEmpathy() { Fixtures.assertTriple(CASE, "conveying the grief", "", "018", ""); }

  @Test
  void filingThroughTownToMarkYearsSinceIsASymbolicAct() { Fixtures.assertTriple(CASE, "to mark ten years", "", "017", ""); }

  @Test
  void dollarsCommittedTowardRebuildingAreAnIntentToGiveAid() { Fixtures.assertTriple(CASE, "toward the rebuilding", "", "0331", ""); }

  @Test
  void beingInContactWithConsults() { Fixtures.assertTriple(CASE, "in contact with the kidnappers", "", "04", ""); }

  @Test
  void lobbyingGovernmentsToVoteForACandidateRalliesSupport() { Fixtures.assertTriple(CASE, "to vote for its foreign", "", "053", ""); }

  @Test
  void theHandOfForgivenessForgives() { Fixtures.assertTriple(CASE, "hand of forgiveness", "", "056", ""); }

  @Test
  void putOnAPlaneByAuthoritiesIsJudicialCooperation() { Fixtures.assertTriple(CASE, "put on a plane to Rome", "", "063", ""); }

  @Test
  void handingProsecutorsRecordingsSharesInformation() { Fixtures.assertTriple(CASE, "recordings linked to the murder", "", "064", ""); }

  @Test
  void policeWorkingTogetherAgainstSmugglingCooperate() { Fixtures.assertTriple(CASE, "worked together from a joint", "", "06", ""); }

  @Test
  void aConvoyCarryingFlourRollingInIsHumanitarianAid() { Fixtures.assertTriple(CASE, "convoy of Red Cross", "", "073", ""); }

  @Test
  void revokingAnEmbargoEasesIt() { Fixtures.assertTriple(CASE, "revoked its arms embargo", "", "085", ""); }

  @Test
  void peacekeepingTroopsFanningOutProvidePeacekeeping() { Fixtures.assertTriple(CASE, "fanned out across the northern", "", "074", ""); }

  @Test
  void agreeingToStopFiringIsACeasefire() { Fixtures.assertTriple(CASE, "agreed to stop firing", "", "0871", ""); }

  @Test
  void anAgreementStillToComeIsNoCeasefire() {
    Fixtures.assertNoEvent(CASE, "would agree to stop firing", "0871", e -> e.cameo().startsWith("0871"));
  }

  @Test
  void aFirmsMoneyForASmelterIsNoAid() {
    Fixtures.assertNoEvent(CASE, "mining company committed", "0331", e -> e.cameo().startsWith("0331"));
  }
}
