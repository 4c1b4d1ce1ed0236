package harbinger.coding;

import static harbinger.coding.TaggedGraphs.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * The object the parser made the subject of a reduced relative participle ({@link ArgumentRepairs#smallClauseSubject}):
 * "stormed a ship bound for Gaza" gives the ship; a reported clause with its own auxiliary ("complained that a drone
 * had violated its airspace", with "had" and the participle as the tagger gave them) gives nothing, so the complaint's
 * target stays its addressee.
 */
class ReducedRelativeObjectTest {
  @Test
  void aBareParticipleOverTheObjectGivesTheObject() {
    SentenceGraph ship = graph("Commandos/NNS stormed/VBD/storm a/DT Turkish/JJ ship/NN bound/VBN/bind for/IN Gaza/NNP ./.",
        "nsubj:1:0 root:-1:1 det:4:2 amod:4:3 nsubj:5:4 dep:1:5 case:7:6 obl:5:7 punct:1:8");
    assertEquals(4, ArgumentRepairs.smallClauseSubject(ship, 1));
  }

  @Test
  void aReportedClauseWithItsOwnAuxiliaryGivesNothing() {
    SentenceGraph drone = graph("Tehran/NNP complained/VBD/complain to/IN the/DT Council/NNP that/IN an/DT American/JJ "
            + "spy/NN drone/VBP had/VBN/have violated/VBN/violate its/PRP$ airspace/NN ./.",
        "nsubj:1:0 root:-1:1 case:4:2 det:4:3 obl:1:4 mark:11:5 det:8:6 amod:8:7 nsubj:11:8 aux:11:9 aux:11:10 "
            + "ccomp:1:11 nmod:poss:13:12 obj:11:13 punct:1:14");
    assertNull(ArgumentRepairs.smallClauseSubject(drone, 1));
  }
}
