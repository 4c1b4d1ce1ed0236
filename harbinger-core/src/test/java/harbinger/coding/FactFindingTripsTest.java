package harbinger.coding;

import static harbinger.coding.TaggedGraphs.graph;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.lexicon.LexiconEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link FactFindingTrips#investigates}, the one test shared by {@link VerbalContent}, {@link EventCoder} and
 * {@link Salience} for a trip whose purpose is an investigation, on hand-built graphs: a trip to probe (also through a
 * helping verb) investigates; a trip to negotiate, a purpose clause with its own subject and a non-travel verb do not.
 */
class FactFindingTripsTest {
  private static Trigger trigger(int token, String code, String lemma) {
    return new Trigger(token, new LexiconEntry(code, lemma, false, null, List.of(), false, "test"));
  }

  @Test
  void aTripToProbeTortureInvestigates() {
    SentenceGraph g = graph("Monitors/NNS/monitor travelled/VBD/travel to/IN Haiti/NNP to/TO probe/VB torture/NN ./.",
        "nsubj:1:0 root:-1:1 case:3:2 obl:1:3 mark:5:4 advcl:1:5 obj:5:6 punct:1:7");
    assertTrue(FactFindingTrips.investigates(g, trigger(1, "042", "travel"), trigger(5, "092", "probe")));
  }

  @Test
  void aTripToHelpDocumentAbusesInvestigates() {
    SentenceGraph g = graph("Experts/NNS/expert arrived/VBD/arrive to/TO help/VB document/VB abuses/NNS/abuse ./.",
        "nsubj:1:0 root:-1:1 mark:3:2 advcl:1:3 xcomp:3:4 obj:4:5 punct:1:6");
    assertTrue(FactFindingTrips.investigates(g, trigger(1, "042", "arrive"), trigger(4, "092", "document")));
  }

  @Test
  void aTripToNegotiateOrWithItsOwnSubjectOrNoTripDoesNot() {
    SentenceGraph g = graph("Envoys/NNS/envoy flew/VBD/fly to/IN Moscow/NNP to/TO negotiate/VB ./.",
        "nsubj:1:0 root:-1:1 case:3:2 obl:1:3 mark:5:4 advcl:1:5 punct:1:6");
    assertFalse(FactFindingTrips.investigates(g, trigger(1, "042", "fly"), trigger(5, "046", "negotiate")));
    SentenceGraph own = graph("Monitors/NNS/monitor travelled/VBD/travel so/IN police/NNS could/MD probe/VB torture/NN ./.",
        "nsubj:1:0 root:-1:1 mark:5:2 nsubj:5:3 aux:5:4 advcl:1:5 obj:5:6 punct:1:7");
    assertFalse(FactFindingTrips.investigates(own, trigger(1, "042", "travel"), trigger(5, "092", "probe")));
    SentenceGraph sent = graph("Monitors/NNS/monitor praised/VBD/praise Haiti/NNP to/TO probe/VB torture/NN ./.",
        "nsubj:1:0 root:-1:1 obj:1:2 mark:4:3 advcl:1:4 obj:4:5 punct:1:6");
    assertFalse(FactFindingTrips.investigates(sent, trigger(1, "051", "praise"), trigger(4, "092", "probe")));
  }
}
