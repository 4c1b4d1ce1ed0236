package harbinger.coding;

import static harbinger.coding.TaggedGraphs.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Attribution kinds of session 19 on hand-built graphs, each with the parse CoreNLP gave for a sentence of the same
 * shape: an estimate whose "at" the parser made an adverb over the amount ({@link EstimateCues}); the quoted name of
 * "what he called "..."" ({@link WhatCalled}).
 */
class QuoteKindsS19Test {
  @Test
  void anEstimateWhoseAtIsAnAdverbOverTheAmountIsAttributed() {
    SentenceGraph put = graph("The/DT commissioner/NN put/VBD/put the/DT insured/JJ losses/NNS/loss at/IN more/JJR than/IN "
            + "$/$ 7/CD billion/CD ./.",
        "det:1:0 nsubj:2:1 root:-1:2 det:5:3 amod:5:4 obj:2:5 advmod:2:6 advmod:9:7 fixed:7:8 dep:6:9 compound:11:10 "
            + "nummod:9:11 punct:2:12");
    assertEquals("{3, 4, 5, 6, 7, 8, 9, 10, 11}", EstimateCues.content(put, 2).toString());
    // an "at" adverb over no number attributes nothing ("put the issue at the top")
    SentenceGraph top = graph("She/PRP put/VBD/put the/DT issue/NN at/IN the/DT top/NN ./.",
        "nsubj:1:0 root:-1:1 det:3:2 obj:1:3 advmod:1:4 det:6:5 obl:4:6 punct:1:7");
    assertTrue(EstimateCues.content(top, 1).isEmpty());
  }

  @Test
  void theQuotedNameOfWhatSomeoneCalledIsTheContent() {
    SentenceGraph called = graph("The/DT chairman/NN apologized/VBD/apologize for/IN what/WP he/PRP called/VBD/call \"/`` "
            + "unacceptable/JJ \"/'' delays/NNS ./.",
        "det:1:0 nsubj:2:1 root:-1:2 mark:6:3 obj:6:4 nsubj:6:5 advcl:2:6 punct:10:7 amod:10:8 punct:10:9 obj:6:10 punct:2:11");
    assertEquals("{8}", WhatCalled.content(called, 6).toString());
    assertEquals("{8}", QuoteCues.content(called, 6).tokens().toString());
    // the closing mark tagged as an opening one, as the tagger does after a two-word name
    SentenceGraph shameful = graph("for/IN what/WP he/PRP called/VBD/call \"/`` a/DT shameful/JJ \"/`` failure/NN",
        "mark:3:0 obj:3:1 nsubj:3:2 root:-1:3 punct:8:4 det:8:5 amod:8:6 punct:8:7 obj:3:8");
    assertEquals("{5, 6}", WhatCalled.content(shameful, 3).toString());
    // no "what": a plain naming frame is left to the other rules
    SentenceGraph plain = graph("He/PRP called/VBD/call \"/`` unacceptable/JJ \"/'' delays/NNS",
        "nsubj:1:0 root:-1:1 punct:5:2 amod:5:3 punct:5:4 obj:1:5");
    assertTrue(WhatCalled.content(plain, 1).isEmpty());
  }
}
