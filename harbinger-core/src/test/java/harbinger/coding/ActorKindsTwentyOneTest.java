package harbinger.coding;

import org.junit.jupiter.api.Test;

/**
 * Actor kinds of session 21 on real parses of sentences written for them ({@code golden/stages/actor-kinds-21.txt},
 * published 2019-03-10): a force or monitors leaving a country by a verb of motion, the country left as target
 * ({@link PlacesLeft#leftBySubject}, lexicon 01-20-actor-kinds-s21.tsv), a column of soldiers as the soldiers
 * ({@link CountedNouns}), air bases under attack as the armed forces ({@link Installations}), a national contingent of
 * an international force ({@link NationalContingents}), an agreement's "with" party ({@link ActivityPartners}), a list
 * that is no place left ({@link PlacesLeft}), a passive's "by" agent meeting a row's subject condition
 * ({@link TriggerFinder#subjectHead}), a firm's agreement with a firm ({@link CommercialDeals}), the partner named in a
 * relative clause on the project left ({@link RelativeTargets}) and two parties ending their war (lexicon).
 */
class ActorKindsTwentyOneTest {
  private static final String CASE = "actor-kinds-21";

  @Test
  void soldiersMarchingOutOfACountryWithdrawFromIt() {
    Fixtures.assertSomeEvent(CASE, "marched out of Lebanon", "0874 ISRMIL -> LBN", e -> e.cameo().equals("0874")
        && Fixtures.code(e.source()).equals("ISRMIL") && Fixtures.code(e.target()).startsWith("LBN"));
  }

  @Test
  void monitorsPullingOutOfACountryAreWithdrawnFromIt() {
    Fixtures.assertSomeEvent(CASE, "OSCE observers", "1662 IGO -> GEO", e -> e.cameo().equals("1662")
        && Fixtures.code(e.source()).startsWith("IGO") && Fixtures.code(e.target()).startsWith("GEO"));
  }

  @Test
  void aColumnCrossingTheBorderOutOfACountryIsItsSoldiersLeavingIt() {
    Fixtures.assertSomeEvent(CASE, "Columns of Ethiopian", "0874 ETHMIL -> SOM", e -> e.cameo().equals("0874")
        && Fixtures.code(e.source()).equals("ETHMIL") && Fixtures.code(e.target()).startsWith("SOM"));
  }

  @Test
  void airBasesUnderAttackAreTheArmedForces() {
    Fixtures.assertSomeEvent(CASE, "Iranian air bases", "a target IRNMIL", e -> Fixtures.code(e.target()).equals("IRNMIL"));
  }

  @Test
  void aNationalContingentOfAnInternationalForceIsItsNationsArmy() {
    Fixtures.assertSomeEvent(CASE, "ECOWAS force", "a target NGAMIL", e -> Fixtures.code(e.target()).equals("NGAMIL"));
  }

  @Test
  void scrappingAnAgreementWithAStateReducesRelationsWithIt() {
    Fixtures.assertSomeEvent(CASE, "military agreement", "16x PRK -> KOR", e -> e.cameo().startsWith("16")
        && Fixtures.code(e.source()).startsWith("PRK") && Fixtures.code(e.target()).startsWith("KOR"));
  }

  @Test
  void aStateRemovedFromAListIsTheTarget() {
    Fixtures.assertSomeEvent(CASE, "trusted suppliers", "163 AUS -> CHN", e -> e.cameo().equals("163")
        && Fixtures.code(e.source()).startsWith("AUS") && Fixtures.code(e.target()).startsWith("CHN"));
  }

  @Test
  void aMemberSuspendedByABodyInThePassiveIsTheTarget() {
    Fixtures.assertSomeEvent(CASE, "Gambia was suspended", "16x IGO -> GMB", e -> e.cameo().startsWith("16")
        && Fixtures.code(e.source()).startsWith("IGO") && Fixtures.code(e.target()).startsWith("GMB"));
  }

  @Test
  void aFirmSuspendingItsAgreementWithAFirmIsNoEvent() {
    Fixtures.assertNoEvent(CASE, "shipping company", "an event", e -> true);
  }

  @Test
  void theStateAProjectLeftWasBuiltWithIsTheTarget() {
    Fixtures.assertSomeEvent(CASE, "pipeline project", "16x RUS -> BGR", e -> e.cameo().startsWith("16")
        && Fixtures.code(e.source()).startsWith("RUS") && Fixtures.code(e.target()).startsWith("BGR"));
  }

  @Test
  void twoCapitalsDeclaringAnEndToTheirWarActOnEachOther() {
    Fixtures.assertSomeEvent(CASE, "Luanda and Pretoria", "087x AGO -> ZAF", e -> e.cameo().startsWith("087")
        && Fixtures.code(e.source()).startsWith("AGO") && Fixtures.code(e.target()).startsWith("ZAF"));
  }

  @Test
  void aNorthernTownRebelsTakeIsInTheirCountry() {
    Fixtures.assertSomeEvent(CASE, "Pader", "19x UGAREB -> UGA", e -> e.cameo().startsWith("19")
        && Fixtures.code(e.source()).startsWith("UGAREB") && Fixtures.code(e.target()).startsWith("UGA"));
  }

  @Test
  void aJudgeBlockingAnOrderRejectsIt() {
    Fixtures.assertSomeEvent(CASE, "judge in Boston", "120 USAJUD", e -> e.cameo().equals("120")
        && Fixtures.code(e.source()).equals("USAJUD"));
  }
}
