package harbinger.coding;

import org.junit.jupiter.api.Test;

/**
 * Rows of {@code 09-20-conflict-kinds-s16.tsv} and {@link WhClauses} on real parses of new sentences
 * ({@code golden/stages/conflict-kinds-16.txt}): an inquiry into why a jet bombed a market (093, the "why" clause hung
 * as an adverbial clause), troops charged with crossing and shelling (1123), a spy ring broken up (1125), a prison term
 * handed to a defendant (116), demands to resign brushed off (1231), appeals to halt an offensive ignored (1246),
 * residents confined to their homes (1723), highways blocked with parked tractors (144), candidates withdrawing from a
 * rigged election (143), a capital flooded with riot police (153); and no hijacking when fog diverts a jet, no
 * military inquiry when scientists examine how a virus attacks the lungs.
 */
class ConflictKindsSixteenTest {
  private static final String CASE = "conflict-kinds-16";

  @Test
  void examiningWhyAJetBombedAMarketInvestigatesMilitaryAction() {
    Fixtures.assertTriple(CASE, "examining why an air force jet", "", "093", "");
  }

  @Test
  void chargingThatTroopsCrossedAndShelledAccusesOfAggression() {
    Fixtures.assertTriple(CASE, "Nairobi charged", "KEN", "1123", "SOM");
  }

  @Test
  void breakingUpARingOfAgentsAccusesOfEspionage() { Fixtures.assertTriple(CASE, "broken up a ring", "", "1125", ""); }

  @Test
  void handingAPrisonTermFindsGuilty() { Fixtures.assertTriple(CASE, "nine-year prison term", "", "116", ""); }

  @Test
  void brushingOffDemandsToResignRejectsLeadershipChange() {
    Fixtures.assertTriple(CASE, "brushed off opposition demands", "", "1231", "");
  }

  @Test
  void ignoringAppealsToHaltAnOffensiveRefusesToDeEscalate() {
    Fixtures.assertTriple(CASE, "ignored appeals", "", "1246", "");
  }

  @Test
  void confiningResidentsToTheirHomesIsACurfew() { Fixtures.assertTriple(CASE, "confined the residents", "", "1723", ""); }

  @Test
  void parkingTractorsAcrossHighwaysObstructsPassage() { Fixtures.assertTriple(CASE, "parked their tractors", "", "144", ""); }

  @Test
  void candidatesWithdrawingFromARiggedElectionBoycott() { Fixtures.assertTriple(CASE, "withdrew from the election", "", "143", ""); }

  @Test
  void floodingTheCapitalWithRiotPoliceMobilisesPolice() {
    Fixtures.assertTriple(CASE, "flooded the capital", "", "153", "");
  }

  @Test
  void fogDivertingAJetIsNoHijacking() {
    Fixtures.assertNoEvent(CASE, "Thick fog", "a hijacking", e -> e.cameo().startsWith("181"));
  }

  @Test
  void examiningHowAVirusAttacksIsNoMilitaryInquiry() {
    Fixtures.assertNoEvent(CASE, "Scientists are examining", "a military inquiry", e -> e.cameo().startsWith("093"));
  }
}
