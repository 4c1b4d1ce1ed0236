package harbinger.coding;

import static harbinger.coding.TaggedGraphs.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Attribution kinds of session 22 on hand-built graphs, each with the parse CoreNLP gives for a sentence of the same
 * shape: a gerund reported by "described" or "feared" and what is chanted or hoped for (cue-words.tsv); "who asked not
 * to be named", which says why the source is unnamed and reports nothing ({@link AnonymityFormula}).
 */
class QuoteKindsS22Test {
  @Test
  void aGerundAfterDescribedOrFearedIsWhatIsReported() {
    SentenceGraph described = graph("Survivors/NNS described/VBD/describe clinging/VBG/cling to/IN trees/NNS ./.",
        "nsubj:1:0 root:-1:1 xcomp:1:2 case:4:3 obl:2:4 punct:1:5");
    assertEquals("{2, 3, 4}", QuoteCues.content(described, 1).tokens().toString());
    SentenceGraph feared = graph("Traders/NNS feared/VBD/fear losing/VBG/lose deliveries/NNS/delivery ./.",
        "nsubj:1:0 root:-1:1 xcomp:1:2 obj:2:3 punct:1:4");
    assertEquals("{2, 3}", QuoteCues.content(feared, 1).tokens().toString());
  }

  @Test
  void whatIsChantedOrHopedForIsTheContent() {
    SentenceGraph chanted = graph("Pickets/NNS chanted/VBD/chant for/IN a/DT fair/JJ deal/NN ./.",
        "nsubj:1:0 root:-1:1 case:5:2 det:5:3 amod:5:4 obl:1:5 punct:1:6");
    assertEquals("{2, 3, 4, 5}", QuoteCues.content(chanted, 1).tokens().toString());
    SentenceGraph hoped = graph("He/PRP hoped/VBD/hope for/IN a/DT settlement/NN ./.",
        "nsubj:1:0 root:-1:1 case:4:2 det:4:3 obl:1:4 punct:1:5");
    assertEquals("{2, 3, 4}", QuoteCues.content(hoped, 1).tokens().toString());
  }

  @Test
  void askingNotToBeNamedIsAnAnonymityFormula() {
    SentenceGraph named = graph("An/DT engineer/NN ,/, who/WP asked/VBD/ask not/RB to/TO be/VB/be named/VBN/name ,/, "
            + "told/VBD/tell reporters/NNS ./.",
        "det:1:0 nsubj:10:1 punct:1:2 nsubj:4:3 acl:relcl:1:4 advmod:8:5 mark:8:6 aux:pass:8:7 xcomp:4:8 punct:1:9 "
            + "root:-1:10 obj:10:11 punct:10:12");
    assertTrue(AnonymityFormula.inFormula(named, 4));
    // asking to be named, or asking another not to do something, is no such formula
    SentenceGraph toBeNamed = graph("He/PRP asked/VBD/ask to/TO be/VB/be named/VBN/name ./.",
        "nsubj:1:0 root:-1:1 mark:4:2 aux:pass:4:3 xcomp:1:4 punct:1:5");
    assertFalse(AnonymityFormula.inFormula(toBeNamed, 1));
    SentenceGraph leave = graph("He/PRP asked/VBD/ask them/PRP not/RB to/TO leave/VB ./.",
        "nsubj:1:0 root:-1:1 obj:1:2 advmod:5:3 mark:5:4 xcomp:1:5 punct:1:6");
    assertFalse(AnonymityFormula.inFormula(leave, 1));
  }
}
