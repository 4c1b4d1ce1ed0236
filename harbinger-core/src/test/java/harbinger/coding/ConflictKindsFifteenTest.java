package harbinger.coding;

import org.junit.jupiter.api.Test;

/**
 * Conflict-side kinds of session 15 on real parses of new sentences ({@code golden/stages/conflict-kinds-15.txt}):
 * content clauses the parser left loose after an addressee are the warning's content ({@link LooseContentClauses}:
 * "that meddling ... would have consequences" as {@code dep}, "it would hold back a loan" as {@code parataxis}); (the
 * third sentence, "warned Beijing that cyber attacks ... would have consequences", still codes 1384 from the attack
 * noun's own future reading and has no assertion yet); an indirect
 * question opened by "into" is what an inquiry looks into ("looking into how its shells came to hit"); a march
 * "stolen" on rivals is no march ({@link FixedFigures}); and rows of {@code 09-20-conflict-kinds-s15.tsv} (talks put on
 * hold 164, a province placed under martial law 1724, prisoners subjected to beatings 1822, forces told to leave 1056,
 * and diplomats charged with espionage stay 1125, the ICEWS table's "charge the target with ... spying").
 */
class ConflictKindsFifteenTest {
  private static final String CASE = "conflict-kinds-15";

  @Test
  void aLooseThatClauseAfterTheAddresseeIsTheWarningsContent() {
    Fixtures.assertTriple(CASE, "meddling in German politics", "", "130", "CHN");
  }

  @Test
  void aLooseClauseWithoutThatAfterTheAddresseeIsTheWarningsContent() {
    Fixtures.assertTriple(CASE, "hold back a loan", "", "1311", "ZMB");
  }

  @Test
  void anIndirectQuestionOpenedByIntoIsWhatIsInvestigated() {
    Fixtures.assertTriple(CASE, "looking into how", "", "093", "");
  }

  @Test
  void stealingAMarchOnRivalsIsNoMarch() {
    Fixtures.assertNoEvent(CASE, "stealing a march", "a protest", e -> e.cameo().startsWith("14"));
  }

  @Test
  void talksPutOnHoldAreHalted() { Fixtures.assertTriple(CASE, "on hold", "LBN", "164", ""); }

  @Test
  void aProvincePlacedUnderMartialLawIsUnderEmergencyRule() { Fixtures.assertTriple(CASE, "under martial law", "", "1724", ""); }

  @Test
  void prisonersSubjectedToBeatingsAreTortured() { Fixtures.assertTriple(CASE, "subjected the Kurdish", "", "1822", ""); }

  @Test
  void insistingThatForcesLeaveDemandsWithdrawal() { Fixtures.assertTriple(CASE, "insisted that Serbian forces", "IGOEU", "1056", ""); }

  @Test
  void diplomatsChargedWithEspionageAreAccusedOfEspionage() {
    Fixtures.assertTriple(CASE, "charged three Latvian", "", "1125", "");
  }
}
