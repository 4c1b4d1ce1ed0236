package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Trade between private firms is no cooperation event; a state buying or a ministry signing stays one. On real parses
 * of sentences written for this test ({@code golden/stages/commercial-deals.txt}).
 */
class CommercialDealsTest {
  @Test
  void aFirmBuyingFromAnotherFirmIsNoEvent() {
    List<String> p = Fixtures.triples("commercial-deals", "chain of supermarkets");
    assertTrue(p.isEmpty(), p.toString());
  }

  @Test
  void aFirmReportingItsOwnContractThroughAPronounIsNoEvent() {
    List<String> p = Fixtures.triples("commercial-deals", "lease warehouses");
    assertTrue(p.stream().noneMatch(x -> x.matches(".* 0[356]\\S* .*")), p.toString());
  }

  @Test
  void aGovernmentBuyingFromAFirmStaysAnEvent() {
    List<String> p = Fixtures.triples("commercial-deals", "two frigates");
    assertTrue(p.stream().anyMatch(x -> x.matches(".* 0[356]\\S* .*")), p.toString());
  }

  @Test
  void aFirmSigningWithAMinistryStaysAnEvent() {
    List<String> p = Fixtures.triples("commercial-deals", "defence ministry");
    assertTrue(p.stream().anyMatch(x -> x.matches(".* 0[356]\\S* .*")), p.toString());
  }
}
