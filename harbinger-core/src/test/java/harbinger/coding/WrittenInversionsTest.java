package harbinger.coding;

import static harbinger.coding.TaggedGraphs.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * An inverted "read" after a quote names its source ({@link WrittenInversions}), on hand-built sentences with the
 * analysis CoreNLP gave such a sentence of the round-16 probes ("read" tagged as a base form hung on the quote, which
 * {@link QuoteSources#inverted} does not take); a "read" with a subject or not after the quote is no such cue.
 */
class WrittenInversionsTest {
  @Test
  void theNounAfterAnInvertedReadIsTheSource() {
    SentenceGraph g = graph("``/`` We/PRP are/VBP fine/JJ ,/, ''/'' read/VB/read the/DT note/NN",
        "root:-1:0 nsubj:3:1 cop:3:2 dep:0:3 punct:3:4 punct:6:5 dep:3:6 det:8:7 obj:6:8");
    assertEquals(8, WrittenInversions.source(g, 6));
    assertNull(QuoteSources.inverted(g, 6)); // the general inversion wants a finite verb
  }

  @Test
  void aReadWithASubjectOrNotAfterTheQuoteIsNoCue() {
    SentenceGraph subject = graph("''/'' she/PRP read/VBD/read the/DT note/NN",
        "punct:2:0 nsubj:2:1 root:-1:2 det:4:3 obj:2:4");
    assertNull(WrittenInversions.source(subject, 2));
    SentenceGraph plain = graph("Officials/NNS then/RB read/VBD/read the/DT note/NN",
        "nsubj:2:0 advmod:2:1 root:-1:2 det:4:3 obj:2:4");
    assertNull(WrittenInversions.source(plain, 2));
  }
}
