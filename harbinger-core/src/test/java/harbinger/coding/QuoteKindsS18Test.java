package harbinger.coding;

import static harbinger.coding.TaggedGraphs.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

/**
 * Attribution kinds of session 18 on hand-built graphs, each with the parse CoreNLP gave for a sentence of the same
 * shape: a report the parser broke, read from the words ({@link SurfaceReports}); "its" on a cue noun whose verb
 * lost its subject ({@link PossessiveSources}); a number followed by the name it introduces
 * ({@link SpeakerExtents#last}).
 */
class QuoteKindsS18Test {
  /** "said" made a modifier of the reported subject, the relative clause a loose dependent. */
  private static final SentenceGraph BROKER = graph(
      "One/CD broker/NN at/IN a/DT Japanese/JJ bank/NN ,/, who/WP declined/VBD/decline to/TO be/VB named/VBN/name ,/, "
          + "said/VBD/say investors/NNS/investor had/VBD/have been/VBN/be selling/VBG/sell yen/NN ./.",
      "nummod:1:0 root:-1:1 case:5:2 det:5:3 amod:5:4 nmod:1:5 punct:1:6 dep:1:7 dep:17:8 mark:11:9 aux:pass:11:10 "
          + "xcomp:8:11 punct:17:12 amod:14:13 nsubj:17:14 aux:17:15 aux:17:16 dep:7:17 obj:17:18 punct:1:19");

  @Test
  void aReportBrokenAfterARelativeClauseIsReadFromTheWords() {
    SurfaceReports.Found f = SurfaceReports.of(BROKER, new BitSet());
    assertNotNull(f);
    assertEquals(1, f.speaker());
    assertEquals(13, f.verb());
    assertEquals("{14, 15, 16, 17, 18}", f.content().toString());
  }

  @Test
  void aReportingVerbMadeAClausalSubjectIsReadFromTheWords() {
    SentenceGraph insisted = graph("A/DT police/NN spokesman/NN insisted/VBD/insist there/RB had/VBD/have been/VBN/be no/DT shooting/NN ./.",
        "det:2:0 compound:2:1 nsubj:3:2 csubj:8:3 advmod:3:4 aux:8:5 cop:8:6 det:8:7 root:-1:8 punct:8:9");
    SurfaceReports.Found f = SurfaceReports.of(insisted, new BitSet());
    assertNotNull(f);
    assertEquals(2, f.speaker());
    assertEquals("{4, 5, 6, 7, 8}", f.content().toString());
  }

  @Test
  void nothingIsReadWhereContentWasFoundOrNoClauseFollows() {
    BitSet taken = new BitSet();
    taken.set(14, 19);
    assertNull(SurfaceReports.of(BROKER, taken));
    assertNull(SurfaceReports.of(graph("The/DT minister/NN said/VBD/say nothing/NN at/IN all/DT ./.",
        "det:1:0 nsubj:2:1 root:-1:2 obj:2:3 case:5:4 obl:2:5 punct:2:6"), new BitSet()));
    // a verb of the subject's own before the reporting verb: no opening speaker phrase
    assertNull(SurfaceReports.of(graph("The/DT minister/NN left/VBD/leave and/CC said/VBD/say talks/NNS had/VBD/have failed/VBN/fail ./.",
        "det:1:0 nsubj:2:1 root:-1:2 cc:4:3 conj:2:4 nsubj:7:5 aux:7:6 ccomp:4:7 punct:2:8"), new BitSet()));
  }

  @Test
  void itsOnACueNounWhoseVerbLostItsSubjectIsTheFirstReporter() {
    SentenceGraph tweeted = graph("The/DT Ramblers/NNP tweeted/VBD/tweet that/IN the/DT closure/NN showed/VBD/show paths/NNS/path "
            + "had/VBD/have been/VBN/be lost/VBN/lose and/CC renewed/VBD/renew its/PRP$ appeal/NN for/IN volunteers/NNS ./.",
        "det:1:0 nsubj:2:1 csubj:10:2 mark:6:3 det:5:4 nsubj:6:5 ccomp:2:6 obj:6:7 aux:10:8 aux:pass:10:9 root:-1:10 "
            + "cc:12:11 conj:10:12 nmod:poss:14:13 obj:12:14 case:16:15 nmod:14:16 punct:10:17");
    assertEquals(1, PossessiveSources.reporter(tweeted, 13));
    SentenceGraph own = graph("The/DT trust/NN renewed/VBD/renew its/PRP$ appeal/NN ./.",
        "det:1:0 nsubj:2:1 root:-1:2 nmod:poss:4:3 obj:2:4 punct:2:5");
    assertEquals(-1, PossessiveSources.reporter(own, 3));
  }

  @Test
  void aNumberFollowedByTheNameItIntroducesReachesTheName() {
    SentenceGraph one = graph("One/CD of/IN them/PRP ,/, a/DT former/JJ driver/NN ,/, Yusuf/NNP/Yusuf/PERSON ,/, said/VBD/say it/PRP rained/VBD/rain",
        "nsubj:10:0 case:2:1 nmod:0:2 punct:6:3 det:6:4 amod:6:5 appos:0:6 punct:6:7 appos:6:8 punct:0:9 root:-1:10 nsubj:12:11 ccomp:10:12");
    assertEquals(8, SpeakerExtents.last(one, 0, NamePhrases.of(one, 0)));
  }
}
