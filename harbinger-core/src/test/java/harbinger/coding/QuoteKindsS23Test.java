package harbinger.coding;

import static harbinger.coding.TaggedGraphs.graph;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.nlp.Datelines;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

/**
 * Attribution kinds of session 23 on hand-built graphs, each with the parse CoreNLP gives for a sentence of the same
 * shape: a name set off after the source of "according to" ({@link AccordingNames}); datelines with a year or a
 * bare agency ({@link Datelines}); businesses and trades as sources ({@link QuoteSources}).
 */
class QuoteKindsS23Test {
  @Test
  void aNameSetOffAfterTheSourceOfAccordingToIsTheSpeaker() {
    // "According to one economist at a bank, Kanya Srisuk, the damage could cut growth", the name made the subject
    SentenceGraph g = graph("According/VBG/accord to/IN one/CD economist/NN at/IN a/DT bank/NN ,/, Kanya/NNP/Kanya/PERSON "
            + "Srisuk/NNP/Srisuk/PERSON ,/, the/DT damage/NN could/MD cut/VB growth/NN ./.",
        "case:3:0 fixed:0:1 nummod:3:2 obl:14:3 case:6:4 det:6:5 nmod:3:6 punct:14:7 compound:9:8 nsubj:14:9 punct:9:10 "
            + "det:12:11 appos:9:12 aux:14:13 root:-1:14 obj:14:15 punct:14:16");
    BitSet phrase = g.subtree(3);
    assertArrayEquals(new int[] {7, 10}, AccordingNames.after(g, 3, phrase));
    // a common noun after the comma is no name ("According to the agency, officials said ...")
    SentenceGraph common = graph("According/VBG/accord to/IN the/DT agency/NN ,/, officials/NNS ,/, said/VBD/say it/PRP ./.",
        "case:3:0 fixed:0:1 det:3:2 obl:7:3 punct:7:4 nsubj:7:5 punct:5:6 root:-1:7 obj:7:8 punct:7:9");
    assertNull(AccordingNames.after(common, 3, common.subtree(3)));
  }

  @Test
  void aDatelineMayHoldAYearOrAnAgencyWithoutBrackets() {
    String nepal = "KATHMANDU, April 27, 2015 (AFP) - Aid agencies have warned that food was short.";
    assertEquals("KATHMANDU, April 27, 2015 (AFP) - ".length(), Datelines.length(nepal));
    String sydney = "SYDNEY, Jan 4 AAP - Fire chiefs have warned that conditions could be as bad.";
    assertEquals("SYDNEY, Jan 4 AAP - ".length(), Datelines.length(sydney));
    assertEquals(0, Datelines.length("The 2015 budget - a disaster, critics said."));
  }

  @Test
  void producersUtilitiesAndEngineersCanBeSources() {
    SentenceGraph g = graph("Natural/JJ gas/NN producers/NNS/producer blamed/VBD/blame wellheads/NNS for/IN the/DT shortfall/NN ./.",
        "amod:2:0 compound:2:1 nsubj:3:2 root:-1:3 obj:3:4 case:7:5 det:7:6 obl:3:7 punct:3:8");
    assertTrue(QuoteSources.plausible(g, 2, false));
  }
}
