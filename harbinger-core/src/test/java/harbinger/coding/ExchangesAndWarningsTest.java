package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exchanges of fire (mutual lexicon rows: both sides fire, each is the other's target) and warnings addressed to a
 * party ({@link WarnedParties}), coded by the default coder on real parses of sentences written for these tests
 * ({@code golden/stages/conflict-exchanges-warnings.txt}).
 */
class ExchangesAndWarningsTest {
  private static final String FIXTURE = "conflict-exchanges-warnings";

  private static List<String> triples(String sentenceStart) {
    return Fixtures.triples(FIXTURE, sentenceStart);
  }

  @Test
  void twoSidesExchangingFireEachFireOnTheOther() {
    List<String> t = triples("Serbian and Kosovar police");
    assertEquals(2, t.size(), t.toString());
    for (String e : t) {
      String[] p = e.split(" ");
      assertEquals("193", p[1], e);
      assertTrue(!p[0].equals("-") && !p[2].equals("-") && !p[0].equals(p[2]), e);
    }
  }

  @Test
  void tradedMortarFireIsOneMutualShellingNotAOneSidedCopyOfIt() {
    List<String> t = triples("Two rival militias");
    assertEquals(1, t.size(), t.toString());
    assertEquals("194", t.get(0).split(" ")[1], t.toString());
  }

  @Test
  void tradingShotsWithAPartyTargetsIt() {
    List<String> t = triples("Border guards traded shots");
    assertTrue(t.stream().anyMatch(e -> e.split(" ")[1].equals("193") && !e.endsWith(" -")), t.toString());
  }

  @Test
  void aWarningToAPartyIsAThreatAtIt() {
    assertEquals(List.of("GRC 130 TUR"), triples("Greece warned Turkey"));
    List<String> t = triples("Beijing cautioned Manila");
    assertEquals(1, t.size(), t.toString());
    assertTrue(t.get(0).split(" ")[1].startsWith("13") && t.get(0).endsWith(" PHLGOV"), t.toString());
  }

  @Test
  void aWarningToNoOneIsAForecastOrAdviceNoEvent() {
    assertEquals(List.of(), triples("Analysts warned that unemployment"));
    assertEquals(List.of(), triples("The central bank cautioned against"));
  }
}
