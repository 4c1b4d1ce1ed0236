package harbinger.coding;

import org.junit.jupiter.api.Test;

/**
 * Places named by the force holding them when no country owns the place ({@link Installations#namesForce}): "Naga
 * rebel bases" resolve as the rebels they name, where the place branch of {@link ActorResolver} found no holder.
 */
class RebelBasesTest {
  private static final String CASE = "lead22";

  @Test
  void rebelBasesWithAPeoplesNameAreThoseRebels() {
    Fixtures.assertSomeEvent(CASE, "Naga rebel bases", "a target INDREB", e -> Fixtures.code(e.target()).equals("INDREB"));
  }

  @Test
  void rebelBasesNearABorderAreTheRebels() {
    Fixtures.assertSomeEvent(CASE, "Karen rebel bases", "a target MMRREB", e -> Fixtures.code(e.target()).equals("MMRREB"));
  }
}
