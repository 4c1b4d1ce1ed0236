package harbinger.coding;

import static harbinger.coding.TaggedGraphs.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Speakers the parser took for something else ({@link MisreadSubjects}), on hand-built sentences with the analyses
 * CoreNLP gave such sentences of the session-16 probes: a fronted place phrase made the subject ("Outside parliament,
 * hundreds of protesters chanted") or left as the oblique ("At the depot, a driver said") with the speaker as its
 * apposition, and a "said" hung on a relative clause through "after" taken for a clause mark.
 */
class MisreadSubjectsTest {
  @Test
  void theAppositionOfAFrontedPlaceTakenForTheSubjectSpeaks() {
    SentenceGraph g = graph("Outside/JJ parliament/NN ,/, hundreds/NNS of/IN protesters/NNS chanted/VBD/chant slogans/NNS",
        "amod:1:0 nsubj:6:1 punct:1:2 appos:1:3 case:5:4 nmod:3:5 root:-1:6 obj:6:7");
    assertEquals(3, MisreadSubjects.frontedPlace(g, 6));
  }

  @Test
  void theAppositionOfAFrontedPlaceLeftAsTheObliqueSpeaks() {
    SentenceGraph g = graph("At/IN the/DT depot/NN ,/, a/DT driver/NN said/VBD/say he/PRP quit/VBD",
        "case:2:0 det:2:1 obl:6:2 punct:2:3 det:5:4 appos:2:5 root:-1:6 nsubj:8:7 ccomp:6:8");
    assertEquals(5, MisreadSubjects.frontedPlace(g, 6));
  }

  @Test
  void anOpeningNounWithItsAppositionIsNoPlace() {
    SentenceGraph g = graph("The/DT union/NN ,/, a/DT federation/NN ,/, said/VBD/say it/PRP quit/VBD",
        "det:1:0 nsubj:6:1 punct:1:2 det:4:3 appos:1:4 punct:1:5 root:-1:6 nsubj:8:7 ccomp:6:8");
    assertNull(MisreadSubjects.frontedPlace(g, 6));
  }

  @Test
  void aSaidHungOnARelativeClauseThroughAfterIsTheAntecedents() {
    String words = "A/DT worker/NN who/WP was/VBD questioned/VBN after/IN a/DT march/NN said/VBD/say police/NNS lied/VBD";
    SentenceGraph g = graph(words, "det:1:0 root:-1:1 nsubj:pass:4:2 aux:pass:4:3 acl:relcl:1:4 mark:8:5 det:7:6 nsubj:8:7 "
        + "advcl:4:8 nsubj:10:9 ccomp:8:10");
    assertEquals(1, MisreadSubjects.markedRelative(g, 8));
    SentenceGraph because = graph(words.replace("after/IN", "because/IN"), "det:1:0 root:-1:1 nsubj:pass:4:2 aux:pass:4:3 "
        + "acl:relcl:1:4 mark:8:5 det:7:6 nsubj:8:7 advcl:4:8 nsubj:10:9 ccomp:8:10");
    assertNull(MisreadSubjects.markedRelative(because, 8));
  }
}
