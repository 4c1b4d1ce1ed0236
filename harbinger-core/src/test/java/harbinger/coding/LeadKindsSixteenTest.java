package harbinger.coding;

import org.junit.jupiter.api.Test;

/**
 * Threats whose content is conditional are aimed at the party the condition names
 * ({@link ConditionalThreats#threatenedParty}), on real parses of new sentences
 * ({@code golden/stages/lead-kinds-16.txt}): a warning that a government would respond if a neighbour acted, a threat
 * to expel an envoy unless a country apologised, a warning of consequences ("there would be") if a country tested a
 * weapon; a warning about prices names no party, and a threat with no condition keeps its (empty) target.
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
}
