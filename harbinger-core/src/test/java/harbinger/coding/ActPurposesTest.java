package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A demand that a march is for, and a protest that a recall is done in, are part of that act ({@link ActPurposes});
 * a demand conjoined with a strike, and a protest that is the act itself, stay. On real parses of sentences written
 * for this test ({@code golden/stages/act-purposes.txt}).
 */
class ActPurposesTest {
  private static final String STAGE = "act-purposes";

  private static boolean has(List<String> triples, String rootPrefix) {
    return triples.stream().anyMatch(t -> t.split(" ")[1].startsWith(rootPrefix));
  }

  @Test
  void aMarchToDemandElectionsIsOneDemonstration() {
    List<String> p = Fixtures.triples(STAGE, "through Tbilisi");
    assertTrue(has(p, "14"), p.toString());
    assertFalse(has(p, "10"), p.toString());
  }

  @Test
  void aRecallInProtestIsNoDemonstration() {
    List<String> p = Fixtures.triples(STAGE, "in protest at the arrests");
    assertTrue(has(p, "16"), p.toString());
    assertFalse(has(p, "14"), p.toString());
  }

  @Test
  void aDemandConjoinedWithAStrikeStays() {
    List<String> p = Fixtures.triples(STAGE, "higher wages");
    assertTrue(has(p, "14"), p.toString());
    assertTrue(has(p, "10"), p.toString());
  }

  @Test
  void aProtestThatIsTheActStays() {
    List<String> p = Fixtures.triples(STAGE, "staged a protest");
    assertTrue(has(p, "14"), p.toString());
  }

  /** Bombs of no kind that fall on a town are an air raid, not a bombing by planted bombs ({@link BombKinds}). */
  @Test
  void bombsFallingOnATownAreAnAirRaid() {
    List<String> p = Fixtures.triples(STAGE, "second night");
    assertTrue(has(p, "195"), p.toString());
  }
}
