package harbinger.coding;

import static harbinger.coding.TaggedGraphs.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.lexicon.LexiconEntry;
import harbinger.model.Actor;
import harbinger.model.Modality;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The session-21 cooperation kinds (roots 01-08) on the parses CoreNLP gave for round-20 and s21-coop probe sentences,
 * rebuilt by hand (several with other words): refusals told with "nothing" or a habit of not discussing (011), a
 * gerund clause the parser cut loose from "saw little hope" (012), held persons the parser made a clause of their own
 * (0353), a participle read as a past tense ("The Briton wanted for ... was handed over", 063), calls whose maker
 * comes in "came from" (026), leaders "among those who stood at the funeral" (017), and the lexicon rows of
 * 01-08-cooperation-kinds-s21.tsv; and what is no event: "occupied Kuwait" beside another place, a meeting still to
 * come, a record deal, a call to a news agency, a firm bought for a price, fans at a funeral.
 */
class CooperationKinds21Test {
  private static final TriggerFinder FINDER = new TriggerFinder(Fixtures.lexicon());

  private static boolean has(SentenceGraph g, BitSet context, String word) {
    for (int k = context.nextSetBit(0); k >= 0; k = context.nextSetBit(k + 1)) if (g.word(k).equals(word)) return true;
    return false;
  }

  private static boolean coded(SentenceGraph g, int token, String code) {
    return FINDER.find(g).stream().anyMatch(t -> t.token() == token && t.code().startsWith(code));
  }

  @Test
  void wouldSayNothingAndDoesNotDiscussAreRefusalsButNotRefusedTalksWithAPartner() {
    SentenceGraph nothing = graph("The/DT ministry/NN would/MD say/VB/say nothing/NN/nothing about/IN reports/NNS/report ./.",
        "det:1:0 nsubj:3:1 aux:3:2 root:-1:3 obj:3:4 case:6:5 obl:3:6 punct:3:7");
    assertTrue(NoComment.negated(nothing, 3));
    SentenceGraph habit = graph("it/PRP does/VBZ/do not/RB discuss/VB/discuss such/JJ matters/NNS/matter ./.",
        "nsubj:3:0 aux:3:1 advmod:3:2 root:-1:3 amod:5:4 obj:3:5 punct:3:6");
    assertTrue(NoComment.negated(habit, 3));
    SentenceGraph talks = graph("Israel/NNP would/MD not/RB discuss/VB/discuss the/DT border/NN with/IN Syria/NNP ./.",
        "nsubj:3:0 aux:3:1 advmod:3:2 root:-1:3 det:5:4 obj:3:5 case:7:6 obl:3:7 punct:3:8");
    assertFalse(NoComment.negated(talks, 3));
    SentenceGraph past = graph("They/PRP did/VBD/do not/RB discuss/VB/discuss the/DT border/NN ./.",
        "nsubj:3:0 aux:3:1 advmod:3:2 root:-1:3 det:5:4 obj:3:5 punct:3:6");
    assertFalse(NoComment.negated(past, 3));
  }

  @Test
  void aGerundClauseCutLooseFromSawLittleHopeIsWhatIsSeen() {
    // "he saw little hope[nsubj:pass of 'closed'] of the shortfall being closed[dep of 'saw']"
    SentenceGraph g = graph("he/PRP saw/VBD/see little/JJ hope/NN of/IN the/DT shortfall/NN being/VBG/be closed/VBN/close ./.",
        "nsubj:1:0 root:-1:1 amod:3:2 nsubj:pass:8:3 case:6:4 det:6:5 nmod:3:6 aux:pass:8:7 dep:1:8 punct:1:9");
    assertTrue(has(g, TriggerFinder.context(g, 1, false), "hope"));
    assertTrue(coded(g, 1, "012"));
  }

  @Test
  void heldPersonsTheParserMadeAClauseAreWhatIsAllowedToGo() {
    // "Iran's president announced[csubj:pass] that the British sailors held[ccomp] in Tehran would be allowed to go home"
    SentenceGraph g = graph("Iran/NNP 's/POS president/NN announced/VBD/announce that/IN the/DT British/JJ sailors/NNS/sailor "
            + "held/VBN/hold in/IN Tehran/NNP would/MD be/VB/be allowed/VBN/allow to/TO go/VB/go home/RB ./.",
        "nmod:poss:2:0 case:0:1 nsubj:3:2 csubj:pass:13:3 mark:8:4 det:7:5 amod:7:6 nsubj:8:7 ccomp:3:8 case:10:9 obl:8:10 "
            + "aux:13:11 aux:pass:13:12 root:-1:13 mark:15:14 xcomp:13:15 advmod:15:16 punct:13:17");
    assertEquals(8, MisattachedObjects.reducedRelative(g, 13));
    assertTrue(has(g, TriggerFinder.context(g, 13, false), "sailors"));
    assertTrue(coded(g, 13, "0353"));
  }

  @Test
  void aParticipleReadAsAPastTenseGivesTheHandedOverPersonAndTheHandoverIsJudicial() {
    // "The Briton wanted[VBD, csubj:pass] for the killings was handed over to Thailand by the Cambodian police"
    SentenceGraph g = graph("The/DT Briton/NNP wanted/VBD/want for/IN the/DT killings/NNS/killing was/VBD/be handed/VBN/hand "
            + "over/RP to/IN Thailand/NNP/Thailand/COUNTRY by/IN the/DT Cambodian/JJ police/NN ./.",
        "det:1:0 nsubj:2:1 csubj:pass:7:2 case:5:3 det:5:4 obl:2:5 aux:pass:7:6 root:-1:7 compound:prt:7:8 case:10:9 obl:7:10 "
            + "case:14:11 det:14:12 amod:14:13 obl:7:14 punct:7:15");
    assertTrue(has(g, TriggerFinder.context(g, 7, false), "Briton"));
    assertTrue(coded(g, 7, "063"));
  }

  @Test
  void occupiedBeforeAPlaceCoordinatedWithAnotherIsNoOccupation() {
    SentenceGraph g = graph("foreigners/NNS/foreigner held/VBN/hold in/IN Iraq/NNP/Iraq/COUNTRY and/CC occupied/VBD/occupy "
            + "Kuwait/NNP/Kuwait/COUNTRY would/MD be/VB/be allowed/VBN/allow to/TO leave/VB/leave",
        "nsubj:1:0 root:-1:1 case:3:2 obl:1:3 cc:5:4 conj:1:5 obj:5:6 aux:9:7 aux:pass:9:8 dep:1:9 mark:11:10 xcomp:9:11");
    assertTrue(PlaceParticiples.describesPlace(g, 5));
    assertFalse(coded(g, 5, "19"));
    SentenceGraph act = graph("Iraq/NNP/Iraq/COUNTRY occupied/VBD/occupy Kuwait/NNP/Kuwait/COUNTRY", "nsubj:1:0 root:-1:1 obj:1:2");
    assertFalse(PlaceParticiples.describesPlace(act, 1));
  }

  @Test
  void aMeetingAheadOfWhichSomethingHappensIsNotYetAnEvent() {
    SentenceGraph g = graph("investors/NNS/investor ran/VBD/run for/IN cover/NN ahead/RB of/IN the/DT Federal/NNP Reserve/NNP "
            + "'s/POS meeting/NN ./.",
        "nsubj:1:0 root:-1:1 case:3:2 obl:1:3 advmod:1:4 case:10:5 det:8:6 compound:8:7 nmod:poss:10:8 case:8:9 obl:4:10 punct:1:11");
    Trigger meeting = new Trigger(10, new LexiconEntry("040", "meeting", true, null, List.of(), true, "test"));
    assertTrue(AwaitedMeetings.awaited(g, meeting, "04"));
    SentenceGraph held = graph("The/DT ministers/NNS held/VBD/hold a/DT meeting/NN ./.", "det:1:0 nsubj:2:1 root:-1:2 det:4:3 obj:2:4 punct:2:5");
    assertFalse(AwaitedMeetings.awaited(held, new Trigger(4, meeting.entry()), "04"));
  }

  @Test
  void aRecordDealIsNoAgreementButATradeDealIs() {
    SentenceGraph record = graph("she/PRP had/VBD/have signed/VBN/sign a/DT record/NN deal/NN", "nsubj:2:0 aux:2:1 root:-1:2 det:5:3 compound:5:4 obj:2:5");
    assertTrue(TradeContracts.tradeContract(record, 2, "057", false));
    SentenceGraph trade = graph("they/PRP had/VBD/have signed/VBN/sign a/DT trade/NN deal/NN", "nsubj:2:0 aux:2:1 root:-1:2 det:5:3 compound:5:4 obj:2:5");
    assertFalse(TradeContracts.tradeContract(trade, 2, "057", false));
  }

  @Test
  void aTelephoneCallToANewsAgencyIsNoConsultation() {
    String words = "It/PRP was/VBD/be claimed/VBN/claim in/IN a/DT telephone/NN call/NN to/IN a/DT local/JJ news/NN ";
    String deps = "nsubj:pass:2:0 aux:pass:2:1 root:-1:2 case:6:3 det:6:4 compound:6:5 obl:2:6 case:11:7 det:11:8 amod:11:9 compound:11:10 nmod:6:11";
    assertTrue(PressCalls.toPress(graph(words + "agency/NN", deps), 6, "041", true));
    assertFalse(PressCalls.toPress(graph(words + "president/NN", deps), 6, "041", true));
  }

  @Test
  void callsWhoseMakerCameFromAreTheMakersAppealForTalks() {
    // "Calls[nsubj of 'go'] for Rwanda's government to go[root] back to the negotiating table came[dep] from the OAU"
    SentenceGraph g = graph("Calls/NNS/call for/IN Rwanda/NNP 's/POS government/NN to/TO go/VB/go back/RB to/IN the/DT "
            + "negotiating/NN table/NN came/VBD/come from/IN the/DT OAU/NNP ./.",
        "nsubj:6:0 case:4:1 nmod:poss:4:2 case:2:3 nmod:0:4 mark:6:5 root:-1:6 advmod:6:7 case:11:8 det:11:9 compound:11:10 "
            + "obl:7:11 dep:6:12 case:15:13 det:15:14 obl:12:15 punct:6:16");
    assertEquals(15, CameFrom.maker(g, 0));
    assertTrue(coded(g, 0, "026"));
    // "A claim of responsibility for the ambush came from Lashkar-e-Taiba": the noun under the subject
    SentenceGraph claim = graph("A/DT claim/NN of/IN responsibility/NN for/IN the/DT ambush/NN came/VBD/come from/IN Lashkar/NNP ./.",
        "det:1:0 nsubj:7:1 case:3:2 nmod:1:3 case:6:4 det:6:5 nmod:3:6 root:-1:7 case:9:8 obl:7:9 punct:7:10");
    assertEquals(9, CameFrom.maker(claim, 3));
    SentenceGraph went = graph("Calls/NNS/call for/IN talks/NNS went/VBD/go unanswered/JJ ./.", "nsubj:3:0 case:2:1 nmod:0:2 root:-1:3 xcomp:3:4 punct:3:5");
    assertNull(CameFrom.maker(went, 0));
  }

  @Test
  void leadersAmongThoseWhoStoodAtTheFuneralAreItsDoers() {
    // "King Hussein and President Mubarak were among the world leaders who[dep] stood[dep of 'who'] bareheaded at the funeral"
    SentenceGraph g = graph("King/NNP Hussein/NNP and/CC President/NNP Mubarak/NNP were/VBD/be among/IN the/DT world/NN "
            + "leaders/NNS/leader who/WP stood/VBD/stand bareheaded/JJ at/IN the/DT funeral/NN ./.",
        "compound:1:0 nsubj:9:1 cc:4:2 compound:4:3 conj:1:4 cop:9:5 case:9:6 det:9:7 compound:9:8 root:-1:9 dep:9:10 "
            + "dep:10:11 xcomp:11:12 case:15:13 det:15:14 obl:12:15 punct:9:16");
    assertEquals(1, RelativeSubjects.subject(g, 11));
  }

  @Test
  void aNamedBuyerPayingForANamedFirmIsTradeButAStateBuyingIsNot() {
    String deps = "nsubj:1:0 root:-1:1 mark:3:2 xcomp:1:3 obj:3:4 case:8:5 compound:7:6 nummod:8:7 obl:3:8";
    String rest = " agreed/VBD/agree to/TO buy/VB/buy Cadbury/NNP/Cadbury/ORGANIZATION for/IN 11.5/CD/11.5/MONEY "
        + "billion/CD/billion/MONEY pounds/NNS/pound/MONEY";
    assertTrue(CommercialDeals.between(graph("Kraft/NNP/Kraft/PERSON" + rest, deps), 1, "0331", false));
    assertFalse(CommercialDeals.between(graph("India/NNP/India/COUNTRY" + rest, deps), 1, "0331", false));
  }

  @Test
  void hundredsOfFansAtAFuneralArePrivateMourners() {
    SentenceGraph g = graph("Hundreds/NNS/hundred of/IN fans/NNS/fan attended/VBD/attend the/DT funeral/NN ./.",
        "nsubj:3:0 case:2:1 nmod:0:2 root:-1:3 det:5:4 obj:3:5 punct:3:6");
    assertTrue(PrivateCourtesies.privateAct(g, 3, "017", false));
    SentenceGraph ministers = graph("Hundreds/NNS/hundred of/IN ministers/NNS/minister attended/VBD/attend the/DT funeral/NN ./.",
        "nsubj:3:0 case:2:1 nmod:0:2 root:-1:3 det:5:4 obj:3:5 punct:3:6");
    assertFalse(PrivateCourtesies.privateAct(ministers, 3, "017", false));
  }

  @Test
  void aConcessionToldInThePassiveIsTheAnnouncingStatesOwn() {
    String words = "The/DT United/NNP States/NNP said/VBD/say sanctions/NNS/sanction on/IN Sudan/NNP would/MD be/VB/be lifted/VBN/lift";
    String deps = "det:2:0 compound:2:1 nsubj:3:2 root:-1:3 nsubj:pass:9:4 case:6:5 nmod:4:6 aux:9:7 aux:pass:9:8 ccomp:3:9";
    Actor usa = new Actor("The United States", "USA", "USA", List.of(), null, null);
    var reading = new ModalityFinder.Reading(Modality.FUTURE, 3, false);
    var lift = Fixtures.ontology().expect("085");
    assertTrue(Attribution.isAuthorityAgent(graph(words, deps), 9, lift, reading, usa));
    SentenceGraph byUn = graph(words + " by/IN the/DT UN/NNP", deps + " case:12:10 det:12:11 obl:9:12");
    assertFalse(Attribution.isAuthorityAgent(byUn, 9, lift, reading, usa));
    Actor rebels = new Actor("the rebels", "SDNREB", "SDN", List.of("REB"), null, null);
    assertFalse(Attribution.isAuthorityAgent(graph(words, deps), 9, lift, reading, rebels));
  }

  @Test
  void theSession21LexiconRows() {
    SentenceGraph recognition = graph("Slovenia/NNP/Slovenia/COUNTRY won/VBD/win recognition/NN from/IN Germany/NNP/Germany/COUNTRY ./.",
        "nsubj:1:0 root:-1:1 obj:1:2 case:4:3 obl:1:4 punct:1:5");
    assertTrue(coded(recognition, 2, "054"));
    SentenceGraph suggest = graph("The/DT secretary/NN suggested/VBD/suggest that/IN Mugabe/NNP should/MD step/VB/step down/RP ./.",
        "det:1:0 nsubj:2:1 root:-1:2 mark:6:3 nsubj:6:4 aux:6:5 ccomp:2:6 compound:prt:6:7 punct:2:8");
    assertTrue(coded(suggest, 2, "0241"));
    SentenceGraph data = graph("The/DT Dutch/JJ government/NN provided/VBD/provide Malaysian/JJ investigators/NNS/investigator "
            + "with/IN radar/NN data/NNS/data ./.",
        "det:2:0 amod:2:1 nsubj:3:2 root:-1:3 amod:5:4 obj:3:5 case:8:6 compound:8:7 obl:3:8 punct:3:9");
    assertTrue(coded(data, 3, "064"));
    SentenceGraph train = graph("The/DT first/JJ freight/NN train/NN from/IN Chongqing/NNP arrived/VBD/arrive in/IN Duisburg/NNP ./.",
        "det:3:0 amod:3:1 compound:3:2 nsubj:6:3 case:5:4 nmod:3:5 root:-1:6 case:8:7 obl:6:8 punct:6:9");
    assertTrue(coded(train, 6, "061"));
    SentenceGraph drills = graph("70,000/CD troops/NNS/troops took/VBD/take part/NN in/IN the/DT Bright/NNP Star/NNP "
            + "manoeuvres/NNS/manoeuvre ./.",
        "nummod:1:0 nsubj:2:1 root:-1:2 obj:2:3 case:8:4 det:8:5 compound:8:6 compound:8:7 obl:2:8 punct:2:9");
    assertTrue(coded(drills, 8, "062"));
  }
}
