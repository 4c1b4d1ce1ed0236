package harbinger.coding;

import org.junit.jupiter.api.Test;

/**
 * Lexicon rows of {@code 01-20-lead-kinds-s15.tsv} on real parses of new sentences
 * ({@code golden/stages/lead-kinds-15.txt}): sanctions put back in force (163), questioning about money (091), spies
 * exposed (1125), banishment (174); a politician who slammed a rival criticises (111); and an investigation of arms
 * sales to two countries is not aimed at the buyers ({@link InnerTargets} with an inquiry). (A lorry that "slammed into" a
 * shelter still codes 111: excluding "into" from the context of "slam" also dropped "slammed X for firing missiles into
 * waters" and "missiles slammed into Baghdad", so it was not kept.)
 */
class LeadKindsFifteenTest {
  private static final String CASE = "lead-kinds-15";

  @Test
  void reimposedSanctionsAreSanctions() { Fixtures.assertTriple(CASE, "reimposed sanctions", "USA", "163", "VEN"); }

  @Test
  void aReImposedEmbargoIsAnEmbargo() { Fixtures.assertTriple(CASE, "re-imposed an arms embargo", "", "163", "BLR"); }

  @Test
  void summonedForQuestioningOverBribesIsACriminalInquiry() { Fixtures.assertTriple(CASE, "summoned the former", "KOR", "091", ""); }

  @Test
  void questionedAboutPaymentsFromAFundIsACriminalInquiry() { Fixtures.assertTriple(CASE, "questioned the governor", "", "091", ""); }

  @Test
  void unmaskingARingOfInformantsAccusesOfEspionage() { Fixtures.assertTriple(CASE, "unmasked a ring", "PAK", "1125", ""); }

  @Test
  void banishedOppositionLeadersAreExpelled() { Fixtures.assertTriple(CASE, "banished three", "EGY", "174", ""); }

  @Test
  void aLeaderWhoSlammedARivalStillCriticises() { Fixtures.assertTriple(CASE, "slammed the prime minister", "", "111", ""); }

  @Test
  void anInquiryIntoArmsSalesIsNotAimedAtTheBuyers() {
    Fixtures.assertNoEvent(CASE, "arms sales to Peru", "an event aimed at the buyers",
        e -> e.target() != null && (e.target().code().startsWith("PER") || e.target().code().startsWith("BOL")));
  }
}
