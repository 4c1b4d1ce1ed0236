package harbinger.coding;

import static harbinger.coding.TaggedGraphs.graph;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link FigurativeForce} on hand-built graphs: force done by a bank, a fund or speculators is a figure of money ("the
 * central bank had fired its last bullet"); the same act by troops stays force.
 */
class FigurativeFinanciersTest {
  @Test
  void aCentralBankFiringItsLastBulletIsAFigure() {
    SentenceGraph g = graph("The/DT central/JJ bank/NN fired/VBD/fire its/PRP$ last/JJ bullet/NN ./.",
        "det:2:0 amod:2:1 nsubj:3:2 root:-1:3 nmod:poss:6:4 amod:6:5 obj:3:6 punct:3:7");
    assertTrue(FigurativeForce.figurative(g, 3));
  }

  @Test
  void troopsFiringTheirLastBulletsAreNot() {
    SentenceGraph g = graph("The/DT troops/NNS/troops fired/VBD/fire their/PRP$ last/JJ bullets/NNS/bullet ./.",
        "det:1:0 nsubj:2:1 root:-1:2 nmod:poss:5:3 amod:5:4 obj:2:5 punct:2:6");
    assertFalse(FigurativeForce.figurative(g, 2));
  }
}
