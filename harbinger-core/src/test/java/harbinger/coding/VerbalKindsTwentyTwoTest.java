package harbinger.coding;

import static harbinger.coding.TaggedGraphs.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.ontology.StanceCodes;
import org.junit.jupiter.api.Test;

/**
 * Session-22 verbal-conflict kinds (roots 09-13) on hand-built graphs with the shapes CoreNLP gives, through the real
 * {@link TriggerFinder} and lexicon (rows in 09-13-verbal-kinds-s22.tsv): the relative clause of a document the act
 * is done to and of a place that is inspected ({@link WiderContext}), the subject of a bare infinitive under "let" at
 * any depth, the passive of "tell" as an order ({@link ToldOrders}), a demand whose reporting verb comes after it
 * ({@link PostposedReports#obligationReporter}), and rows for questioning, testimony, authorised war-crimes probes,
 * demands by content, idioms of refusal, defiance and threats by content.
 */
class VerbalKindsTwentyTwoTest {
  private final TriggerFinder finder = new TriggerFinder(Fixtures.lexicon());

  private String codeAt(SentenceGraph g, int token) {
    for (Trigger t : finder.find(g)) if (t.token() == token) return t.code();
    return null;
  }

  @Test
  void aMotionVotedDownIsWhatItsRelativeClauseSaysItWouldLet() {
    // "parliament voted down a motion that would have let American troops use its soil"
    SentenceGraph g = graph("parliament/NN voted/VBD/vote down/RP a/DT motion/NN that/WDT would/MD have/VB let/VBN/let "
            + "American/JJ/american/NATIONALITY troops/NNS/troops use/VBP its/PRP$ soil/NN ./.",
        "nsubj:1:0 root:-1:1 compound:prt:1:2 det:4:3 obl:npmod:1:4 nsubj:8:5 aux:8:6 aux:8:7 acl:relcl:4:8 amod:10:9 "
            + "nsubj:11:10 ccomp:8:11 nmod:poss:13:12 obj:11:13 punct:1:14");
    assertTrue(WiderContext.documentClause(g, 4, 8, 1));
    assertEquals("1212", codeAt(g, 1));
    // a motion on pay is no military cooperation: the plain veto row
    SentenceGraph pay = graph("shareholders/NNS voted/VBD/vote down/RP a/DT motion/NN that/WDT would/MD have/VB let/VBN/let "
            + "the/DT chief/NN double/VB his/PRP$ pay/NN ./.",
        "nsubj:1:0 root:-1:1 compound:prt:1:2 det:4:3 obj:1:4 nsubj:8:5 aux:8:6 aux:8:7 acl:relcl:4:8 det:10:9 "
            + "nsubj:11:10 ccomp:8:11 nmod:poss:13:12 obj:11:13 punct:1:14");
    assertNotEquals("1212", codeAt(pay, 1));
  }

  @Test
  void monitorsExaminingTheSiteOfAnAttackInvestigateMilitaryAction() {
    SentenceGraph g = graph("Monitors/NNS/monitor examined/VBD/examine the/DT site/NN where/WRB rockets/NNS/rocket "
            + "struck/VBD/strike a/DT bus/NN ./.",
        "nsubj:1:0 root:-1:1 det:3:2 obj:1:3 advmod:6:4 nsubj:6:5 acl:relcl:3:6 det:8:7 obj:6:8 punct:1:9");
    assertTrue(WiderContext.siteClause(g, 3, 6, 1));
    assertEquals("093", codeAt(g, 1));
    SentenceGraph bridge = graph("Engineers/NNS/engineer examined/VBD/examine the/DT site/NN where/WRB the/DT bridge/NN "
            + "collapsed/VBD/collapse ./.",
        "nsubj:1:0 root:-1:1 det:3:2 obj:1:3 advmod:7:4 det:6:5 nsubj:7:6 acl:relcl:3:7 punct:1:8");
    assertNotEquals("093", codeAt(bridge, 1));
  }

  @Test
  void thePassiveOfTellWithAnInfinitiveIsAnOrder() {
    SentenceGraph g = graph("The/DT Taliban/NNP were/VBD/be told/VBN/tell by/IN Washington/NNP to/TO surrender/VB "
            + "the/DT suspect/NN to/TO face/VB justice/NN ./.",
        "det:1:0 nsubj:pass:3:1 aux:pass:3:2 root:-1:3 case:5:4 obl:agent:3:5 mark:7:6 xcomp:3:7 det:9:8 obj:7:9 "
            + "mark:11:10 advcl:7:11 obj:11:12 punct:3:13");
    assertEquals("order", ToldOrders.lemma(g, 3));
    assertEquals("1013", codeAt(g, 3));
    SentenceGraph told = graph("He/PRP was/VBD/be told/VBN/tell the/DT news/NN ./.",
        "nsubj:pass:2:0 aux:pass:2:1 root:-1:2 det:4:3 obj:2:4 punct:2:5");
    assertEquals("tell", ToldOrders.lemma(told, 2));
  }

  @Test
  void tellingAGovernmentToLetForeignersLeaveIsNoExpulsion() {
    // the subject of a bare "let" clause is content at any depth, so the 201 row on ordering foreigners to leave
    // would read the demand as an expulsion without its "-let" condition
    SentenceGraph g = graph("The/DT Council/NNP told/VBD/tell Baghdad/NNP to/TO let/VB thousands/NNS/thousand of/IN "
            + "foreigners/NNS/foreigner leave/VB Iraq/NNP ./.",
        "det:1:0 nsubj:2:1 root:-1:2 obj:2:3 mark:5:4 xcomp:2:5 nsubj:9:6 case:8:7 nmod:6:8 ccomp:5:9 obj:9:10 punct:2:11");
    assertNotEquals("201", codeAt(g, 2));
    SentenceGraph expel = graph("The/DT junta/NN ordered/VBD/order thousands/NNS/thousand of/IN foreigners/NNS/foreigner "
            + "to/TO leave/VB ./.",
        "det:1:0 nsubj:2:1 root:-1:2 obj:2:3 case:5:4 nmod:3:5 mark:7:6 xcomp:2:7 punct:2:8");
    assertEquals("201", codeAt(expel, 2));
  }

  @Test
  void anObligationWithItsReportingVerbAfterItIsTheSpeakersDemand() {
    // "Bouteflika must resign immediately, the army chief told state television"
    SentenceGraph g = graph("Bouteflika/NNP/Bouteflika/PERSON must/MD resign/VB immediately/RB ,/, the/DT army/NN "
            + "chief/NN told/VBD/tell state/NN television/NN ./.",
        "nsubj:2:0 aux:2:1 root:-1:2 advmod:2:3 punct:2:4 det:7:5 compound:7:6 nsubj:8:7 parataxis:2:8 compound:10:9 "
            + "obj:8:10 punct:2:11");
    assertEquals(8, PostposedReports.obligationReporter(g, 2, 2));
    ModalityFinder.Reading r = new ModalityFinder().read(g, 2);
    assertEquals(8, r.reportingVerb());
    assertEquals(StanceCodes.Stance.DEMAND, r.stance());
    // "must resign, he said, adding that ..." has a content clause of its own: no postposed report of this clause
    SentenceGraph own = graph("Bouteflika/NNP must/MD resign/VB ,/, the/DT chief/NN said/VBD/say that/IN he/PRP "
            + "would/MD stay/VB",
        "nsubj:2:0 aux:2:1 root:-1:2 punct:2:3 det:5:4 nsubj:6:5 parataxis:2:6 mark:10:7 nsubj:10:8 aux:10:9 ccomp:6:10");
    assertNull(PostposedReports.obligationReporter(own, 2, 2));
  }

  @Test
  void questioningByProsecutorsIsACriminalInquiryButNotByABoard() {
    SentenceGraph g = graph("Roh/NNP was/VBD/be called/VBN/call in/RP for/IN questioning/NN by/IN prosecutors/NNS/prosecutor ./.",
        "nsubj:pass:2:0 aux:pass:2:1 root:-1:2 compound:prt:2:3 case:5:4 obl:2:5 case:7:6 obl:agent:2:7 punct:2:8");
    assertEquals("091", codeAt(g, 2));
    SentenceGraph board = graph("He/PRP was/VBD/be called/VBN/call in/RP for/IN questioning/NN by/IN the/DT board/NN ./.",
        "nsubj:pass:2:0 aux:pass:2:1 root:-1:2 compound:prt:2:3 case:5:4 obl:2:5 case:8:6 det:8:7 obl:agent:2:8 punct:2:9");
    assertNotEquals("091", codeAt(board, 2));
  }

  @Test
  void rowsForTestimonyProbesDemandsRefusalsDefianceAndThreats() {
    SentenceGraph testimony = graph("investigators/NNS/investigator gathered/VBD/gather testimony/NN from/IN "
            + "refugees/NNS/refugee ./.", "nsubj:1:0 root:-1:1 obj:1:2 case:4:3 nmod:2:4 punct:1:5");
    assertEquals("092", codeAt(testimony, 1));
    SentenceGraph sister = graph("the/DT jury/NN heard/VBD/hear testimony/NN from/IN the/DT victim/NN 's/POS sister/NN "
            + "in/IN the/DT burglary/NN trial/NN", "det:1:0 nsubj:2:1 root:-1:2 obj:2:3 case:8:4 det:6:5 nmod:poss:8:6 "
            + "case:6:7 nmod:3:8 case:12:9 det:12:10 compound:12:11 obl:2:12");
    assertNull(codeAt(sister, 2));
    SentenceGraph probe = graph("judges/NNS/judge authorised/VBD/authorise an/DT investigation/NN into/IN war/NN "
            + "crimes/NNS/crime", "nsubj:1:0 root:-1:1 det:3:2 obj:1:3 case:6:4 compound:6:5 nmod:3:6");
    assertEquals("094", codeAt(probe, 1));
    SentenceGraph sale = graph("Beijing/NNP demanded/VBD/demand that/IN Washington/NNP cancel/VB a/DT sale/NN of/IN "
            + "missiles/NNS/missile", "nsubj:1:0 root:-1:1 mark:4:2 nsubj:4:3 ccomp:1:4 det:6:5 obj:4:6 case:8:7 nmod:6:8");
    assertEquals("1042", codeAt(sale, 1));
    SentenceGraph nothing = graph("Sudan/NNP would/MD have/VB nothing/NN to/TO do/VB with/IN the/DT peacekeepers/NNS/peacekeeper",
        "nsubj:2:0 aux:2:1 root:-1:2 obj:2:3 mark:5:4 acl:3:5 case:8:6 det:8:7 obl:5:8");
    assertEquals("1245", codeAt(nothing, 2));
    SentenceGraph fish = graph("the/DT chef/NN would/MD have/VB nothing/NN to/TO do/VB with/IN frozen/JJ fish/NN",
        "det:1:0 nsubj:3:1 aux:3:2 root:-1:3 obj:3:4 mark:6:5 acl:4:6 case:9:7 amod:9:8 obl:6:9");
    assertNotEquals("1245", codeAt(fish, 3));
    SentenceGraph truce = graph("Netanyahu/NNP waved/VBD/wave away/RP calls/NNS/call for/IN a/DT ceasefire/NN",
        "nsubj:1:0 root:-1:1 compound:prt:1:2 obj:1:3 case:6:4 det:6:5 nmod:3:6");
    assertEquals("1246", codeAt(truce, 1));
    // the parser's shape: "against" the case of "missiles", "sending" an adjective of it
    SentenceGraph missiles = graph("Scholz/NNP decided/VBD/decide against/IN sending/VBG/send missiles/NNS/missile",
        "nsubj:1:0 root:-1:1 case:4:2 amod:4:3 obl:1:4");
    assertEquals("1222", codeAt(missiles, 1));
    SentenceGraph disregard = graph("Warsaw/NNP mined/VBD/mine in/IN open/JJ disregard/NN of/IN an/DT order/NN",
        "nsubj:1:0 root:-1:1 case:4:2 amod:4:3 obl:1:4 case:7:5 det:7:6 nmod:4:7");
    assertEquals("128", codeAt(disregard, 4));
    SentenceGraph advice = graph("she/PRP practised/VBD/practise in/IN open/JJ disregard/NN of/IN her/PRP$ doctor/NN 's/POS "
            + "advice/NN", "nsubj:1:0 root:-1:1 case:4:2 amod:4:3 obl:1:4 case:9:5 nmod:poss:7:6 nmod:poss:9:7 case:7:8 nmod:4:9");
    assertNull(codeAt(advice, 4));
    SentenceGraph brotherhood = graph("Egypt/NNP warned/VBD/warn that/IN it/PRP could/MD outlaw/VB the/DT Muslim/NNP "
            + "Brotherhood/NNP", "nsubj:1:0 root:-1:1 mark:5:2 nsubj:5:3 aux:5:4 ccomp:1:5 det:8:6 compound:8:7 obj:5:8");
    assertEquals("1322", codeAt(brotherhood, 1));
    SentenceGraph bury = graph("Erdogan/NNP warned/VBD/warn that/IN troops/NNS/troops would/MD bury/VB the/DT fighters/NNS/fighter",
        "nsubj:1:0 root:-1:1 mark:5:2 nsubj:5:3 aux:5:4 ccomp:1:5 det:7:6 obj:5:7");
    assertEquals("1384", codeAt(bury, 1));
    assertFalse(codeAt(bury, 1).equals("138"));
  }
}
