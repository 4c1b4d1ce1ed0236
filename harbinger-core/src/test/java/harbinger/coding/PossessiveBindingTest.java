package harbinger.coding;

import org.junit.jupiter.api.Test;

/**
 * A possessive on a party's own people stands for the subject of its clause ({@link PossessiveBinding}), on real
 * parses of {@code golden/stages/lead23.txt} (published 2003-05-10): through a conjunct that shares the first verb's
 * subject; a possession of the other side keeps the nearest party (a guard: the conjunct after an object binds nothing).
 */
class PossessiveBindingTest {
  private static final String CASE = "lead23";

  @Test
  void aConjunctsPossessiveOnCitizensIsTheSharedSubjects() {
    Fixtures.assertSomeEvent(CASE, "told its citizens", "a target EGYCVL (not IRQ)", e -> Fixtures.code(e.target()).equals("EGYCVL"));
  }

  @Test
  void aConjunctAfterAPerfectAuxiliaryBindsToo() {
    Fixtures.assertSomeEvent(CASE, "urged its citizens", "a target of Malaysia", e -> Fixtures.code(e.target()).startsWith("MYS"));
  }

  @Test
  void aPossessionOfTheOtherSideKeepsTheNearestParty() {
    Fixtures.assertSomeEvent(CASE, "Russia attacked Georgia", "a target of Georgia", e -> e.cameo().startsWith("19")
        && Fixtures.code(e.target()).startsWith("GEO"));
  }
}
