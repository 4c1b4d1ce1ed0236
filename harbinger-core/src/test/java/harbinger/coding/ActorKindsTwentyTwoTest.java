package harbinger.coding;

import org.junit.jupiter.api.Test;

/**
 * Actor kinds of session 22 on real parses of sentences written for them ({@code golden/stages/actor-kinds-22.txt},
 * published 2019-03-10): national guardsmen as the armed forces (agents.tsv), a court ordering the government and a
 * state told to explain itself (demands, lexicon 01-20-actor-kinds-s22.tsv), the subject pronoun of a relative clause
 * that is not the noun the clause describes ({@link DiscourseFallbacks}), paramilitary forces and the Pakistani Taliban
 * by name (organizations.tsv), a bombing in a district of a city at home aimed at the country ({@link AttackedPlaces}),
 * a country's airspace closed to a nationality ({@link ArgumentRepairs#shutTo}), telling a counterpart something by
 * telephone (041, {@link ToldOrders}), a leader sacking his deputy (172) but not a club sacking its deputy manager, fighters of no
 * country hit while advancing on a town of a named country ({@link AdvancePlaces}) and airdrops of food (073).
 */
class ActorKindsTwentyTwoTest {
  private static final String CASE = "actor-kinds-22";

  @Test
  void nationalGuardsmenAreTheArmedForces() {
    Fixtures.assertSomeEvent(CASE, "national guardsmen", "a source GEOMIL", e -> Fixtures.code(e.source()).equals("GEOMIL"));
  }

  @Test
  void aCourtOrderingTheGovernmentDemandsOfIt() {
    Fixtures.assertSomeEvent(CASE, "Supreme Court ordered", "100 NPLJUD -> NPLGOV", e -> e.cameo().equals("100")
        && Fixtures.code(e.source()).equals("NPLJUD") && Fixtures.code(e.target()).equals("NPLGOV"));
  }

  @Test
  void theySeizingInARelativeClauseAreTheHoldersNotTheCaptives() {
    Fixtures.assertSomeEvent(CASE, "whom they seized", "a source UGA", e -> Fixtures.code(e.source()).startsWith("UGA"));
  }

  @Test
  void paramilitaryRangersArePakistans() {
    Fixtures.assertSomeEvent(CASE, "Paramilitary Rangers", "a source PAKMIL", e -> Fixtures.code(e.source()).equals("PAKMIL"));
  }

  @Test
  void thePakistaniTalibanByItsOwnNameArePakistans() {
    Fixtures.assertSomeEvent(CASE, "Tehrik-i-Taliban", "a source PAK", e -> Fixtures.code(e.source()).startsWith("PAK"));
  }

  @Test
  void rebelsBombingADistrictOfACityAtHomeHitTheirCountry() {
    Fixtures.assertSomeEvent(CASE, "car bomb in Monrovia", "18x LBRREB -> LBR", e -> e.cameo().startsWith("18")
        && Fixtures.code(e.source()).startsWith("LBR") && Fixtures.code(e.target()).equals("LBR"));
  }

  @Test
  void airspaceClosedToANationalityTargetsThatNation() {
    Fixtures.assertSomeEvent(CASE, "closed the country's airspace", "a target COL", e -> Fixtures.code(e.source()).startsWith("VEN")
        && Fixtures.code(e.target()).startsWith("COL"));
  }

  @Test
  void aStateToldToExplainIsAskedToByDemand() {
    Fixtures.assertSomeEvent(CASE, "told Beijing to explain", "100 USA -> CHN", e -> e.cameo().equals("100")
        && Fixtures.code(e.source()).startsWith("USA") && Fixtures.code(e.target()).startsWith("CHN"));
  }

  @Test
  void tellingACounterpartByTelephoneIsAPhoneConversation() {
    Fixtures.assertSomeEvent(CASE, "Indian counterpart", "041 CHNGOV -> INDGOV", e -> e.cameo().equals("041")
        && Fixtures.code(e.source()).equals("CHNGOV") && Fixtures.code(e.target()).equals("INDGOV"));
  }

  @Test
  void aPresidentSackingHisDeputyIsAnAdministrativeSanction() {
    Fixtures.assertSomeEvent(CASE, "sacked his deputy", "172 MWI", e -> e.cameo().equals("172")
        && Fixtures.code(e.source()).startsWith("MWI"));
  }

  @Test
  void aClubSackingItsDeputyManagerIsNoEvent() {
    Fixtures.assertNoEvent(CASE, "football club", "172", e -> e.cameo().equals("172"));
  }

  @Test
  void fightersOfNoCountryHitWhileAdvancingOnATownAreOfThatTownsCountry() {
    Fixtures.assertSomeEvent(CASE, "Liberian town", "19x NGAMIL -> LBR", e -> e.cameo().startsWith("19")
        && Fixtures.code(e.source()).equals("NGAMIL") && Fixtures.code(e.target()).startsWith("LBR"));
  }

  @Test
  void airdropsOfFoodAreHumanitarianAid() {
    Fixtures.assertSomeEvent(CASE, "airdrops of food", "073 IGOUNO", e -> e.cameo().equals("073")
        && Fixtures.code(e.source()).startsWith("IGOUNO"));
  }
}
