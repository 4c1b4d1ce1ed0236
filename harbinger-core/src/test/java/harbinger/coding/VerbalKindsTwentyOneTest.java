package harbinger.coding;

import static harbinger.coding.TaggedGraphs.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Session-21 verbal-conflict kinds (roots 09-13) on hand-built graphs with the shapes CoreNLP gives, through the real
 * {@link TriggerFinder} and lexicon: a report noun's content clause read as a relative clause
 * ({@link ContentRelatives}), a spy named in a plain statement ({@link SpiesNamed}), a postposed "..., X warned" hung
 * under what it reports ({@link PostposedReports}), an infinitive tagged as a noun after a loose "to"
 * ({@link StrandedInfinitives}), the passive subject of an order as the ordered party ({@link Orders}), and the
 * members of a body named by a common noun ({@link OrganizationParts}), and the subject of a fronted participle of
 * defiance ({@link ArgumentFinder}).
 */
class VerbalKindsTwentyOneTest {
  private final TriggerFinder finder = new TriggerFinder(Fixtures.lexicon());

  private String codeAt(SentenceGraph g, int token) {
    for (Trigger t : finder.find(g)) if (t.token() == token) return t.code();
    return null;
  }

  @Test
  void anInquiryIntoClaimsOfTortureReadAsARelativeClauseIsAboutAbuses() {
    // "Claims that soldiers tortured prisoners are being examined": "that" is the object of "tortured", which has one
    SentenceGraph g = graph("Claims/NNS/claim that/WDT soldiers/NNS/soldier tortured/VBD/torture prisoners/NNS/prisoner "
            + "are/VBP/be being/VBG/be examined/VBN/examine by/IN the/DT commission/NN ./.",
        "nsubj:pass:7:0 obj:3:1 nsubj:3:2 acl:relcl:0:3 obj:3:4 aux:7:5 aux:pass:7:6 root:-1:7 case:10:8 det:10:9 "
            + "obl:7:10 punct:7:11");
    assertTrue(ContentRelatives.content(g, 3));
    assertEquals("092", codeAt(g, 7));
    // a true relative clause has its gap: "the reports that the ministry released"
    SentenceGraph released = graph("reports/NNS/report that/WDT the/DT ministry/NN released/VBD/release",
        "root:-1:0 obj:4:1 det:3:2 nsubj:4:3 acl:relcl:0:4");
    assertFalse(ContentRelatives.content(released, 4));
  }

  @Test
  void aStatementThatSomeoneIsASpyIsAnAccusationOfEspionage() {
    SentenceGraph g = graph("Iraq/NNP/Iraq/COUNTRY said/VBD/say that/IN the/DT reporter/NN was/VBD/be an/DT "
            + "Israeli/JJ/israeli/NATIONALITY spy/NN ./.",
        "nsubj:1:0 root:-1:1 mark:8:2 det:4:3 nsubj:8:4 cop:8:5 det:8:6 amod:8:7 ccomp:1:8 punct:1:9");
    assertEquals("1125", codeAt(g, 1));
    SentenceGraph denied = graph("Iraq/NNP/Iraq/COUNTRY said/VBD/say the/DT reporter/NN was/VBD/be not/RB a/DT spy/NN ./.",
        "nsubj:1:0 root:-1:1 det:3:2 nsubj:7:3 cop:7:4 advmod:7:5 det:7:6 ccomp:1:7 punct:1:8");
    assertNull(SpiesNamed.trigger(denied, 1));
    SentenceGraph estate = graph("Police/NNS/police said/VBD/say the/DT man/NN was/VBD/be an/DT estate/NN agent/NN ./.",
        "nsubj:1:0 root:-1:1 det:3:2 nsubj:7:3 cop:7:4 det:7:5 compound:7:6 ccomp:1:7 punct:1:8");
    assertNull(SpiesNamed.trigger(estate, 1));
  }

  @Test
  void aPostposedWarningHungUnderTheClauseItReportsTakesThatClause() {
    SentenceGraph g = graph("Rioters/NNS/rioter who/WP loot/VBP shops/NNS/shop will/MD be/VB dealt/VBN/deal with/IN "
            + "firmly/RB ,/, the/DT interior/JJ minister/NN warned/VBD/warn ./.",
        "nsubj:pass:6:0 nsubj:2:1 acl:relcl:0:2 obj:2:3 aux:6:4 aux:pass:6:5 root:-1:6 case:8:7 advcl:6:8 punct:8:9 "
            + "det:12:10 amod:12:11 nsubj:13:12 dep:8:13 punct:6:14");
    assertTrue(PostposedReports.clause(g, 13).get(6));
    assertFalse(PostposedReports.clause(g, 13).get(13));
    assertEquals("137", codeAt(g, 13));
  }

  @Test
  void anInfinitiveTaggedAsANounAfterALooseToIsTheThreatsContent() {
    SentenceGraph g = graph("Washington/NNP threatened/VBD/threaten to/IN slap/NN punitive/JJ tariffs/NNS/tariff on/IN "
            + "steel/NN ./.",
        "nsubj:1:0 root:-1:1 dep:1:2 dep:2:3 amod:5:4 dep:3:5 case:7:6 nmod:5:7 punct:1:8");
    assertTrue(StrandedInfinitives.stranded(g, 1, 2));
    assertEquals("1312", codeAt(g, 1));
  }

  @Test
  void thePassiveSubjectOfAnOrderIsTheOrderedParty() {
    SentenceGraph g = graph("Striking/VBG/strike miners/NNS/miner were/VBD/be ordered/VBN/order by/IN the/DT "
            + "government/NN to/TO end/VB their/PRP$/they strike/NN ./.",
        "amod:1:0 nsubj:pass:3:1 aux:pass:3:2 root:-1:3 case:6:4 det:6:5 obl:3:6 mark:8:7 advcl:3:8 "
            + "nmod:poss:10:9 obj:8:10 punct:3:11");
    assertEquals(Integer.valueOf(1), Orders.party(g, 3));
    assertEquals("1052", codeAt(g, 3));
    // troops ordered by their own general are no party to a demand
    SentenceGraph troops = graph("Troops/NNS/troops were/VBD/be ordered/VBN/order by/IN the/DT general/NN to/TO "
            + "end/VB the/DT protest/NN ./.",
        "nsubj:pass:2:0 aux:pass:2:1 root:-1:2 case:5:3 det:5:4 obl:2:5 mark:7:6 advcl:2:7 det:9:8 obj:7:9 punct:2:10");
    String own = codeAt(troops, 2);
    assertFalse(own != null && own.startsWith("10"), own);
  }

  @Test
  void investigatorsFromABodyNamedByACommonNounStandForIt() {
    SentenceGraph g = graph("Investigators/NNS/investigator from/IN the/DT UN/NNP/UN/ORGANIZATION war/NN crimes/NNS/crime "
            + "tribunal/NN",
        "root:-1:0 case:6:1 det:6:2 compound:6:3 compound:5:4 compound:6:5 nmod:0:6");
    Optional<harbinger.actors.Organization> o = OrganizationParts.of(g, 0, Fixtures.knowledge());
    assertTrue(o.isPresent());
    assertEquals("IGOUNOJUDWCT", o.get().code());
  }

  @Test
  void aFrontedDefyingParticipleIsTheDefiance() {
    SentenceGraph g = graph("Defying/VBG/defy a/DT court/NN order/NN ,/, the/DT government/NN reopened/VBD/reopen "
            + "the/DT university/NN ./.",
        "advcl:7:0 det:3:1 compound:3:2 obj:0:3 punct:7:4 det:6:5 nsubj:7:6 root:-1:7 det:9:8 obj:7:9 punct:7:10");
    assertEquals("128", codeAt(g, 0));
    Trigger defying = null;
    for (Trigger t : finder.find(g)) if (t.token() == 0) defying = t;
    // the fronted participle has no subject of its own: the clause's subject defies (before: no source, and the
    // bare event was dropped)
    assertEquals(java.util.List.of(6), new ArgumentFinder().find(g, defying).sources());
  }

  @Test
  void tenantsAndLandlordsArePrivatePersonsAndAStudioIsAFirm() {
    // "The tenant threatened to sue her landlord": a private quarrel, its bare threat is no political act
    SentenceGraph g = graph("The/DT tenant/NN threatened/VBD/threaten to/TO sue/VB her/PRP$/she landlord/NN ./.",
        "det:1:0 nsubj:2:1 root:-1:2 mark:4:3 xcomp:2:4 nmod:poss:6:5 obj:4:6 punct:2:7");
    assertTrue(PrivatePersons.doer(g, 2));
    // "A Hollywood studio threatened to drop the actor": a firm's threat to nobody of the state
    SentenceGraph studio = graph("A/DT film/NN studio/NN threatened/VBD/threaten to/TO drop/VB the/DT actor/NN ./.",
        "det:2:0 compound:2:1 nsubj:3:2 root:-1:3 mark:5:4 xcomp:3:5 det:7:6 obj:5:7 punct:3:8");
    assertTrue(FirmDisputes.between(studio, 3, "130", false));
  }
  @Test
  void insultsHurledAtSomeoneAreCriticism() {
    // "The mayor hurled insults at the governor": the act is told by the verb that carries the insults (111); a
    // stone hurled at police is no criticism
    SentenceGraph g = graph("The/DT mayor/NN hurled/VBD/hurl insults/NNS/insult at/IN the/DT governor/NN ./.",
        "det:1:0 nsubj:2:1 root:-1:2 obj:2:3 case:6:4 det:6:5 nmod:3:6 punct:2:7");
    assertEquals("111", codeAt(g, 2));
    SentenceGraph stones = graph("Youths/NNS/youth hurled/VBD/hurl stones/NNS/stone at/IN the/DT police/NNS ./.",
        "nsubj:1:0 root:-1:1 obj:1:2 case:5:3 det:5:4 nmod:2:5 punct:1:6");
    assertFalse("111".equals(codeAt(stones, 1)));
  }
}
