package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bare definite noun names the body named before with the same noun, an intergovernmental one included, on real
 * parses of sentences written for this test ({@code golden/stages/bodies-named-again.txt}): "the leaders" after
 * "European Union leaders agreed" are the EU's, not the country of the person thanking them.
 */
class BodiesNamedAgainTest {
  @Test
  void theLeadersAfterEuropeanUnionLeadersAreTheUnions() {
    List<String> p = Fixtures.triples("bodies-named-again", "thanked the leaders");
    assertTrue(p.stream().anyMatch(x -> x.startsWith("UKRGOV") && x.endsWith(" IGOEUREEC")), p.toString());
    assertTrue(p.stream().noneMatch(x -> x.endsWith(" UKRGOV")), p.toString());
  }

  @Test
  void theLeadersAfterAfricanUnionLeadersAreTheUnions() {
    List<String> p = Fixtures.triples("bodies-named-again", "praised the leaders");
    assertTrue(p.stream().anyMatch(x -> x.startsWith("KENGOV") && x.contains(" IGOAFR")), p.toString());
  }
}
