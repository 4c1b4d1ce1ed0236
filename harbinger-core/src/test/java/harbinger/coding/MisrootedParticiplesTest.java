package harbinger.coding;

import static harbinger.coding.TaggedGraphs.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * {@link MisrootedParticiples} on hand-built graphs with the shapes CoreNLP gives: the misrooted participle's noun is
 * the subject of the first finite verb after it, not of a later one that follows a clause of its own.
 */
class MisrootedParticiplesTest {
  @Test
  void theFirstLooseVerbTakesTheParticiplesNoun() {
    SentenceGraph truck = graph("A/DT truck/NN loaded/VBN/load with/IN explosives/NNS blew/VBD/blow up/RP ./.",
        "det:1:0 nsubj:2:1 root:-1:2 case:4:3 obl:2:4 dep:2:5 compound:prt:5:6 punct:2:7");
    assertEquals(1, MisrootedParticiples.subject(truck, 5));
  }

  @Test
  void aLaterVerbAfterAClauseOfItsOwnDoesNot() {
    // "A survey released on Monday found gains, and polls published later showed leads": the parser hangs both
    // "found" and "showed" on "released"; only "found" belongs to the survey
    SentenceGraph polls = graph("A/DT survey/NN released/VBN/release on/IN Monday/NNP found/VBD/find gains/NNS ,/, "
            + "and/CC polls/NNS/poll published/VBN/publish later/RB showed/VBD/show leads/NNS ./.",
        "det:1:0 nsubj:2:1 root:-1:2 case:4:3 obl:2:4 dep:2:5 obj:5:6 punct:10:7 cc:10:8 nsubj:10:9 conj:5:10 "
            + "advmod:10:11 dep:2:12 obj:12:13 punct:2:14");
    assertEquals(1, MisrootedParticiples.subject(polls, 5));
    assertNull(MisrootedParticiples.subject(polls, 12));
  }
}
