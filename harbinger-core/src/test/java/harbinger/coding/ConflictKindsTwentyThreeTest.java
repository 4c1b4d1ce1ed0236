package harbinger.coding;

import static harbinger.coding.TaggedGraphs.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session-23 material-conflict kinds on hand-built graphs with the shapes CoreNLP gives, through the real
 * {@link TriggerFinder} and lexicon ({@code 14-20-conflict-kinds-s23.tsv}): sieges laid by crowds of civilians
 * ({@link SiegeCrowds}), bombers that land in a friendly state (150), forces moved to combat readiness (152),
 * rocket-propelled grenade fire (193, not 194), motorcades sprayed with bullets (185), internet throttled (1721),
 * parties shut down (1722), match-report phrases without a score ({@link GamePhrases}), and stabbings by
 * passengers or strangers as private crimes ({@link PrivateCrimes}).
 */
class ConflictKindsTwentyThreeTest {
  private final TriggerFinder finder = new TriggerFinder(Fixtures.lexicon());

  private String codeAt(List<Trigger> found, int token) {
    for (Trigger t : found) if (t.token() == token) return t.code();
    return null;
  }

  private String codeAt(SentenceGraph g, int token) { return codeAt(finder.find(g), token); }

  private String crowdCode(SentenceGraph g, int token) { return codeAt(SiegeCrowds.apply(g, finder.find(g)), token); }

  @Test
  void aSiegeLaidByProtestersIsAnObstruction() {
    // "Protesters laid siege to the airport"
    SentenceGraph g = graph("Protesters/NNS/protester laid/VBD/lay siege/NN to/IN the/DT airport/NN ./.",
        "nsubj:1:0 root:-1:1 obj:1:2 case:5:3 det:5:4 obl:1:5 punct:1:6");
    assertEquals("191", codeAt(g, 2));
    assertEquals("144", crowdCode(g, 2));
    // by troops it stays a siege: "Troops laid siege to the town"
    SentenceGraph troops = graph("Troops/NNS/troops laid/VBD/lay siege/NN to/IN the/DT town/NN ./.",
        "nsubj:1:0 root:-1:1 obj:1:2 case:5:3 det:5:4 obl:1:5 punct:1:6");
    assertEquals("191", crowdCode(troops, 2));
  }

  @Test
  void thousandsOfSupportersWhoEncircleAPlaceObstructIt() {
    // "Thousands of farmers surrounded the ministry": a counted crowd as subject of a 191 verb
    SentenceGraph g = graph("Thousands/NNS/thousand of/IN farmers/NNS/farmer blockaded/VBD/blockade the/DT capital/NN ./.",
        "nsubj:3:0 case:2:1 nmod:0:2 root:-1:3 det:5:4 obj:3:5 punct:3:6");
    String before = codeAt(g, 3);
    assertTrue(before != null && before.startsWith("19") || "144".equals(before), "blockade coded: " + before);
    String after = crowdCode(g, 3);
    assertTrue(after.startsWith("144"), after);
  }

  @Test
  void bombersLandingInAStateAreAShowOfForce() {
    // "Two Russian bombers landed in Venezuela"
    SentenceGraph g = graph("Two/CD Russian/JJ bombers/NNS/bomber landed/VBD/land in/IN Venezuela/NNP ./.",
        "nummod:2:0 amod:2:1 nsubj:3:2 root:-1:3 case:5:4 obl:3:5 punct:3:6");
    assertEquals("150", codeAt(g, 3));
    // a minister who lands in a capital visits it
    SentenceGraph visit = graph("The/DT minister/NN landed/VBD/land in/IN Caracas/NNP ./.",
        "det:1:0 nsubj:2:1 root:-1:2 case:4:3 obl:2:4 punct:2:5");
    assertEquals("042", codeAt(visit, 2));
  }

  @Test
  void forcesMovedToCombatReadinessRaiseTheirAlert() {
    // "The armed forces moved to a higher state of combat readiness"
    SentenceGraph g = graph("The/DT armed/JJ forces/NNS/force moved/VBD/move to/IN a/DT higher/JJR/high state/NN of/IN "
        + "combat/NN readiness/NN ./.",
        "det:2:0 amod:2:1 nsubj:3:2 root:-1:3 case:7:4 det:7:5 amod:7:6 obl:3:7 case:10:8 compound:10:9 nmod:7:10 punct:3:11");
    assertEquals("152", codeAt(g, 3));
  }

  @Test
  void rocketPropelledGrenadeFireIsSmallArmsFire() {
    // "Rocket-propelled grenade fire crackled across the city"
    SentenceGraph g = graph("Rocket/NN -/HYPH propelled/VBN/propel grenade/NN fire/NN crackled/VBD/crackle across/IN "
        + "the/DT city/NN ./.", "obl:2:0 punct:2:1 amod:4:2 compound:4:3 nsubj:5:4 root:-1:5 case:8:6 det:8:7 obl:5:8 punct:5:9");
    assertEquals("193", codeAt(g, 4));
    // artillery fire stays 194
    SentenceGraph art = graph("Artillery/NN fire/NN hit/VBD/hit the/DT city/NN ./.",
        "compound:1:0 nsubj:2:1 root:-1:2 det:4:3 obj:2:4 punct:2:5");
    assertEquals("194", codeAt(art, 1));
  }

  @Test
  void aMotorcadeSprayedWithBulletsIsAnAttemptOnItsPassenger() {
    // "Gunmen sprayed his motorcade with bullets"
    SentenceGraph g = graph("Gunmen/NNS/gunman sprayed/VBD/spray his/PRP$/he motorcade/NN with/IN bullets/NNS/bullet ./.",
        "nsubj:1:0 root:-1:1 nmod:poss:3:2 obj:1:3 case:5:4 obl:1:5 punct:1:6");
    assertEquals("185", codeAt(g, 1));
  }

  @Test
  void internetThrottledAndPartiesShutDownAreAdministrativeSanctions() {
    // "Iran throttled internet access"
    SentenceGraph g = graph("Iran/NNP throttled/VBD/throttle internet/NN access/NN ./.",
        "nsubj:1:0 root:-1:1 compound:3:2 obj:1:3 punct:1:4");
    assertEquals("1721", codeAt(g, 1));
    // "The court shut down the Welfare Party"
    SentenceGraph party = graph("The/DT court/NN shut/VBD/shut down/RP the/DT Welfare/NNP Party/NNP/party ./.",
        "det:1:0 nsubj:2:1 root:-1:2 compound:prt:2:3 det:6:4 compound:6:5 obj:2:6 punct:2:7");
    assertEquals("1722", codeAt(party, 2));
  }

  @Test
  void phrasesOnlyAMatchReportUsesMakeCountriesTeams() {
    // "Italy won the shoot-out at Wembley"
    SentenceGraph won = graph("Italy/NNP won/VBD/win the/DT shoot-out/NN at/IN Wembley/NNP ./.",
        "nsubj:1:0 root:-1:1 det:3:2 obj:1:3 case:5:4 obl:1:5 punct:1:6");
    assertTrue(MatchReports.result(won));
    // "a penalty shoot - out", split at its hyphen
    SentenceGraph penalty = graph("Poland/NNP won/VBD/win a/DT penalty/NN shoot/NN -/HYPH out/NN ./.",
        "nsubj:1:0 root:-1:1 det:6:2 compound:6:3 compound:6:4 punct:6:5 obl:1:6 punct:1:7");
    assertTrue(MatchReports.result(penalty));
    // "Ireland laid siege to the English try line"
    SentenceGraph tryLine = graph("Ireland/NNP laid/VBD/lay siege/NN to/IN the/DT English/JJ try/NN line/NN ./.",
        "nsubj:1:0 root:-1:1 obj:1:2 case:7:3 det:7:4 amod:7:5 compound:7:6 obl:1:7 punct:1:8");
    assertTrue(MatchReports.result(tryLine));
    // a gunfight between police and gunmen is no match: "Police killed two gunmen in a shoot-out"
    SentenceGraph gunfight = graph("Police/NNS/police killed/VBD/kill two/CD gunmen/NNS/gunman in/IN a/DT shoot-out/NN ./.",
        "nsubj:1:0 root:-1:1 nummod:3:2 obj:1:3 case:6:4 det:6:5 obl:1:6 punct:1:7");
    assertFalse(MatchReports.result(gunfight));
  }

  @Test
  void aStabbingByPassengersOrAStrangerIsAPrivateCrime() {
    // "A taxi driver was stabbed to death by two passengers"
    SentenceGraph g = graph("A/DT taxi/NN driver/NN was/VBD/be stabbed/VBN/stab to/IN death/NN by/IN two/CD "
        + "passengers/NNS/passenger ./.",
        "det:2:0 compound:2:1 nsubj:pass:4:2 aux:pass:4:3 root:-1:4 case:6:5 obl:4:6 case:9:7 nummod:9:8 obl:4:9 punct:4:10");
    assertEquals(null, codeAt(g, 4));
    // by soldiers it is an act of force
    SentenceGraph soldiers = graph("A/DT taxi/NN driver/NN was/VBD/be stabbed/VBN/stab to/IN death/NN by/IN two/CD "
        + "soldiers/NNS/soldier ./.",
        "det:2:0 compound:2:1 nsubj:pass:4:2 aux:pass:4:3 root:-1:4 case:6:5 obl:4:6 case:9:7 nummod:9:8 obl:4:9 punct:4:10");
    assertEquals("1823", codeAt(soldiers, 4));
  }
}
