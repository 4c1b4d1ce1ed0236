package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conflict kinds of session 10, coded by the default coder on real parses of sentences written for these tests
 * ({@code golden/stages/conflict-kinds-10.txt}, published 2012): protests coded by the demand of a participle beside
 * them ({@link ProtestAims}), protests against a kind of rule, demands with two topic words, withdrawals named with a
 * plan or accord, ended occupations, supplies cut by a storm or by a state, armed forces
 * driven out of a town, exhumed mass graves, ultimatums with a date, and the topic of a probe the parser hung on its
 * verb ({@link TriggerFinder}).
 */
class ConflictKindsTenTest {
  private static final String FIXTURE = "conflict-kinds-10";

  private static List<String> triples(String sentenceStart) {
    return Fixtures.triples(FIXTURE, sentenceStart);
  }

  private static boolean any(List<String> triples, String codePrefix) {
    return triples.stream().anyMatch(t -> t.split(" ")[1].startsWith(codePrefix));
  }

  private static boolean anyExactly(List<String> triples, String code) {
    return triples.stream().anyMatch(t -> t.split(" ")[1].equals(code));
  }

  @Test
  void aMarchDemandingAMinistersResignationIsOneProtestForLeadershipChange() {
    List<String> t = triples("Thousands of teachers marched");
    assertTrue(anyExactly(t, "1411"), t.toString());
    assertTrue(!any(t, "104"), "the demand is the protest's aim, not a second event: " + t);
  }

  @Test
  void aRallyCallingForAnEndToOnePartyRuleIsAProtestForRegimeChange() {
    List<String> t = triples("Hundreds of workers rallied");
    assertTrue(anyExactly(t, "1414"), t.toString());
  }

  @Test
  void aDemandedResignationOverAnEconomicCrisisIsADemandForLeadershipChange() {
    List<String> t = triples("Kenyan opposition parties demanded");
    assertTrue(anyExactly(t, "1041"), t.toString());
  }

  @Test
  void aRallyAgainstMilitaryRuleIsAProtestForRegimeChangeButRulesAreRegulations() {
    assertTrue(anyExactly(triples("Tens of thousands of Thais"), "1414"), triples("Tens of thousands of Thais").toString());
    assertTrue(!any(triples("The city council voted"), "14"), triples("The city council voted").toString());
  }

  @Test
  void troopsWithdrawingFromATownUnderAPlanRetreat() {
    List<String> t = triples("Syrian troops withdrew");
    assertTrue(anyExactly(t, "0874"), t.toString());
    assertTrue(!any(t, "083"), t.toString());
  }

  @Test
  void anOccupationEndedByAPulloutIsNoNewOccupation() {
    List<String> t = triples("Israel completed its pullout");
    assertTrue(anyExactly(t, "0874"), t.toString());
    assertTrue(!any(t, "192"), t.toString());
  }

  @Test
  void aStormThatCutsPowerIsNoSanctionButAStateThatCutsGasIsOne() {
    assertEquals(List.of(), triples("A tropical storm cut"));
    List<String> t = triples("Russia cut gas supplies");
    assertTrue(anyExactly(t, "163"), t.toString());
  }

  @Test
  void rebelsDrivenOutOfATownAreFought() {
    List<String> t = triples("Ugandan troops drove");
    assertTrue(any(t, "19"), t.toString());
    assertTrue(!any(t, "20"), "armed rebels are no population expelled: " + t);
  }

  @Test
  void bodiesExhumedFromAMassGraveAreAWarCrimesInvestigation() {
    List<String> t = triples("Forensic experts exhumed");
    assertTrue(anyExactly(t, "094"), t.toString());
  }

  @Test
  void aDateGivenToDisarmOrFaceSanctionsIsAnUltimatum() {
    List<String> t = triples("The Security Council gave");
    assertTrue(anyExactly(t, "139"), t.toString());
  }

  @Test
  void theTopicOfAProbeHungOnItsVerbNarrowsTheInvestigation() {
    List<String> t = triples("Indonesian prosecutors began a probe");
    assertTrue(anyExactly(t, "091"), t.toString());
  }
}
