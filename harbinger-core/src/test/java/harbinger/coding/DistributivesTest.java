package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bare "each" or "both" doing an act stands for the parties of the clause above, on real parses of sentences
 * written for this test ({@code golden/stages/distributives.txt}); "each of the factions" keeps its own words.
 */
class DistributivesTest {
  @Test
  void eachAfterACoordinatedSubjectIsEveryOneOfThem() {
    List<String> p = Fixtures.triples("distributives", "each expelling");
    assertTrue(p.stream().anyMatch(x -> x.startsWith("ITA") && x.contains(" 16")), p.toString());
    assertTrue(p.stream().anyMatch(x -> x.startsWith("ESP") && x.contains(" 16")), p.toString());
  }

  @Test
  void bothAfterACoordinatedSubjectIsEveryOneOfThem() {
    List<String> p = Fixtures.triples("distributives", "both recalling");
    assertTrue(p.stream().anyMatch(x -> x.startsWith("KEN")), p.toString());
    assertTrue(p.stream().anyMatch(x -> x.startsWith("UGA")), p.toString());
  }

  @Test
  void eachWithItsOwnOfPhraseIsNotReplaced() {
    List<String> p = Fixtures.triples("distributives", "Each of the two rebel factions");
    assertTrue(p.stream().noneMatch(x -> x.startsWith("ITA") || x.startsWith("KEN")), p.toString());
  }
}
