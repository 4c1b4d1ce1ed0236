package harbinger.coding;

import org.junit.jupiter.api.Test;

/**
 * Threats whose content is conditional are aimed at the party the condition names
 * ({@link ConditionalThreats#threatenedParty}), on real parses of new sentences
 * ({@code golden/stages/lead-kinds-16.txt}): a warning that a government would respond if a neighbour acted, a threat
 * to expel an envoy unless a country apologised, a warning of consequences ("there would be") if a country tested a
 * weapon; a warning about prices names no party, and a threat with no condition keeps its (empty) target. And a
 * row of {@code 06-08-material-cooperation.tsv}: ships sent into territorial or disputed waters are no humanitarian
 * aid (the lemma of "waters" is "water"), water sent to a quake zone still is (073). A militia "embraced by"
 * commanders "as a partner" is adopted, not hosted (no 043 from {@code 01-20-actor-kinds-s16.tsv}'s passive embrace).
 */
class LeadKindsSixteenTest {
  private static final String CASE = "lead-kinds-16";

  @Test
  void aWarningOfAResponseIsAimedAtTheConditionsSubject() { Fixtures.assertTriple(CASE, "would respond firmly", "JPN", "13", "CHN"); }

  @Test
  void aThreatToExpelUnlessIsAimedAtTheConditionsSubject() { Fixtures.assertTriple(CASE, "threatened to expel", "TUR", "13", "NLD"); }

  @Test
  void consequencesIfATestIsCarriedOutFallOnTheTester() { Fixtures.assertTriple(CASE, "serious consequences", "KOR", "13", "PRK"); }

  @Test
  void aWarningAboutPricesIsAimedAtNoParty() {
    Fixtures.assertNoEvent(CASE, "prices would rise", "an event with a target", e -> e.target() != null);
  }

  @Test
  void aThreatWithNoConditionGetsNoTargetFromIt() {
    Fixtures.assertNoEvent(CASE, "Strait of Hormuz", "an event with a target", e -> e.target() != null);
  }

  @Test
  void shipsSentIntoDisputedWatersAreNoHumanitarianAid() {
    Fixtures.assertNoEvent(CASE, "around the disputed islands", "humanitarian aid", e -> e.cameo().equals("073"));
  }

  @Test
  void waterSentToAQuakeZoneIsHumanitarianAid() { Fixtures.assertTriple(CASE, "bottled water", "JPN", "073", ""); }

  @Test
  void aMilitiaEmbracedAsAPartnerIsNotHosted() {
    Fixtures.assertNoEvent(CASE, "embraced by American commanders", "a host or receive event", e -> e.cameo().startsWith("04"));
  }
}
