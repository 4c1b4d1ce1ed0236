package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Minorities named by their kin state's adjective, on real parses of sentences written for this test
 * ({@code golden/stages/minorities.txt}): their armed men are rebels of the state they live in, never its military,
 * and the places they hold are theirs.
 */
class MinoritiesTest {
  @Test
  void positionsOfAMinoritysForcesBelongToThoseForcesAsRebels() {
    List<String> p = Fixtures.triples("minorities", "pounded the positions");
    assertTrue(p.stream().anyMatch(x -> x.startsWith("AZE") && x.endsWith(" AZEREB")), p.toString());
    assertTrue(p.stream().noneMatch(x -> x.endsWith(" AZE") || x.endsWith(" AZEMIL")), p.toString());
  }

  @Test
  void aMinoritysFightersAreRebelsOfTheStateTheyLiveIn() {
    List<String> p = Fixtures.triples("minorities", "Ethnic Armenian fighters");
    assertTrue(p.stream().anyMatch(x -> x.startsWith("AZEREB ")), p.toString());
    assertTrue(p.stream().noneMatch(x -> x.startsWith("AZEMIL ")), p.toString());
  }

  @Test
  void positionsOfAStatesForcesStayThatStates() {
    List<String> p = Fixtures.triples("minorities", "Russian troops shelled");
    assertTrue(p.stream().anyMatch(x -> x.startsWith("RUSMIL") && x.endsWith(" UKR")), p.toString());
  }
}
