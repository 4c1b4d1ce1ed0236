package harbinger.coding;

import org.junit.jupiter.api.Test;

/**
 * Actor kinds of session 20 on real parses of sentences written for them ({@code golden/stages/actor-kinds-20.txt},
 * published 2019-03-10): a ruler's style taken into the name ({@link PersonNames}), crown princes with government
 * roles (officeholders-2.tsv), missile batteries and depots as the armed forces ({@code agents.tsv},
 * {@link Installations}), firing across a border at posts ({@link TriggerFinder}), a struck facility named by its
 * city ({@link SiteTargets}), a court ordering an association closed (lexicon 01-20-actor-kinds-s20.tsv) with the
 * unknown name standing for its apposition ({@link ActorResolver}), and a country's navy named inside a phrase
 * ({@link HeadAgents}); the party a visit is made to see ({@link VisitPurposes}), students at a university named
 * after its city ({@link Campuses}), and cut links and withdrawn trade preferences
 * (lexicon).
 */
class ActorKindsTwentyTest {
  private static final String CASE = "actor-kinds-20";

  @Test
  void aCrownPrinceNamedWithHisStyleIsGovernment() {
    Fixtures.assertSomeEvent(CASE, "Antonio Costa", "a target SAUGOV", e -> Fixtures.code(e.target()).equals("SAUGOV"));
  }

  @Test
  void theCrownPrinceOfAbuDhabiIsGovernmentBeforeHisPresidency() {
    Fixtures.assertSomeEvent(CASE, "Shinzo Abe", "a target AREGOV", e -> Fixtures.code(e.target()).equals("AREGOV"));
  }

  @Test
  void aMissileBatteryIsTheArmy() {
    Fixtures.assertSomeEvent(CASE, "missile battery", "a target SYRMIL", e -> Fixtures.code(e.target()).equals("SYRMIL"));
  }

  @Test
  void aDepotUnderAttackIsTheArmy() {
    Fixtures.assertSomeEvent(CASE, "fuel depot", "a target RUSMIL", e -> Fixtures.code(e.target()).equals("RUSMIL"));
  }

  @Test
  void firingAcrossTheFrontierAtPostsIsForce() {
    Fixtures.assertSomeEvent(CASE, "across the frontier", "19x IRQMIL -> IRNMIL", e -> e.cameo().startsWith("19")
        && Fixtures.code(e.source()).equals("IRQMIL") && Fixtures.code(e.target()).equals("IRNMIL"));
  }

  @Test
  void theAirportAtACapitalStandsForItsCountry() {
    Fixtures.assertSomeEvent(CASE, "airport at Juba", "a target of South Sudan", e -> Fixtures.code(e.target()).startsWith("SSD"));
  }

  @Test
  void aCourtOrderingARightsGroupClosedRestrictsTheGroupsCountry() {
    Fixtures.assertSomeEvent(CASE, "Cairo court", "1721 EGYJUD -> EGY", e -> e.cameo().equals("1721")
        && Fixtures.code(e.source()).equals("EGYJUD") && Fixtures.code(e.target()).startsWith("EGY"));
  }

  @Test
  void aCountrysNavyNamedInAPhraseIsItsArmedForces() {
    Fixtures.assertSomeEvent(CASE, "US Navy", "a target USAMIL", e -> Fixtures.code(e.target()).equals("USAMIL"));
  }

  @Test
  void theManAVisitIsMadeToSeeIsItsHost() {
    Fixtures.assertSomeEvent(CASE, "Sebastian Kurz", "042 AUTGOV -> UKRGOV", e -> e.cameo().equals("042")
        && Fixtures.code(e.target()).equals("UKRGOV"));
  }

  @Test
  void studentsAtAUniversityNamedAfterItsCityAreThatCountrys() {
    Fixtures.assertSomeEvent(CASE, "Baghdad University", "a source IRQEDU", e -> Fixtures.code(e.source()).equals("IRQEDU"));
  }

  @Test
  void cuttingOffDiplomaticLinksBreaksRelations() {
    Fixtures.assertSomeEvent(CASE, "diplomatic links", "161 KWT -> IRQ", e -> e.cameo().equals("161")
        && Fixtures.code(e.source()).startsWith("KWT") && Fixtures.code(e.target()).startsWith("IRQ"));
  }

  @Test
  void withdrawingTradePreferencesGrantedToAStateIsATradeSanctionOnIt() {
    Fixtures.assertSomeEvent(CASE, "trade preferences", "163 USA -> IND", e -> e.cameo().equals("163")
        && Fixtures.code(e.source()).startsWith("USA") && Fixtures.code(e.target()).startsWith("IND"));
  }
}
