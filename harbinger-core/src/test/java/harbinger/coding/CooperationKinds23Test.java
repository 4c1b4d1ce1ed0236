package harbinger.coding;

import static harbinger.coding.TaggedGraphs.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The session-23 cooperation kinds (roots 01-08) on hand-built graphs with the shapes CoreNLP gave for round-22 and
 * s23-coop probe sentences (other words): a fronted participle of cooperation done by the clause's subject
 * ({@link ArgumentFinder}), a time phrase read as a clause on a reduced relative ({@link TemporalReducedRelatives}), a reduced relative read
 * as the clausal subject ({@link SubjectParticiples}),
 * the question a "when asked" clause puts ({@link WhClauses}), and the rows of 01-08-cooperation-kinds-s23.tsv, with the non-political uses of the same
 * words that stay no event of that kind.
 */
class CooperationKinds23Test {
  private static final TriggerFinder FINDER = new TriggerFinder(Fixtures.lexicon());

  private static boolean coded(SentenceGraph g, int token, String code) {
    return FINDER.find(g).stream().anyMatch(t -> t.token() == token && t.code().startsWith(code));
  }

  private static Trigger at(SentenceGraph g, int token) {
    return FINDER.find(g).stream().filter(t -> t.token() == token).findFirst().orElseThrow();
  }

  @Test
  void aFrontedParticipleOfCooperationIsDoneByTheClausesSubject() {
    // "Lavishing compliments on his host, Medvedev called the Czech president a friend": before, the participle had
    // no source (only fronted participles of rejection, root 12, took the clause's subject) and was dropped
    SentenceGraph g = graph("Lavishing/VBG/lavish compliments/NNS/compliment on/IN his/PRP$/he host/NN ,/, "
            + "Medvedev/NNP/Medvedev/PERSON called/VBD/call the/DT Czech/JJ president/NN a/DT friend/NN ./.",
        "advcl:7:0 obj:0:1 case:4:2 nmod:poss:4:3 obl:0:4 punct:7:5 nsubj:7:6 root:-1:7 det:10:8 amod:10:9 obj:7:10 "
            + "det:12:11 xcomp:7:12 punct:7:13");
    Trigger lavishing = at(g, 0);
    assertEquals("051", lavishing.code());
    assertEquals(List.of(6), new ArgumentFinder().find(g, lavishing).sources());
    // "Meeting in Reykjavik, Reagan and Gorbachev talked": the sentence-initial participle the parser left as a loose
    // dependent of the verb is the meeting of the clause's subject
    SentenceGraph meeting = graph("Meeting/VBG/meet in/IN Reykjavik/NNP/Reykjavik/CITY ,/, Reagan/NNP/Reagan/PERSON and/CC "
            + "Gorbachev/NNP/Gorbachev/PERSON talked/VBD/talk ./.",
        "dep:7:0 case:2:1 obl:0:2 punct:7:3 nsubj:7:4 cc:6:5 conj:4:6 root:-1:7 punct:7:8");
    assertEquals(List.of(4, 6), new ArgumentFinder().find(meeting, at(meeting, 0)).sources());
    // and its place is the name in apposition to the place noun: Iceland, a third country for both
    SentenceGraph capital = graph("Meeting/VBG/meet in/IN the/DT Icelandic/JJ capital/NN Reykjavik/NNP/Reykjavik/CITY ,/, "
            + "Reagan/NNP/Reagan/PERSON talked/VBD/talk ./.",
        "dep:8:0 case:4:1 det:4:2 amod:4:3 obl:0:4 appos:4:5 punct:8:6 nsubj:8:7 root:-1:8 punct:8:9");
    assertEquals("ISL", new ThirdPlaces(Fixtures.ontology(), Fixtures.knowledge()).meetingPlace(capital, 0).orElseThrow());
    // a participle with a mark of its own ("while meeting ...") is not a fronted participle of the clause
    SentenceGraph marked = graph("While/IN lavishing/VBG/lavish compliments/NNS/compliment on/IN his/PRP$/he host/NN ,/, "
            + "Medvedev/NNP/Medvedev/PERSON called/VBD/call the/DT president/NN a/DT friend/NN ./.",
        "mark:1:0 advcl:8:1 obj:1:2 case:5:3 nmod:poss:5:4 obl:1:5 punct:8:6 nsubj:8:7 root:-1:8 det:10:9 obj:8:10 "
            + "det:12:11 xcomp:8:12 punct:8:13");
    assertEquals(List.of(), new ArgumentFinder().find(marked, at(marked, 1)).sources());
  }

  @Test
  void aTimePhraseReadAsAClauseOnAReducedRelativeGivesThePassiveBackItsPatient() {
    // "Martial law imposed[VBN root] in Lhasa after the riots was lifted[advcl] by the government": before, the lifting
    // was a clause of time with "riots" as its patient, and dropped as background
    SentenceGraph g = graph("Martial/NNP law/NN imposed/VBN/impose in/IN Lhasa/NNP after/IN the/DT riots/NNS/riot "
            + "was/VBD/be lifted/VBN/lift by/IN the/DT government/NN ./.",
        "compound:1:0 nsubj:2:1 root:-1:2 case:4:3 obl:2:4 mark:9:5 det:7:6 nsubj:pass:9:7 aux:pass:9:8 advcl:2:9 "
            + "case:12:10 det:12:11 obl:9:12 punct:2:13");
    assertEquals(-1, g.head(9));
    assertEquals(9, g.head(1));
    assertEquals("nsubj:pass", g.relation(1));
    assertEquals(1, g.head(2));
    assertEquals("acl", g.relation(2));
    assertEquals(2, g.head(7));
    assertEquals("after", g.caseMarker(7));
    assertTrue(coded(g, 9, "0814"));
    // a finite verb with an object is a predicate: "The government suspended aid after two vehicles were hit"
    SentenceGraph real = graph("The/DT government/NN suspended/VBD/suspend aid/NN after/IN two/CD vehicles/NNS/vehicle "
            + "were/VBD/be hit/VBN/hit ./.",
        "det:1:0 nsubj:2:1 root:-1:2 obj:2:3 mark:8:4 nummod:6:5 nsubj:pass:8:6 aux:pass:8:7 advcl:2:8 punct:2:9");
    assertEquals(-1, real.head(2));
    assertEquals("advcl", real.relation(8));
  }

  @Test
  void aReducedRelativeReadAsTheClausalSubjectGivesItsNounToThePredicate() {
    // "The curfew imposed[csubj:pass] on Kashmir after weeks of protests was lifted by the governor": before, the
    // lifting had no patient and its event no target
    SentenceGraph g = graph("The/DT curfew/NN imposed/VBN/impose on/IN Kashmir/NNP after/IN weeks/NNS/week of/IN "
            + "protests/NNS/protest was/VBD/be lifted/VBN/lift by/IN the/DT governor/NN ./.",
        "det:1:0 nsubj:2:1 csubj:pass:10:2 case:4:3 obl:2:4 case:6:5 obl:2:6 case:8:7 nmod:6:8 aux:pass:10:9 root:-1:10 "
            + "case:13:11 det:13:12 obl:10:13 punct:10:14");
    assertEquals(10, g.head(1));
    assertEquals("nsubj:pass", g.relation(1));
    assertEquals(1, g.head(2));
    assertEquals("acl", g.relation(2));
    // a clausal subject with an auxiliary of its own stays one: "That troops were deployed was denied"
    SentenceGraph clause = graph("That/IN troops/NNS/troop were/VBD/be deployed/VBN/deploy was/VBD/be denied/VBN/deny ./.",
        "mark:3:0 nsubj:pass:3:1 aux:pass:3:2 csubj:pass:5:3 aux:pass:5:4 root:-1:5 punct:5:6");
    assertEquals(5, clause.head(3));
    assertEquals("csubj:pass", clause.relation(3));
  }

  @Test
  void theLexiconRowsOfTheSessionCodeTheirKinds() {
    assertTrue(coded(graph("A/DT spokesman/NN kept/VBD/keep his/PRP$/he counsel/NN ./.",
        "det:1:0 nsubj:2:1 root:-1:2 nmod:poss:4:3 obj:2:4 punct:2:5"), 2, "011"));
    assertTrue(coded(graph("The/DT Kremlin/NNP kept/VBD/keep silent/JJ when/WRB asked/VBN/ask ./.",
        "det:1:0 nsubj:2:1 root:-1:2 xcomp:2:3 advmod:5:4 advcl:2:5 punct:2:6"), 2, "011"));
    assertTrue(coded(graph("The/DT envoy/NN described/VBD/describe the/DT gap/NN as/IN unbridgeable/JJ ./.",
        "det:1:0 nsubj:2:1 root:-1:2 det:4:3 obj:2:4 case:6:5 obl:2:6 punct:2:7"), 2, "012"));
    assertTrue(coded(graph("The/DT talks/NNS/talk laid/VBD/lay a/DT foundation/NN for/IN peace/NN ./.",
        "det:1:0 nsubj:2:1 root:-1:2 det:4:3 obj:2:4 case:6:5 nmod:4:6 punct:2:7"), 2, "013"));
    assertFalse(coded(graph("The/DT merger/NN laid/VBD/lay a/DT foundation/NN for/IN growth/NN ./.",
        "det:1:0 nsubj:2:1 root:-1:2 det:4:3 obj:2:4 case:6:5 nmod:4:6 punct:2:7"), 2, "013"));
    assertTrue(coded(graph("Spain/NNP asked/VBD/ask Interpol/NNP to/TO issue/VB/issue arrest/NN warrants/NNS/warrant ./.",
        "nsubj:1:0 root:-1:1 obj:1:2 mark:4:3 xcomp:1:4 compound:6:5 obj:4:6 punct:1:7"), 1, "0213"));
    assertTrue(coded(graph("Italy/NNP was/VBD/be ready/JJ/ready to/TO send/VB/send troops/NNS/troop ./.",
        "nsubj:2:0 cop:2:1 root:-1:2 mark:4:3 xcomp:2:4 obj:4:5 punct:2:6"), 2, "0334"));
    assertTrue(coded(graph("Brazil/NNP would/MD command/VB/command a/DT stabilisation/NN force/NN ./.",
        "nsubj:2:0 aux:2:1 root:-1:2 det:5:3 compound:5:4 obj:2:5 punct:2:6"), 2, "0334"));
    assertTrue(coded(graph("They/PRP would/MD respect/VB/respect the/DT verdict/NN of/IN the/DT court/NN ./.",
        "nsubj:2:0 aux:2:1 root:-1:2 det:4:3 obj:2:4 case:7:5 det:7:6 nmod:4:7 punct:2:8"), 2, "037"));
    assertTrue(coded(graph("Khartoum/NNP agreed/VBD/agree to/TO let/VB/let Kenya/NNP broker/VB/broker talks/NNS/talk ./.",
        "nsubj:1:0 root:-1:1 mark:3:2 xcomp:1:3 nsubj:5:4 ccomp:3:5 obj:5:6 punct:1:7"), 1, "038"));
    assertTrue(coded(graph("Xi/NNP promised/VBD/promise to/TO pour/VB/pour billions/NNS/billion into/IN roads/NNS/road ./.",
        "nsubj:1:0 root:-1:1 mark:3:2 xcomp:1:3 obj:3:4 case:6:5 obl:3:6 punct:1:7"), 1, "0311"));
    assertFalse(coded(graph("He/PRP promised/VBD/promise to/TO pour/VB/pour millions/NNS/million into/IN stadiums/NNS/stadium ./.",
        "nsubj:1:0 root:-1:1 mark:3:2 xcomp:1:3 obj:3:4 case:6:5 obl:3:6 punct:1:7"), 1, "0311"));
    assertTrue(coded(graph("Suleiman/NNP relayed/VBD/relay proposals/NNS/proposal between/IN Hamas/NNP and/CC Israel/NNP ./.",
        "nsubj:1:0 root:-1:1 obj:1:2 case:4:3 nmod:2:4 cc:6:5 conj:4:6 punct:1:7"), 1, "045"));
    assertTrue(coded(graph("The/DT prime/JJ minister/NN dropped/VBD/drop in/RP on/IN Lahore/NNP ./.",
        "det:2:0 amod:2:1 nsubj:3:2 root:-1:3 compound:prt:3:4 case:6:5 obl:3:6 punct:3:7"), 3, "042"));
    assertFalse(coded(graph("Prices/NNS/price dropped/VBD/drop in/IN March/NNP ./.",
        "nsubj:1:0 root:-1:1 case:3:2 obl:1:3 punct:1:4"), 1, "042"));
    assertTrue(coded(graph("The/DT plan/NN won/VBD/win plaudits/NNS/plaudit from/IN Japan/NNP ./.",
        "det:1:0 nsubj:2:1 root:-1:2 obj:2:3 case:5:4 obl:2:5 punct:2:6"), 3, "051"));
    assertTrue(coded(graph("Croatia/NNP won/VBD/win recognition/NN from/IN Germany/NNP ./.",
        "nsubj:1:0 root:-1:1 obj:1:2 case:4:3 obl:1:4 punct:1:5"), 1, "054"));
    assertTrue(coded(graph("An/DT apology/NN was/VBD/be offered/VBN/offer by/IN Rutte/NNP ./.",
        "det:1:0 nsubj:pass:3:1 aux:pass:3:2 root:-1:3 case:5:4 obl:3:5 punct:3:6"), 3, "055"));
    assertTrue(coded(graph("The/DT first/JJ flight/NN between/IN Israel/NNP and/CC Bahrain/NNP landed/VBD/land ./.",
        "det:2:0 amod:2:1 nsubj:7:2 case:4:3 nmod:2:4 cc:6:5 conj:4:6 root:-1:7 punct:7:8"), 7, "061"));
    assertFalse(coded(graph("The/DT first/JJ flight/NN of/IN the/DT airline/NN landed/VBD/land ./.",
        "det:2:0 amod:2:1 nsubj:6:2 case:5:3 det:5:4 nmod:2:5 root:-1:6 punct:6:7"), 6, "061"));
    assertTrue(coded(graph("Two/CD trains/NNS/train rolled/VBD/roll across/IN the/DT border/NN ./.",
        "nummod:1:0 nsubj:2:1 root:-1:2 case:5:3 det:5:4 obl:2:5 punct:2:6"), 2, "061"));
    assertTrue(coded(graph("Marines/NNS/marine stormed/VBD/storm ashore/RB in/IN a/DT joint/JJ exercise/NN ./.",
        "nsubj:1:0 root:-1:1 advmod:1:2 case:6:3 det:6:4 amod:6:5 obl:1:6 punct:1:7"), 1, "062"));
    assertFalse(coded(graph("Troops/NNS/troop stormed/VBD/storm the/DT town/NN ./.",
        "nsubj:1:0 root:-1:1 det:3:2 obj:1:3 punct:1:4"), 1, "062"));
    assertTrue(coded(graph("Carlos/NNP was/VBD/be delivered/VBN/deliver into/IN French/JJ custody/NN ./.",
        "nsubj:pass:2:0 aux:pass:2:1 root:-1:2 case:5:3 amod:5:4 obl:2:5 punct:2:6"), 2, "063"));
    assertTrue(coded(graph("Turkey/NNP shared/VBD/share details/NNS/detail with/IN French/JJ officials/NNS/official ./.",
        "nsubj:1:0 root:-1:1 obj:1:2 case:5:3 amod:5:4 obl:1:5 punct:1:6"), 1, "064"));
    assertTrue(coded(graph("Meals/NNS/meal were/VBD/be parachuted/VBN/parachute to/IN families/NNS/family ./.",
        "nsubj:pass:2:0 aux:pass:2:1 root:-1:2 case:4:3 obl:2:4 punct:2:5"), 2, "073"));
    assertTrue(coded(graph("Cuban/JJ doctors/NNS/doctor arrived/VBD/arrive in/IN quake-hit/JJ Kashmir/NNP ./.",
        "amod:1:0 nsubj:2:1 root:-1:2 case:5:3 amod:5:4 obl:2:5 punct:2:6"), 2, "073"));
    assertFalse(coded(graph("Cuban/JJ doctors/NNS/doctor arrived/VBD/arrive in/IN Paris/NNP for/IN a/DT conference/NN ./.",
        "amod:1:0 nsubj:2:1 root:-1:2 case:4:3 obl:2:4 case:7:5 det:7:6 obl:2:7 punct:2:8"), 2, "073"));
    assertTrue(coded(graph("Guatemala/NNP pledged/VBD/pledge to/TO abide/VB/abide by/IN the/DT ruling/NN ./.",
        "nsubj:1:0 root:-1:1 mark:3:2 xcomp:1:3 case:6:4 det:6:5 obl:3:6 punct:1:7"), 1, "037"));
    // fake investment offers that swindle pensioners are no intent to cooperate economically; a real offer is
    assertFalse(coded(graph("He/PRP swindled/VBD/swindle pensioners/NNS/pensioner with/IN fake/JJ investment/NN offers/NNS/offer ./.",
        "nsubj:1:0 root:-1:1 obj:1:2 case:6:3 amod:6:4 compound:6:5 obl:1:6 punct:1:7"), 6, "0311"));
    assertTrue(coded(graph("Japan/NNP made/VBD/make an/DT investment/NN offer/NN to/IN India/NNP ./.",
        "nsubj:1:0 root:-1:1 det:4:2 compound:4:3 obj:1:4 case:6:5 nmod:4:6 punct:1:7"), 4, "0311"));
    // the first consignment of missiles that reaches an army is arms aid, not a new trade route (061 needs a trade word)
    assertTrue(coded(graph("The/DT first/JJ consignment/NN of/IN missiles/NNS/missile reached/VBD/reach Ukraine/NNP 's/POS army/NN ./.",
        "det:2:0 amod:2:1 nsubj:5:2 case:4:3 nmod:2:4 root:-1:5 nmod:poss:8:6 case:6:7 obj:5:8 punct:5:9"), 5, "072"));
  }
}
