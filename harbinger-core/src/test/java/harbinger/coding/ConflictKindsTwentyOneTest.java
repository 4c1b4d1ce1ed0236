package harbinger.coding;

import org.junit.jupiter.api.Test;

/**
 * Rows of {@code 14-20-conflict-kinds-s21.tsv}, the demand kinds of {@link ProtestAims} and {@link WiderContext},
 * {@link MassKillings}, the new leaders and shooters of {@link AttackKinds}, IEDs in {@link BombKinds}, match results
 * ({@link MatchReports}), feuds between criminals in {@link PrivateCases} and stored chemicals and fireworks in
 * {@link NaturalCauses}, on real parses of new sentences ({@code golden/stages/conflict-kinds-21.txt}): protests by
 * their demand (the participle read as an adjective of "autonomy" 1414, a demanded rerun of an election 1411, a demand
 * parsed as a clause whose subject is "the repeal" 1432); hunger strikes (142); police and army alerts (151, 152 not
 * 190 for "war"); divisions massing (154); a takeover by authorities (1711); hijacking told in the passive (181); an
 * IED (1833); a critic killed (186); gunmen's ambush (193); a cordon (191); nerve gas and sarin (2041, no release of
 * persons); mass killings told by a figure (202); forcing foreign workers out (201); ethnic cleansing (203); and no
 * event for a match report, a gang feud or a fireworks blast.
 */
class ConflictKindsTwentyOneTest {
  private static final String CASE = "conflict-kinds-21";

  @Test
  void aDemandParsedAsAnAdjectiveOfTheObjectRefinesTheProtest() { Fixtures.assertTriple(CASE, "streets of Diyarbakir", "", "1414", ""); }

  @Test
  void demandingThatAnElectionBeRerunIsForLeadershipChange() { Fixtures.assertTriple(CASE, "square of Tbilisi", "", "1411", ""); }

  @Test
  void theRepealParsedAsSubjectOfTheDemandedClauseIsItsContent() { Fixtures.assertTriple(CASE, "teachers walked off", "", "1432", ""); }

  @Test
  void refusingFoodInAStrikeIsAHungerStrike() {
    Fixtures.assertTriple(CASE, "refused food", "", "142", "");
    Fixtures.assertNoEvent(CASE, "refused food", "a refusal of aid", e -> e.cameo().startsWith("12"));
  }

  @Test
  void policeRaisingTheirAlertIsAPoliceAlert() { Fixtures.assertTriple(CASE, "police raised their alert", "", "151", ""); }

  @Test
  void goingOnAWarFootingIsAMilitaryAlertNotWar() {
    Fixtures.assertTriple(CASE, "war footing", "", "152", "");
    Fixtures.assertNoEvent(CASE, "war footing", "a use of force", e -> e.cameo().startsWith("19"));
  }

  @Test
  void divisionsMassingMobiliseForces() { Fixtures.assertTriple(CASE, "divisions were massing", "", "154", ""); }

  @Test
  void authoritiesTakingOverAPlantConfiscateIt() { Fixtures.assertTriple(CASE, "took over a Spanish-owned", "", "1711", ""); }

  @Test
  void anAirlinerSeizedByHijackersIsHijacked() { Fixtures.assertTriple(CASE, "seized by hijackers", "", "181", ""); }

  @Test
  void anIedIsARoadsideBomb() { Fixtures.assertTriple(CASE, "an IED exploded", "", "1833", ""); }

  @Test
  void killingACriticIsAnAssassination() { Fixtures.assertTriple(CASE, "Opposition critic", "", "186", ""); }

  @Test
  void gunmenAmbushingUseSmallArms() { Fixtures.assertTriple(CASE, "Gunmen ambushed", "", "193", ""); }

  @Test
  void throwingACordonAroundAVillageBlockadesIt() { Fixtures.assertTriple(CASE, "threw a cordon", "", "191", ""); }

  @Test
  void killingWithNerveGasUsesChemicalWeapons() { Fixtures.assertTriple(CASE, "nerve gas fired", "", "2041", ""); }

  @Test
  void threeHundredVillagersShotDeadIsAMassKilling() { Fixtures.assertTriple(CASE, "300 villagers were shot dead", "", "202", ""); }

  @Test
  void sarinReleasedInAMarketIsAChemicalAttackNotARelease() {
    Fixtures.assertTriple(CASE, "Sarin gas released", "", "2041", "");
    Fixtures.assertNoEvent(CASE, "Sarin gas released", "a release of persons", e -> e.cameo().startsWith("084"));
  }

  @Test
  void forcingForeignWorkersOutOfTheCountryIsAMassExpulsion() { Fixtures.assertTriple(CASE, "30,000 Egyptian workers", "", "201", ""); }

  @Test
  void drivingPeopleFromHomesInWhatIsCalledEthnicCleansingIsEthnicCleansing() {
    Fixtures.assertTriple(CASE, "Militias have driven", "", "203", "");
  }

  @Test
  void aMatchReportWithAScoreHasNoEvents() { Fixtures.assertNoTriples(CASE, "quarter-final 2-1"); }

  @Test
  void aShootingInAFeudBetweenRivalGangsIsPrivate() { Fixtures.assertNoTriples(CASE, "rival gangs in Naples"); }

  @Test
  void aFireworksStallThatExplodesIsAnAccident() { Fixtures.assertNoTriples(CASE, "fireworks stall"); }

  @Test
  void murderingAGreatManyInARaidIsAMassKilling() { Fixtures.assertTriple(CASE, "murdered 150 villagers", "", "202", ""); }

  @Test
  void aFormerPresidentKilledInAnAttackIsAssassinated() { Fixtures.assertTriple(CASE, "Juan Reyes was killed", "", "186", ""); }
}
