package harbinger.coding;

import static harbinger.coding.TaggedGraphs.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The session-23 verbal-conflict kinds (roots 09-13) on hand-built graphs with the shapes CoreNLP gave for round-22
 * and s23-verbal probe sentences (other words): "X warned it would ..." with the pronoun read as the object of
 * "warned" ({@link WarnedPronounClauses}); "brushed aside calls" with "calls" read as a verb ({@link BrushedAsideCalls});
 * relative clauses on a noun taken with "any" ({@link AnyRelatives}); and the rows of 09-13-verbal-kinds-s23.tsv, with
 * non-political uses of the same words that stay apart.
 */
class VerbalKinds23Test {
  private static final TriggerFinder FINDER = new TriggerFinder(Fixtures.lexicon());

  private static boolean coded(SentenceGraph g, int token, String code) {
    return FINDER.find(g).stream().anyMatch(t -> t.token() == token && t.code().equals(code));
  }

  private static boolean anyAt(SentenceGraph g, int token) {
    return FINDER.find(g).stream().anyMatch(t -> t.token() == token);
  }

  @Test
  void aWarningWhosePronounWasReadAsItsObjectTakesTheClauseBack() {
    // "Algiers warned[csubj] it[obj] would cut[root] ties with Rabat"
    SentenceGraph g = graph("Algiers/NNP/Algiers/CITY warned/VBD/warn it/PRP would/MD cut/VB/cut ties/NNS/tie with/IN "
            + "Rabat/NNP/Rabat/CITY ./.",
        "nsubj:1:0 csubj:4:1 obj:1:2 aux:4:3 root:-1:4 obj:4:5 case:7:6 nmod:5:7 punct:4:8");
    assertEquals(-1, g.head(1));
    assertEquals(1, g.head(4));
    assertEquals("ccomp", g.relation(4));
    assertEquals(4, g.head(2));
    assertEquals("nsubj", g.relation(2));
    assertTrue(coded(g, 1, "1313"));
  }

  @Test
  void aWarningWithALooseClauseAfterItsPronounTakesTheClauseAsContent() {
    // "Oslo warned[root] it[obj] could walk[dep] away from its role as mediator"
    SentenceGraph g = graph("Oslo/NNP/Oslo/CITY warned/VBD/warn it/PRP could/MD walk/VB/walk away/RB from/IN its/PRP$ "
            + "role/NN as/IN mediator/NN ./.",
        "nsubj:1:0 root:-1:1 obj:1:2 aux:4:3 dep:1:4 advmod:4:5 case:8:6 nmod:poss:8:7 obl:5:8 case:10:9 obl:4:10 punct:1:11");
    assertEquals("ccomp", g.relation(4));
    assertEquals(4, g.head(2));
    assertTrue(coded(g, 1, "135"));
  }

  @Test
  void anObjectPronounStaysTheOneWarned() {
    // "Oslo warned him[obj] ..." : "him" cannot be the subject of a clause, nothing is moved
    SentenceGraph g = graph("Oslo/NNP/Oslo/CITY warned/VBD/warn him/PRP/he would/MD cut/VB/cut ties/NNS/tie ./.",
        "nsubj:1:0 csubj:4:1 obj:1:2 aux:4:3 root:-1:4 obj:4:5 punct:4:6");
    assertEquals(-1, g.head(4));
    assertEquals(1, g.head(2));
  }

  @Test
  void callsReadAsAVerbAfterBrushedAsideAreItsObject() {
    // "Bashir brushed aside calls[VBZ dep] to resign"
    SentenceGraph g = graph("Bashir/NNP/Bashir/PERSON brushed/VBD/brush aside/RB calls/VBZ/call to/TO resign/VB ./.",
        "nsubj:1:0 root:-1:1 advmod:1:2 dep:1:3 mark:5:4 xcomp:3:5 punct:1:6");
    assertEquals("obj", g.relation(3));
    assertTrue(coded(g, 1, "1231"));
  }

  @Test
  void noEventIsCodedInARelativeClauseOnANounTakenWithAny() {
    // "ties with any state that recognised[acl:relcl on ties] the republic"
    String tagged = "Rabat/NNP/Rabat/CITY cut/VBD/cut ties/NNS/tie with/IN DET/DT state/NN that/WDT recognised/VBD/recognise "
        + "the/DT republic/NN ./.";
    String deps = "nsubj:1:0 root:-1:1 obj:1:2 case:5:3 det:5:4 nmod:2:5 nsubj:7:6 acl:relcl:2:7 det:9:8 obj:7:9 punct:1:10";
    SentenceGraph any = graph(tagged.replace("DET/DT", "any/DT"), deps);
    SentenceGraph the = graph(tagged.replace("DET/DT", "the/DT"), deps);
    assertFalse(anyAt(any, 7), "a relative clause on 'any state' is a condition, not an event");
    assertTrue(anyAt(the, 7), "a relative clause on 'the state' tells an act");
  }

  @Test
  void criticismIdiomsAreDisapproval() {
    SentenceGraph poured = graph("Tehran/NNP/Tehran/CITY poured/VBD/pour scorn/NN on/IN the/DT plan/NN ./.",
        "nsubj:1:0 root:-1:1 obj:1:2 case:5:3 det:5:4 obl:1:5 punct:1:6");
    assertTrue(coded(poured, 1, "111"));
    SentenceGraph tore = graph("Caracas/NNP/Caracas/CITY tore/VBD/tear into/IN Washington/NNP/Washington/CITY ./.",
        "nsubj:1:0 root:-1:1 case:3:2 obl:1:3 punct:1:4");
    assertTrue(coded(tore, 1, "111"));
    SentenceGraph poured2 = graph("Workers/NNS/worker poured/VBD/pour concrete/NN into/IN the/DT hole/NN ./.",
        "nsubj:1:0 root:-1:1 obj:1:2 case:5:3 det:5:4 obl:1:5 punct:1:6");
    assertFalse(coded(poured2, 1, "111"), "pouring concrete is no criticism");
  }

  @Test
  void takenToTaskForTortureIsAnAccusationOfAbuses() {
    SentenceGraph g = graph("Amnesty/NNP/Amnesty/ORGANIZATION took/VBD/take Cairo/NNP/Cairo/CITY to/IN task/NN for/IN torture/NN ./.",
        "nsubj:1:0 root:-1:1 obj:1:2 case:4:3 obl:1:4 case:6:5 obl:1:6 punct:1:7");
    assertTrue(coded(g, 1, "1122"));
    SentenceGraph on = graph("Cairo/NNP/Cairo/CITY took/VBD/take on/RP the/DT task/NN ./.",
        "nsubj:1:0 root:-1:1 compound:prt:1:2 det:4:3 obj:1:4 punct:1:5");
    assertFalse(anyAt(on, 1) && coded(on, 1, "111"), "taking on a task is no criticism");
  }

  @Test
  void haulingAStateBeforeACourtIsALawsuitAndAVetoStrikesDown() {
    SentenceGraph hauled = graph("Kiev/NNP/Kiev/CITY hauled/VBD/haul Moscow/NNP/Moscow/CITY before/IN the/DT court/NN ./.",
        "nsubj:1:0 root:-1:1 obj:1:2 case:5:3 det:5:4 obl:1:5 punct:1:6");
    assertTrue(coded(hauled, 1, "115"));
    SentenceGraph veto = graph("The/DT draft/NN was/VBD/be struck/VBN/strike down/RP by/IN a/DT veto/NN ./.",
        "det:1:0 nsubj:pass:3:1 aux:pass:3:2 root:-1:3 compound:prt:3:4 case:7:5 det:7:6 obl:3:7 punct:3:8");
    assertTrue(coded(veto, 3, "129"));
  }
}
