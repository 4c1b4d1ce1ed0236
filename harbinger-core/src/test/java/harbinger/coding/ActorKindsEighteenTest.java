package harbinger.coding;

import org.junit.jupiter.api.Test;

/**
 * Actor kinds of session 18 on real parses of sentences written for them ({@code golden/stages/actor-kinds-18.txt},
 * published 2016-05-10): a place an army owns is held by that army ({@link PossessedSites}), a rights monitor's
 * report that a party "had" beaten protesters is the monitor's accusation ({@link MonitorReports}), soldiers "backed
 * by tanks" are the subject of the verb after the participle ({@link ParticipleSubjects}) and "Azerbaijani-held
 * villages" are Azerbaijan's ({@link HeldAreas}), "fellow soldiers" are of the doer's country ({@link OwnSide}), and
 * the session's lexicon rows (01-20-actor-kinds-s18.tsv) code jets intercepting helicopters and a court annulling
 * the government's levy.
 */
class ActorKindsEighteenTest {
  private static final String CASE = "actor-kinds-18";

  @Test
  void aPostTheSaudiArmyOwnsIsTheSaudiArmys() {
    Fixtures.assertSomeEvent(CASE, "army's observation posts", "a target SAUMIL", e -> Fixtures.code(e.target()).equals("SAUMIL"));
  }

  @Test
  void aMonitorsReportOfBeatingsIsItsAccusationOfThePolice() {
    Fixtures.assertSomeEvent(CASE, "Human Rights Watch said", "1122 from NGO to SDNCOP",
        e -> e.cameo().equals("1122") && Fixtures.code(e.source()).startsWith("NGO") && Fixtures.code(e.target()).equals("SDNCOP"));
  }

  @Test
  void troopsBackedByTanksAreTheSubjectOfTheVerbAfterTheParticiple() {
    Fixtures.assertSomeEvent(CASE, "backed by tanks", "a source ARMMIL", e -> Fixtures.code(e.source()).equals("ARMMIL"));
  }

  @Test
  void villagesHeldByAStateNamedInAHyphenatedCompoundAreThatStates() {
    Fixtures.assertSomeEvent(CASE, "backed by tanks", "a target of Azerbaijan", e -> Fixtures.code(e.target()).startsWith("AZE"));
  }

  @Test
  void fellowSoldiersAreOfTheDoersOwnCountry() {
    Fixtures.assertSomeEvent(CASE, "fellow soldiers", "a target of Venezuela", e -> Fixtures.code(e.target()).startsWith("VEN"));
  }

  @Test
  void jetsInterceptingHelicoptersIsAnActBetweenTwoMilitaries() {
    Fixtures.assertSomeEvent(CASE, "intercepted", "THAMIL -> KHMMIL",
        e -> Fixtures.code(e.source()).equals("THAMIL") && Fixtures.code(e.target()).equals("KHMMIL"));
  }

  @Test
  void aCourtAnnullingTheGovernmentsLevyActsOnTheGovernment() {
    Fixtures.assertSomeEvent(CASE, "annulled", "KENJUD -> KENGOV",
        e -> Fixtures.code(e.source()).equals("KENJUD") && Fixtures.code(e.target()).equals("KENGOV"));
  }
}
