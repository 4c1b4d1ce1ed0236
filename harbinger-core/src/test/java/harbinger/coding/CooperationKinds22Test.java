package harbinger.coding;

import static harbinger.coding.TaggedGraphs.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The session-22 cooperation kinds (roots 01-08) on hand-built graphs with the shapes CoreNLP gave for round-21 and
 * s22-coop probe sentences (other words): a reduced relative participle the parser took for the predicate, with the
 * real (passive or finite) predicate a loose dependent ({@link ReducedRelativeRoots}); yielding told as the frame of
 * an announcement ({@link YieldFrames}); a takeover offer priced in money to a firm's board ({@link BoardOffers}); and
 * the rows of 01-08-cooperation-kinds-s22.tsv, with the non-political uses of the same words that stay no event.
 */
class CooperationKinds22Test {
  private static final TriggerFinder FINDER = new TriggerFinder(Fixtures.lexicon());

  private static boolean coded(SentenceGraph g, int token, String code) {
    return FINDER.find(g).stream().anyMatch(t -> t.token() == token && t.code().startsWith(code));
  }

  @Test
  void aPassiveHungOnAMisrootedParticipleBecomesThePredicateWithTheNounAsItsPatient() {
    // "Two boats seized[VBD root] off Crimea were returned[dep] to Ukraine by Russia"
    SentenceGraph g = graph("Two/CD boats/NNS/boat seized/VBD/seize off/RP Crimea/NNP were/VBD/be returned/VBN/return "
            + "to/IN Ukraine/NNP/Ukraine/COUNTRY by/IN Russia/NNP/Russia/COUNTRY ./.",
        "nummod:1:0 nsubj:2:1 root:-1:2 compound:prt:2:3 obj:2:4 aux:pass:6:5 dep:2:6 case:8:7 obl:6:8 case:10:9 obl:6:10 punct:2:11");
    assertEquals(-1, g.head(6));
    assertEquals(6, g.head(1));
    assertEquals("nsubj:pass", g.relation(1));
    assertEquals(1, g.head(2));
    assertEquals("acl", g.relation(2));
    assertTrue(coded(g, 6, "0842"));
  }

  @Test
  void aFiniteVerbHungOnAParticipleTakesTheNounAndTheParticipleSaysWhatWasBought() {
    // "The first of twelve fighters bought[VBN, advcl of 'said'] from France landed[dep] at Doha, officials said"
    SentenceGraph g = graph("The/DT first/JJ of/IN twelve/CD fighters/NNS/fighter bought/VBN/buy from/IN France/NNP/France/COUNTRY "
            + "landed/VBD/land at/IN Doha/NNP ,/, officials/NNS/official said/VBD/say ./.",
        "det:1:0 nsubj:5:1 case:4:2 nummod:4:3 nmod:1:4 advcl:13:5 case:7:6 obl:5:7 dep:5:8 case:10:9 obl:8:10 punct:13:11 "
            + "nsubj:13:12 root:-1:13 punct:13:14");
    assertEquals(13, g.head(8));
    assertEquals("advcl", g.relation(8));
    assertEquals("nsubj", g.relation(1));
    assertEquals(8, g.head(1));
    assertEquals("acl", g.relation(5));
    assertTrue(coded(g, 8, "072"));
    // an airliner that lands was bought by no one in the sentence
    SentenceGraph plane = graph("The/DT first/JJ of/IN the/DT airline/NN 's/POS jets/NNS/jet landed/VBD/land at/IN Heathrow/NNP ./.",
        "det:1:0 nsubj:7:1 case:6:2 det:4:3 nmod:poss:6:4 case:4:5 nmod:1:6 root:-1:7 case:9:8 obl:7:9 punct:7:10");
    assertFalse(coded(plane, 7, "072"));
  }

  @Test
  void aPronounSaysWhatFollowsAndTakesNoReducedRelative() {
    // "the mine where she said her son was trapped[dep of 'said']": "she said" is a clause, not "she, said ..."
    SentenceGraph g = graph("the/DT mine/NN where/WRB she/PRP said/VBD/say her/PRP$ son/NN was/VBD/be trapped/VBN/trap ./.",
        "det:1:0 root:-1:1 advmod:4:2 nsubj:4:3 acl:relcl:1:4 nmod:poss:6:5 obj:4:6 aux:pass:8:7 dep:4:8 punct:1:9");
    assertEquals(4, g.head(8));
    assertEquals(4, g.head(3));
    assertEquals("nsubj", g.relation(3));
  }

  @Test
  void aLooseParticipleWithoutAnAuxiliaryIsNotRepaired() {
    // "Troops stationed in the north returned[dep, no auxiliary, VBN]": no finite predicate to promote
    SentenceGraph g = graph("Troops/NNS/troop stationed/VBN/station in/IN the/DT north/NN returned/VBN/return ./.",
        "nsubj:1:0 root:-1:1 case:4:2 det:4:3 obl:1:4 dep:1:5 punct:1:6");
    assertEquals(-1, g.head(1));
    assertEquals(1, g.head(5));
    // "The government suspended aid after two vehicles were hit[dep]": a predicate with a clause of its own after it
    SentenceGraph after = graph("The/DT government/NN suspended/VBD/suspend aid/NN after/IN two/CD vehicles/NNS/vehicle "
            + "were/VBD/be hit/VBN/hit ./.",
        "det:1:0 nsubj:2:1 root:-1:2 obj:2:3 case:5:4 obl:2:5 nmod:5:6 aux:pass:8:7 dep:2:8 punct:2:9");
    assertEquals(-1, after.head(2));
    assertEquals("dep", after.relation(8));
  }

  @Test
  void bowingToProtestsMakesTheAnnouncedRepealAConcession() {
    SentenceGraph g = graph("Bowing/VBG/bow to/IN protests/NNS/protest ,/, Modi/NNP announced/VBD/announce that/IN the/DT "
            + "laws/NNS/law would/MD be/VB/be repealed/VBN/repeal ./.",
        "advcl:5:0 case:2:1 obl:0:2 punct:5:3 nsubj:5:4 root:-1:5 mark:11:6 det:8:7 nsubj:pass:11:8 aux:11:9 aux:pass:11:10 "
            + "ccomp:5:11 punct:5:12");
    assertTrue(YieldFrames.bowing(g, 11));
    SentenceGraph pressure = graph("Under/IN pressure/NN ,/, Chirac/NNP announced/VBD/announce that/IN the/DT law/NN "
            + "would/MD be/VB/be scrapped/VBN/scrap ./.",
        "case:1:0 obl:4:1 punct:4:2 nsubj:4:3 root:-1:4 mark:10:5 det:7:6 nsubj:pass:10:7 aux:10:8 aux:pass:10:9 ccomp:4:10 punct:4:11");
    assertTrue(YieldFrames.bowing(pressure, 10));
    SentenceGraph plain = graph("Modi/NNP announced/VBD/announce that/IN the/DT laws/NNS/law would/MD be/VB/be repealed/VBN/repeal ./.",
        "nsubj:1:0 root:-1:1 mark:7:2 det:4:3 nsubj:pass:7:4 aux:7:5 aux:pass:7:6 ccomp:1:7 punct:1:8");
    assertFalse(YieldFrames.bowing(plain, 7));
    // "Turning to the economy, he said taxes would be cut": no giving way
    SentenceGraph turning = graph("Turning/VBG/turn to/IN the/DT economy/NN ,/, he/PRP said/VBD/say taxes/NNS/tax would/MD "
            + "be/VB/be cut/VBN/cut ./.",
        "advcl:6:0 case:3:1 det:3:2 obl:0:3 punct:6:4 nsubj:6:5 root:-1:6 nsubj:pass:10:7 aux:10:8 aux:pass:10:9 ccomp:6:10 punct:6:11");
    assertFalse(YieldFrames.bowing(turning, 10));
  }

  @Test
  void aMoneyOfferToAFirmsBoardIsATakeoverNotAnOfferOfAid() {
    // "Bayer won over Monsanto's board with an offer of 66 billion dollars"
    SentenceGraph g = graph("Bayer/NNP/Bayer/ORGANIZATION won/VBD/win over/RP Monsanto/NNP/Monsanto/ORGANIZATION 's/POS board/NN "
            + "with/IN an/DT offer/NN of/IN 66/CD/66/MONEY billion/CD/billion/MONEY dollars/NNS/dollar/MONEY ./.",
        "nsubj:1:0 root:-1:1 compound:prt:1:2 nmod:poss:5:3 case:3:4 obj:1:5 case:8:6 det:8:7 obl:1:8 case:12:9 "
            + "compound:11:10 nummod:12:11 nmod:8:12 punct:1:13");
    assertTrue(BoardOffers.made(g, 8, true));
    assertTrue(CommercialDeals.between(g, 8, "0331", true));
    // "Washington made an offer of 66 million dollars in aid to Kiev": no board, no shareholders
    SentenceGraph aid = graph("Washington/NNP/Washington/CITY made/VBD/make an/DT offer/NN of/IN 66/CD/66/MONEY million/CD/million/MONEY "
            + "dollars/NNS/dollar/MONEY to/IN Kiev/NNP/Kiev/CITY ./.",
        "nsubj:1:0 root:-1:1 det:3:2 obj:1:3 case:7:4 compound:6:5 nummod:7:6 nmod:3:7 case:9:8 obl:1:9 punct:1:10");
    assertFalse(BoardOffers.made(aid, 3, true));
  }

  @Test
  void oneFirmSwallowingAnotherIsATakeover() {
    SentenceGraph g = graph("Exxon/NNP/Exxon/ORGANIZATION agreed/VBD/agree to/TO swallow/VB/swallow Mobil/NNP/Mobil/ORGANIZATION ./.",
        "nsubj:1:0 root:-1:1 mark:3:2 xcomp:1:3 obj:3:4 punct:1:5");
    assertTrue(CommercialDeals.between(g, 1, "0331", false));
  }

  @Test
  void theLexiconRowsOfTheSessionCodeTheirKinds() {
    assertTrue(coded(graph("The/DT talks/NNS/talk augured/VBD/augur well/RB for/IN peace/NN ./.",
        "det:1:0 nsubj:2:1 root:-1:2 advmod:2:3 case:5:4 obl:2:5 punct:2:6"), 2, "013"));
    assertTrue(coded(graph("He/PRP lavished/VBD/lavish compliments/NNS/compliment on/IN Rwanda/NNP ./.",
        "nsubj:1:0 root:-1:1 obj:1:2 case:4:3 obl:1:4 punct:1:5"), 1, "051"));
    assertTrue(coded(graph("Norway/NNP steered/VBD/steer talks/NNS/talk between/IN the/DT sides/NNS/side ./.",
        "nsubj:1:0 root:-1:1 obj:1:2 case:5:3 det:5:4 nmod:2:5 punct:1:6"), 1, "045"));
    assertFalse(coded(graph("The/DT band/NN steered/VBD/steer the/DT concert/NN ./.",
        "det:1:0 nsubj:2:1 root:-1:2 det:4:3 obj:2:4 punct:2:5"), 2, "045"));
    assertTrue(coded(graph("Kyrgyzstan/NNP let/VBD/let American/JJ warplanes/NNS/warplane use/VB/use the/DT airport/NN ./.",
        "nsubj:1:0 root:-1:1 amod:3:2 nsubj:4:3 ccomp:1:4 det:6:5 obj:4:6 punct:1:7"), 1, "062"));
    assertTrue(coded(graph("Pakistan/NNP tipped/VBD/tip off/RP its/PRP$ Indian/JJ counterpart/NN ./.",
        "nsubj:1:0 root:-1:1 compound:prt:1:2 nmod:poss:5:3 amod:5:4 obj:1:5 punct:1:6"), 1, "064"));
    assertTrue(coded(graph("Washington/NNP would/MD loosen/VB/loosen its/PRP$ curbs/NNS/curb on/IN exports/NNS/export ./.",
        "nsubj:2:0 aux:2:1 root:-1:2 nmod:poss:4:3 obj:2:4 case:6:5 nmod:4:6 punct:2:7"), 2, "085"));
    assertTrue(coded(graph("Power/NN began/VBD/begin feeding/VBG/feed the/DT grid/NN over/IN a/DT new/JJ line/NN ./.",
        "nsubj:1:0 root:-1:1 xcomp:1:2 det:4:3 obj:2:4 case:8:5 det:8:6 amod:8:7 obl:2:8 punct:1:9"), 2, "061"));
    assertFalse(coded(graph("The/DT factory/NN began/VBD/begin feeding/VBG/feed the/DT grid/NN ./.",
        "det:1:0 nsubj:2:1 root:-1:2 xcomp:2:3 det:5:4 obj:3:5 punct:2:6"), 3, "061"));
    assertTrue(coded(graph("The/DT Pope/NNP began/VBD/begin a/DT pilgrimage/NN to/IN Cuba/NNP ./.",
        "det:1:0 nsubj:2:1 root:-1:2 det:4:3 obj:2:4 case:6:5 nmod:4:6 punct:2:7"), 4, "042"));
    assertTrue(coded(graph("The/DT party/NN was/VBD/be legalised/VBN/legalise ./.",
        "det:1:0 nsubj:pass:3:1 aux:pass:3:2 root:-1:3 punct:3:4"), 3, "0812"));
  }
}
