package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import harbinger.model.Quantity;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link QuantityFinder} on real parses ({@code golden/stages/quantities.doc.json}): counted troops and people,
 * casualties of a killing verb, money in symbols and words, and vague amounts with their lower bound.
 */
class QuantityFinderTest {
  private final QuantityFinder finder = new QuantityFinder();

  /** Quantities of the whole sentence for the trigger {@code trigger}. */
  private List<Quantity> quantities(String fixture, String fragment, String trigger) {
    SentenceGraph g = Fixtures.graph(fixture, fragment);
    BitSet all = new BitSet();
    all.set(0, g.size());
    return finder.find(g, all, Fixtures.token(g, trigger));
  }

  @Test
  void vagueAmountOfMoneyGivesItsApproximateLowerBound() {
    assertEquals(List.of(new Quantity(20_000_000, "USD", true)),
        quantities("quantities", "tens of millions of dollars", "pledged"));
  }

  @Test
  void countedSoldiersWithThousandsSeparator() {
    assertEquals(List.of(new Quantity(70_000, "soldiers", false)), quantities("quantities", "70,000 soldiers", "gathered"));
  }

  @Test
  void peopleKilledAreCountedAsDead() {
    assertEquals(List.of(new Quantity(12, "dead", false)), quantities("quantities", "killed 12 people", "killed"));
  }

  @Test
  void moreThanMakesTheNumberApproximate() {
    assertEquals(List.of(new Quantity(300, "protesters", true)), quantities("quantities", "More than 300", "arrested"));
  }

  @Test
  void dollarSignAndScaleWord() {
    assertEquals(List.of(new Quantity(2.5e9, "USD", false)), quantities("quantities", "$2.5 billion", "approved"));
  }

  @Test
  void currencyNamedAfterTheNumber() {
    assertEquals(List.of(new Quantity(1.2e9, "EUR", false)), quantities("quantities", "1.2 billion euros", "approved"));
  }

  @Test
  void vagueCountOfPeople() {
    assertEquals(List.of(new Quantity(200, "protesters", true)), quantities("quantities", "hundreds of protesters", "detained"));
  }

  @Test
  void datesAreNotQuantities() {
    assertEquals(List.of(), quantities("dates", "on December 3", "hosted"));
    assertEquals(List.of(), quantities("dates", "in 2019", "hosted"));
  }

  @Test
  void onlyTokensInScopeAreRead() {
    SentenceGraph g = Fixtures.graph("quantities", "70,000 soldiers");
    assertEquals(List.of(), finder.find(g, new BitSet(), Fixtures.token(g, "gathered")));
  }

  @Test
  void parsesNumbersFromWordsAndNormalisedValues() {
    assertEquals(70_000.0, QuantityFinder.parseNumber("70,000", null));
    assertEquals(40.0, QuantityFinder.parseNumber("40", ">=40.0"));
    assertEquals(5.0e7, QuantityFinder.parseNumber("50", "€5.0E7"));
    assertEquals(null, QuantityFinder.parseNumber("dozen", null));
  }
}
