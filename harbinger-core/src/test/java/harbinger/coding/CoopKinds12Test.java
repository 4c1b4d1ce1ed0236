package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session-12 cooperation kinds (roots 01-08) and market false alarms: claims of responsibility told as speech
 * ({@link ClaimedActs}), an appeal noun's "for" phrase on the light verb ({@link AppealObjects}), imploring and
 * bowing out, turning to a lender, money put up or released, meetings on the sidelines, bringing sides together,
 * standing up for another, setting a seal on an accord, gas piped, weapons landing, peacekeepers fanning out, captives
 * let go of, truces proclaimed, inspectors arriving (a team counts its members), and retreats, surrenders and
 * assaults of shares, currencies, traders and firms ({@link MarketFigures}, {@link CommercialDeals}). On real parses of
 * sentences written for this test ({@code golden/stages/coop-kinds-12.txt}).
 */
class CoopKinds12Test {
  private static List<String> events(String fragment) { return Fixtures.triples("coop-kinds-12", fragment); }

  private static boolean has(List<String> p, String regex) { return Fixtures.anyMatches(p, regex); }

  private static void assertHas(String fragment, String regex) { Fixtures.assertTripleMatches("coop-kinds-12", fragment, regex); }

  private static void assertNone(String fragment) { Fixtures.assertNoTriples("coop-kinds-12", fragment); }

  @Test
  void aGroupSayingItsFightersDidAnAttackClaimsIt() { assertHas("army convoy", "\\S+ 015 \\S+"); }

  @Test
  void anArmyReportingWhatItsSoldiersDidClaimsNothing() {
    List<String> p = events("northern hills");
    assertTrue(!has(p, "\\S+ 015 \\S+"), p.toString());
  }

  @Test
  void anAppealNounTakesTheForPhraseOfItsVerb() { assertHas("maize", "MWI\\S* 0233 \\S+"); }

  @Test
  void imploringToSilenceGunsIsAnAppealToDeescalate() { assertHas("archbishop", "\\S+ 0256 (SDN|SSD)\\S*"); }

  @Test
  void callingOnALeaderToBowOutIsAnAppealForLeadershipChange() { assertHas("bow out", "\\S+ 0241 ZWE\\S*"); }

  @Test
  void turningToALenderForCreditIsAnAppealForEconomicAid() { assertHas("emergency credit", "PAK\\S* 0231 SAU\\S*"); }

  @Test
  void moneyPutUpInTheFutureIsAPledgeOfEconomicAid() { assertHas("put up", "JPN\\S* 0331 \\S+"); }

  @Test
  void aMeetingOnTheSidelinesIsAtAThirdPlace() { assertHas("security forum", "(CHN|IND)\\S* 044 (CHN|IND)\\S*"); }

  @Test
  void bringingTheSidesTogetherIsMediation() { assertHas("brought the Sudanese", "KEN\\S* 045 \\S+"); }

  @Test
  void standingUpForAnothersRightIsVerbalDefence() { assertHas("own allies", "RUS\\S* 052 \\S+"); }

  @Test
  void settingASealOnAnAccordIsSigning() { assertHas("fisheries accord", "(JPN|KOR)\\S* 057 (JPN|KOR)\\S*"); }

  @Test
  void pipingGasIsEconomicCooperation() { assertHas("piping", "RUS\\S* 061 CHN\\S*"); }

  @Test
  void weaponsLandingInACountryAreMilitaryAid() {
    List<String> p = events("anti-tank missiles");
    assertTrue(has(p, "\\S+ 072 \\S+") && !has(p, "\\S+ 042 \\S+"), p.toString());
  }

  @Test
  void peacekeepersFanningOutProvidePeacekeeping() { assertHas("fanned out", "\\S+ 074 \\S*"); }

  @Test
  void moneyReleasedToAnAuthorityIsEconomicAid() { assertHas("20 million euros", "\\S+ 071 \\S+"); }

  @Test
  void captivesLetGoOfAreReleased() { assertHas("let go of", "\\S+ 0841 \\S*"); }

  @Test
  void aTruceProclaimedIsDeclared() { assertHas("proclaimed", "\\S+ 0871 \\S*"); }

  @Test
  void aTeamOfInspectorsArrivingIsReceived() {
    List<String> p = events("IAEA inspectors");
    assertTrue(has(p, "\\S+ 0862 \\S*") && !has(p, "\\S+ 042 \\S+"), p.toString());
  }

  @Test
  void sharesBeatingARetreatAreNoEvent() { assertNone("Frankfurt"); }

  @Test
  void aCurrencySurrenderingItsGainsIsNoEvent() { assertNone("early gains"); }

  @Test
  void tradersAssaultingACurrencyAreNoEvent() { assertNone("Currency traders"); }

  @Test
  void aFirmsOffensiveWithPriceCutsIsNoEvent() { assertNone("Unilever"); }

  @Test
  void twoFirmsAgreeingToMergeAreNoEvent() { assertNone("Alstom"); }

  @Test
  void aBombInAMarketIsStillAnAttack() { assertHas("crowded market", "\\S+ 18\\d* \\S+"); }
}
