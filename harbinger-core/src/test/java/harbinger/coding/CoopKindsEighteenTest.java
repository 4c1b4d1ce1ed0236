package harbinger.coding;

import org.junit.jupiter.api.Test;

/**
 * Session-18 cooperation kinds on real parses of new sentences ({@code golden/stages/coop-kinds-18.txt}): pessimism
 * reported with 'conceded' and in a fronted report ({@link ProspectStatements}), sympathy in the idiom of thoughts
 * being with someone ({@link SympathyStatements}), rows of {@code 01-08-cooperation-kinds-s18.tsv}, and negatives (a
 * billionaire's pledge, {@link FirmInvestments}; a firm's sympathy with its customers).
 */
class CoopKindsEighteenTest {
  private static final String CASE = "coop-kinds-18";

  @Test
  void aFrontedBleakOutlookConcededIsPessimism() { Fixtures.assertTriple(CASE, "look slim", "", "012", ""); }

  @Test
  void concedingThatHopesAreFadingIsPessimism() { Fixtures.assertTriple(CASE, "hopes of a quick accord", "", "012", ""); }

  @Test
  void thoughtsBeingWithAPeopleIsEmpathy() { Fixtures.assertTriple(CASE, "her thoughts were with", "", "018", ""); }

  @Test
  void pleadingToGroundWarplanesAppealsForDeescalation() { Fixtures.assertTriple(CASE, "ground their warplanes", "", "0256", ""); }

  @Test
  void nudgingSidesToResumeTalksAppealsForNegotiation() { Fixtures.assertTriple(CASE, "nudged the two sides", "", "026", ""); }

  @Test
  void preparedToFreeCaptivesIsAnIntentToRelease() { Fixtures.assertTriple(CASE, "prepared to free", "", "0353", ""); }

  @Test
  void openingAirfieldsToInspectorsReceivesInspectors() { Fixtures.assertTriple(CASE, "airfields to UN inspectors", "", "0862", ""); }

  @Test
  void aBillionairesPledgeIsNoAid() {
    Fixtures.assertNoEvent(CASE, "billionaire pledged", "03", e -> e.cameo().startsWith("03"));
  }

  @Test
  void aFirmsThoughtsWithCustomersAreNoEmpathy() {
    Fixtures.assertNoEvent(CASE, "insurance company said", "018", e -> e.cameo().startsWith("018"));
  }
}
