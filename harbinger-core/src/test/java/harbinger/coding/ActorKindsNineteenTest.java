package harbinger.coding;

import org.junit.jupiter.api.Test;

/**
 * Actor kinds of session 19 on real parses of sentences written for them ({@code golden/stages/actor-kinds-19.txt},
 * published 2019-06-15): the party fought "after heavy fighting with" it ({@link RoutedParties}), a target inside a
 * relative clause on the object ({@link RelativeTargets}), a described newspaper as its country's media
 * ({@link StateMedia}), the first of two objects of handing ({@link DoubleObjects}), "kept up their shelling of X"
 * ({@link PossessedGerunds}), the partner of a suspended cooperation ({@link ActivityPartners}), a coastguard ship
 * ramming a boat (lexicon 01-20-actor-kinds-s19.tsv), a ship "bound for" a port as the object
 * ({@link ArgumentRepairs}), bare defences overrun that name no party, and a high commissioner as government.
 */
class ActorKindsNineteenTest {
  private static final String CASE = "actor-kinds-19";

  @Test
  void theArmyFoughtBeforeATakingIsItsTarget() {
    Fixtures.assertSomeEvent(CASE, "heavy fighting with", "a target UKRMIL", e -> Fixtures.code(e.target()).equals("UKRMIL"));
  }

  @Test
  void aBanLiftedIsLiftedForThePartyItWasImposedOn() {
    Fixtures.assertSomeEvent(CASE, "travel ban", "a target of Cuba", e -> Fixtures.code(e.target()).startsWith("CUB"));
  }

  @Test
  void aDescribedDailyIsItsCountrysMedia() {
    Fixtures.assertSomeEvent(CASE, "Le Monde", "a source FRAMED", e -> Fixtures.code(e.source()).equals("FRAMED"));
  }

  @Test
  void theFirstOfTwoObjectsOfHandingANoteIsTheTargetAndAChargeDaffairesIsGovernment() {
    Fixtures.assertSomeEvent(CASE, "note protesting", "a target INDGOV", e -> Fixtures.code(e.target()).equals("INDGOV"));
  }

  @Test
  void keptUpTheirShellingOfOutpostsIsShellingOfThatCountry() {
    Fixtures.assertSomeEvent(CASE, "their shelling", "SYRMIL -> TUR",
        e -> Fixtures.code(e.source()).equals("SYRMIL") && Fixtures.code(e.target()).startsWith("TUR"));
  }

  @Test
  void civilianCooperationWithFijiIsSuspendedWithFijiNotCivilians() {
    Fixtures.assertSomeEvent(CASE, "defence cooperation", "a target of Fiji", e -> Fixtures.code(e.target()).startsWith("FJI"));
  }

  @Test
  void aCoastguardShipRammingABoatIsForce() {
    Fixtures.assertSomeEvent(CASE, "rammed", "190 CHN -> PHL", e -> e.cameo().equals("190")
        && Fixtures.code(e.source()).startsWith("CHN") && Fixtures.code(e.target()).startsWith("PHL"));
  }

  @Test
  void aShipBoundForAPortIsTheObjectStormed() {
    Fixtures.assertSomeEvent(CASE, "bound for", "a target of Greece", e -> Fixtures.code(e.target()).startsWith("GRC"));
  }

  @Test
  void defencesOverrunNameNoPartySoTheTerritoryEntered() {
    Fixtures.assertSomeEvent(CASE, "overrunning the defences", "a target of Ethiopia", e -> Fixtures.code(e.target()).startsWith("ETH"));
  }

  @Test
  void aHighCommissionerIsGovernment() {
    Fixtures.assertSomeEvent(CASE, "high commissioner", "a target PAKGOV", e -> Fixtures.code(e.target()).equals("PAKGOV"));
  }
}
