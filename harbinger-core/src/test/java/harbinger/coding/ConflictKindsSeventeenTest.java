package harbinger.coding;

import org.junit.jupiter.api.Test;

/**
 * Rows of {@code 09-20-conflict-kinds-s17.tsv}, {@link BombKinds}, {@link NaturalCauses}, {@link PrivateCrimes},
 * {@link Forecasts} and {@link FirmDisputes} on real parses of new sentences
 * ({@code golden/stages/conflict-kinds-17.txt}): premises raided by prosecutors (091), the site of a strike examined
 * (093), insisting that the other side negotiate (106), angry reactions (111), aircraft charged with bombing (1123),
 * an embargo kept in place (1244), days given to accept a plan (139), crowds massing outside an embassy (141),
 * drivers staying off the roads (143), a group's activities suspended (1721), roadblocks set up (191), villages
 * sprayed with gas (2041), the kinds of bombing a bomber's vest, a misparsed packed van and a bomb buried beside a
 * road tell (1831, 1832, 1833); and no event when a bus slams into a wall, smoke drives families out, gangs shoot it
 * out, forecasters warn of a cyclone or of prices, or shareholders look into accounts. Every test fails without the
 * session-17 changes (checked against fef2f74's sources).
 */
class ConflictKindsSeventeenTest {
  private static final String CASE = "conflict-kinds-17";

  @Test
  void prosecutorsRaidingPremisesInvestigateCrime() { Fixtures.assertTriple(CASE, "Anti-graft prosecutors", "", "091", ""); }

  @Test
  void examiningTheCraterOfAStrikeInvestigatesMilitaryAction() { Fixtures.assertTriple(CASE, "examined the site", "", "093", ""); }

  @Test
  void insistingThatTheArmyNegotiateDemandsNegotiation() { Fixtures.assertTriple(CASE, "insisted that the army", "", "106", ""); }

  @Test
  void reactingAngrilyCriticises() { Fixtures.assertTriple(CASE, "reacted angrily", "", "111", ""); }

  @Test
  void chargingThatHelicoptersBombedAccusesOfAggression() { Fixtures.assertTriple(CASE, "Ugandan helicopters", "", "1123", ""); }


  @Test
  void keepingAnEmbargoInPlaceRefusesToEaseIt() { Fixtures.assertTriple(CASE, "keep the oil embargo", "", "1244", ""); }

  @Test
  void givingDaysToAcceptAPlanIsAnUltimatum() { Fixtures.assertTriple(CASE, "seven days to accept", "", "139", ""); }

  @Test
  void massingOutsideAnEmbassyDemonstrates() { Fixtures.assertTriple(CASE, "massed outside", "", "141", ""); }


  @Test
  void driversStayingOffTheRoadsStrike() { Fixtures.assertTriple(CASE, "stayed off the roads", "", "143", ""); }

  @Test
  void suspendingAGroupsActivitiesRestrictsFreedoms() { Fixtures.assertTriple(CASE, "suspended the activities", "", "1721", ""); }

  @Test
  void settingUpRoadblocksRestrictsMovement() { Fixtures.assertTriple(CASE, "set up roadblocks", "", "191", ""); }

  @Test
  void sprayingVillagesWithGasUsesChemicalWeapons() { Fixtures.assertTriple(CASE, "sprayed the villages", "", "2041", ""); }

  @Test
  void aBomberWearingAVestIsASuicideBombing() { Fixtures.assertTriple(CASE, "wearing a suicide vest", "", "1831", ""); }

  @Test
  void aVanPackedWithExplosivesIsACarBombingUnderTheMisparse() {
    Fixtures.assertTriple(CASE, "A van packed with explosives", "", "1832", "");
  }


  @Test
  void aBombBuriedBesideARoadIsARoadsideBombing() { Fixtures.assertTriple(CASE, "buried beside a road", "", "1833", ""); }

  @Test
  void aBusSlammingIntoAWallIsNoCriticism() { Fixtures.assertNoTriples(CASE, "A bus slammed"); }

  @Test
  void smokeDrivingFamiliesOutIsNoExpulsion() { Fixtures.assertNoTriples(CASE, "Smoke from a burning"); }

  @Test
  void gangsShootingItOutIsNoFight() { Fixtures.assertNoTriples(CASE, "shot it out"); }

  @Test
  void forecastsOfACycloneOrOfPricesAreNoThreats() {
    Fixtures.assertNoTriples(CASE, "Weather forecasters");
    Fixtures.assertNoTriples(CASE, "prices would rise");
  }

  @Test
  void shareholdersLookingIntoAccountsInvestigateNoCrime() { Fixtures.assertNoTriples(CASE, "Shareholders are looking"); }

  /** A hunger strike launched "on" a day is no strike on a target; its purpose refines it (the noun rows, 1421-1424). */
  @Test
  void aHungerStrikeLaunchedOnADayIsAHungerStrike() { Fixtures.assertTriple(CASE, "launched a hunger strike", "", "142", ""); }

  @Test
  void aHungerStrikeAgainstAFailureToReformIsForAPolicyChange() {
    Fixtures.assertTriple(CASE, "started a hunger strike", "", "1422", "");
  }
}
