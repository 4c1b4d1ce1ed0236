package harbinger.coding;

import static harbinger.coding.TaggedGraphs.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

/**
 * Object phrases the parser broke apart ({@link MisattachedObjects}), on the parses CoreNLP gave for round-19 and
 * s20-coop probe sentences (rebuilt by hand with other words): the trigger's context ({@link TriggerFinder#context})
 * reaches the noun of a determiner object, a noun conjoined to the verb after its object, and the subject of a
 * participle made the clausal passive subject; and a noun under a determiner object is governed by the verb.
 */
class MisattachedObjectsTest {
  private static boolean has(SentenceGraph g, BitSet context, String word) {
    for (int k = context.nextSetBit(0); k >= 0; k = context.nextSetBit(k + 1)) if (g.word(k).equals(word)) return true;
    return false;
  }

  @Test
  void theNounOfADeterminerObjectIsInTheVerbsContext() {
    // "they would lift the[obj] arms embargo[dep of 'the'] imposed on Iraq"
    SentenceGraph g = graph("They/PRP would/MD lift/VB/lift the/DT arms/NN embargo/NN imposed/VBN/impose on/IN Iraq/NNP ./.",
        "nsubj:2:0 aux:2:1 root:-1:2 obj:2:3 compound:5:4 dep:3:5 acl:5:6 case:8:7 obl:6:8 punct:2:9");
    assertTrue(has(g, TriggerFinder.context(g, 2, false), "embargo"));
    assertEquals(2, TriggerFinder.governor(g, 5));
  }

  @Test
  void aNounConjoinedToTheVerbAfterItsObjectIsASecondObject() {
    // "to pull its soldiers and equipment[conj of 'pull'] out of the enclave[nmod of 'equipment']"
    SentenceGraph g = graph("to/TO pull/VB/pull its/PRP$ soldiers/NNS and/CC equipment/NN out/IN of/IN the/DT enclave/NN ./.",
        "mark:1:0 root:-1:1 nmod:poss:3:2 obj:1:3 cc:5:4 conj:1:5 case:9:6 case:9:7 det:9:8 nmod:5:9 punct:1:10");
    BitSet context = TriggerFinder.context(g, 1, false);
    assertTrue(has(g, context, "out") && has(g, context, "enclave"));
  }

  @Test
  void theSubjectOfAParticipleMadeTheClausalPassiveSubjectIsWhatIsHandedBack() {
    // "Nine soldiers captured[csubj:pass of 'handed'] in the clashes were handed back to Peru"
    SentenceGraph g = graph("Nine/CD soldiers/NNS captured/VBN/capture in/IN the/DT clashes/NNS were/VBD/be handed/VBN/hand back/RB "
            + "to/IN Peru/NNP ./.",
        "nummod:1:0 nsubj:2:1 csubj:pass:7:2 case:5:3 det:5:4 obl:2:5 aux:pass:7:6 root:-1:7 compound:prt:7:8 case:10:9 "
            + "obl:7:10 punct:7:11");
    assertTrue(has(g, TriggerFinder.context(g, 7, false), "soldiers"));
  }

  @Test
  void aVerbConjoinedToAVerbIsNoObject() {
    SentenceGraph g = graph("They/PRP pulled/VBD/pull their/PRP$ troops/NNS and/CC left/VBD/leave the/DT town/NN ./.",
        "nsubj:1:0 root:-1:1 nmod:poss:3:2 obj:1:3 cc:5:4 conj:1:5 det:7:6 obj:5:7 punct:1:8");
    assertTrue(!has(g, TriggerFinder.context(g, 1, false), "town"));
  }

  @Test
  void theByAgentOfALooseObjectClauseIsWhatIsPrevented() {
    // "prevented the march organised by farmers ... to protest ... aid to Albania": the farmers, not Albania
    Fixtures.assertSomeEvent("lead22", "march organised by farmers", "a target GRC farmers", e -> e.cameo().startsWith("17")
        && Fixtures.code(e.target()).startsWith("GRC"));
  }
}
