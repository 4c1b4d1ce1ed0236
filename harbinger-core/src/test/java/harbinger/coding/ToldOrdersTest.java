package harbinger.coding;

import org.junit.jupiter.api.Test;

/**
 * "Tell" with an object and a to-infinitive is an order coded by what is ordered ({@link ToldOrders}); "told reporters
 * that" stays a reporting verb. On real parses of sentences written for the conflict kinds of session 13
 * ({@code golden/stages/conflict-kinds-13.txt}).
 */
class ToldOrdersTest {
  private static final String CASE = "conflict-kinds-13";

  @Test
  void toldToPullTroopsOutIsADemandForWithdrawal() { Fixtures.assertTriple(CASE, "told Khartoum", "IGOUNO", "1056", "SDN"); }

  @Test
  void toldToReleaseSailorsIsADemandForRelease() { Fixtures.assertTriple(CASE, "told Cairo", "ITA", "1053", "EGY"); }

  @Test
  void toldReportersThatIsNoOrder() {
    Fixtures.assertNoEvent(CASE, "told reporters", "a demand", e -> e.cameo().startsWith("10"));
  }
}
