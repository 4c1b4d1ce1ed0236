package harbinger.coding;

import static harbinger.coding.TaggedGraphs.graph;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Session-21 conflict parses rebuilt by hand with other words: a demanding participle whose preposition the parser
 * took for its marker and the preposition's noun for its subject is still the protest's demand ({@link ProtestAims});
 * a score makes a match report but a vote's tally does not ({@link MatchReports}); a killing is a mass killing from
 * {@link MassKillings#MASS} unarmed victims up, not for fewer, nor for soldiers.
 */
class DemandsAndTalliesTest {
  @Test
  void aDemandWhosePrepositionWasTakenForItsMarkerIsStillADemandParticiple() {
    // "Nurses marched through[mark] Madrid[nsubj] demanding[advcl] independence"
    SentenceGraph g = graph("Nurses/NNS marched/VBD/march through/IN Madrid/NNP demanding/VBG/demand independence/NN ./.",
        "nsubj:1:0 root:-1:1 mark:4:2 nsubj:4:3 advcl:1:4 obj:4:5 punct:1:6");
    assertTrue(ProtestAims.demandParticiple(g, 4));
    // a real subject after the participle's marker is no preposition's noun: "while the union was demanding"
    SentenceGraph h = graph("Nurses/NNS marched/VBD/march while/IN the/DT union/NN demanding/VBG/demand pay/NN ./.",
        "nsubj:1:0 root:-1:1 mark:5:2 det:4:3 nsubj:5:4 advcl:1:5 obj:5:6 punct:1:7");
    assertFalse(ProtestAims.demandParticiple(h, 5));
  }

  @Test
  void aScoreIsAMatchResultButAVoteTallyIsNot() {
    SentenceGraph match = graph("Chile/NNP beat/VBD/beat Peru/NNP 3-1/CD in/IN Lima/NNP ./.",
        "nsubj:1:0 root:-1:1 obj:1:2 dep:1:3 case:5:4 obl:1:5 punct:1:6");
    assertTrue(MatchReports.result(match));
    SentenceGraph vote = graph("The/DT council/NN voted/VBD/vote 12-3/CD for/IN the/DT resolution/NN ./.",
        "det:1:0 nsubj:2:1 root:-1:2 dep:2:3 case:6:4 det:6:5 obl:2:6 punct:2:7");
    assertFalse(MatchReports.result(vote));
  }

  @Test
  void aMassKillingNeedsAHundredUnarmedVictims() {
    SentenceGraph many = graph("Militiamen/NNS killed/VBD/kill 120/CD villagers/NNS ./.", "nsubj:1:0 root:-1:1 nummod:3:2 obj:1:3 punct:1:4");
    assertTrue(MassKillings.mass(many, 1));
    SentenceGraph few = graph("Militiamen/NNS killed/VBD/kill 12/CD villagers/NNS ./.", "nsubj:1:0 root:-1:1 nummod:3:2 obj:1:3 punct:1:4");
    assertFalse(MassKillings.mass(few, 1));
    SentenceGraph soldiers = graph("Rebels/NNS killed/VBD/kill 120/CD soldiers/NNS ./.", "nsubj:1:0 root:-1:1 nummod:3:2 obj:1:3 punct:1:4");
    assertFalse(MassKillings.mass(soldiers, 1));
  }
}
