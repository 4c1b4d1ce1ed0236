package harbinger.coding;

import static harbinger.coding.TaggedGraphs.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session-22 material-conflict kinds on hand-built graphs with the shapes CoreNLP gives, through the real
 * {@link TriggerFinder} and lexicon ({@code 14-20-conflict-kinds-s22.tsv}): protests whose doers are described by a
 * policy grievance ({@link ProtestGrievances}), a demand hung on the protest's subject ({@link ProtestAims}), killing
 * told by its means (1823), tear gas fired from grenades (175, not 2041), funding ended (162), a mediating role put on
 * hold (165), warships sailing through a strait (150), homes bulldozed (1712), shoot-outs and the Five Nations as
 * match reports ({@link MatchReports}, {@link SportsSenses}), and robbers as the doers of the second of two
 * coordinated verbs ({@link PrivateCrimes}).
 */
class ConflictKindsTwentyTwoTest {
  private final TriggerFinder finder = new TriggerFinder(Fixtures.lexicon());

  private String codeAt(List<Trigger> found, int token) {
    for (Trigger t : found) if (t.token() == token) return t.code();
    return null;
  }

  private String codeAt(SentenceGraph g, int token) { return codeAt(finder.find(g), token); }

  private String protestCode(SentenceGraph g, int token) {
    return codeAt(ProtestGrievances.apply(g, ProtestAims.apply(g, finder.find(g))), token);
  }

  @Test
  void protestersDescribedByAPolicyGrievanceProtestForAPolicyChange() {
    // "Fishermen protesting new quotas blocked the port"
    SentenceGraph g = graph("Fishermen/NNS/fisherman protesting/VBG/protest new/JJ quotas/NNS/quota blocked/VBD/block "
        + "the/DT port/NN ./.", "nsubj:4:0 acl:0:1 amod:3:2 obj:1:3 root:-1:4 det:6:5 obj:4:6 punct:4:7");
    assertEquals("144", codeAt(g, 4));
    assertEquals("1442", protestCode(g, 4));
    // a grievance against a person states no policy: "Fishermen angry at the minister blocked the port"
    SentenceGraph person = graph("Fishermen/NNS/fisherman angry/JJ at/IN the/DT minister/NN blocked/VBD/block the/DT "
        + "port/NN ./.", "nsubj:5:0 amod:0:1 case:4:2 det:4:3 obl:1:4 root:-1:5 det:7:6 obj:5:7 punct:5:8");
    assertEquals("144", protestCode(person, 5));
  }

  @Test
  void aGrievanceTheParserMadeTheRootStillDescribesTheRioters() {
    // "Rioters angered by higher fares set fire to banks": "angered" root, "set" its dep
    SentenceGraph g = graph("Rioters/NNS/rioter angered/VBN/anger by/IN higher/JJR/high fares/NNS/fare set/VBD/set "
            + "fire/NN to/IN banks/NNS/bank ./.",
        "nsubj:1:0 root:-1:1 case:4:2 amod:4:3 obl:1:4 dep:1:5 obj:5:6 case:8:7 obl:5:8 punct:1:9");
    assertEquals("145", codeAt(g, 5));
    assertEquals("1452", protestCode(g, 5));
  }

  @Test
  void inProtestAtAPolicyIsAProtestForAPolicyChange() {
    // "Crowds filled the square in protest at the reform"
    SentenceGraph g = graph("Crowds/NNS/crowd filled/VBD/fill the/DT square/NN in/IN protest/NN at/IN the/DT reform/NN ./.",
        "nsubj:1:0 root:-1:1 det:3:2 obj:1:3 case:5:4 obl:1:5 case:8:6 det:8:7 nmod:5:8 punct:1:9");
    assertTrue(ProtestGrievances.policyGrievance(g, 1));
    SentenceGraph arrest = graph("Crowds/NNS/crowd filled/VBD/fill the/DT square/NN in/IN protest/NN at/IN the/DT "
            + "arrest/NN ./.", "nsubj:1:0 root:-1:1 det:3:2 obj:1:3 case:5:4 obl:1:5 case:8:6 det:8:7 nmod:5:8 punct:1:9");
    assertFalse(ProtestGrievances.policyGrievance(arrest, 1));
  }

  @Test
  void aDemandOnTheProtestersIsTheProtestsAim() {
    // "Crowds demanding the resignation of the president set fire to his residence"
    SentenceGraph g = graph("Crowds/NNS/crowd demanding/VBG/demand the/DT resignation/NN of/IN the/DT president/NN "
            + "set/VBD/set fire/NN to/IN his/PRP$/he residence/NN ./.",
        "nsubj:7:0 acl:0:1 det:3:2 obj:1:3 case:6:4 det:6:5 nmod:3:6 root:-1:7 obj:7:8 case:11:9 nmod:poss:11:10 "
            + "obl:7:11 punct:7:12");
    assertEquals("1451", codeAt(ProtestAims.apply(g, finder.find(g)), 7));
  }

  @Test
  void strangledOrStabbedToDeathIsKillingByPhysicalAssault() {
    SentenceGraph g = graph("The/DT journalist/NN was/VBD/be strangled/VBN/strangle ./.",
        "det:1:0 nsubj:pass:3:1 aux:pass:3:2 root:-1:3 punct:3:4");
    assertEquals("1823", codeAt(g, 3));
    SentenceGraph stab = graph("Militants/NNS/militant stabbed/VBD/stab a/DT priest/NN to/IN death/NN ./.",
        "nsubj:1:0 root:-1:1 det:3:2 obj:1:3 case:5:4 obl:1:5 punct:1:6");
    assertEquals("1823", codeAt(stab, 1));
  }

  @Test
  void tearGasFromGrenadesIsCrowdControlNotAChemicalWeapon() {
    // "Police fired tear gas and stun grenades at protesters"
    SentenceGraph g = graph("Police/NNS/police fired/VBD/fire tear/NN gas/NN and/CC stun/NN grenades/NNS/grenade at/IN "
            + "protesters/NNS/protester ./.",
        "nsubj:1:0 root:-1:1 compound:3:2 obj:1:3 cc:6:4 compound:6:5 conj:3:6 case:8:7 obl:1:8 punct:1:9");
    assertEquals("175", codeAt(g, 1));
  }

  @Test
  void endingFundingStopsAid() {
    SentenceGraph g = graph("Washington/NNP ended/VBD/end all/DT funding/NN for/IN the/DT agency/NN ./.",
        "nsubj:1:0 root:-1:1 det:3:2 obj:1:3 case:6:4 det:6:5 nmod:3:6 punct:1:7");
    assertEquals("162", codeAt(g, 1));
  }

  @Test
  void puttingAMediatingRoleOnHoldHaltsMediation() {
    SentenceGraph g = graph("Norway/NNP put/VBD/put its/PRP$/its role/NN as/IN mediator/NN on/IN hold/NN ./.",
        "nsubj:1:0 root:-1:1 nmod:poss:3:2 obj:1:3 case:5:4 nmod:3:5 case:7:6 obl:1:7 punct:1:8");
    assertEquals("165", codeAt(g, 1));
  }

  @Test
  void warshipsSailingThroughAStraitShowForce() {
    SentenceGraph g = graph("Two/CD destroyers/NNS/destroyer sailed/VBD/sail through/IN the/DT strait/NN ./.",
        "nummod:1:0 nsubj:2:1 root:-1:2 case:5:3 det:5:4 obl:2:5 punct:2:6");
    assertEquals("150", codeAt(g, 2));
    SentenceGraph ferry = graph("Two/CD ferries/NNS/ferry sailed/VBD/sail through/IN the/DT strait/NN ./.",
        "nummod:1:0 nsubj:2:1 root:-1:2 case:5:3 det:5:4 obl:2:5 punct:2:6");
    assertEquals(null, codeAt(ferry, 2));
  }

  @Test
  void bulldozingHomesDestroysProperty() {
    SentenceGraph g = graph("Police/NNS/police bulldozed/VBD/bulldoze hundreds/NNS/hundred of/IN homes/NNS/home ./.",
        "nsubj:1:0 root:-1:1 obj:1:2 case:4:3 nmod:2:4 punct:1:5");
    assertEquals("1712", codeAt(g, 1));
  }

  @Test
  void aShootoutBesideAFinalSettlesAMatchButAGunfightDoesNot() {
    SentenceGraph g = graph("The/DT final/NN went/VBD/go to/IN a/DT shoot-out/NN ./.",
        "det:1:0 nsubj:2:1 root:-1:2 case:5:3 det:5:4 obl:2:5 punct:2:6");
    assertTrue(MatchReports.result(g));
    SentenceGraph gunfight = graph("The/DT raid/NN ended/VBD/end in/IN a/DT shoot-out/NN ./.",
        "det:1:0 nsubj:2:1 root:-1:2 case:5:3 det:5:4 obl:2:5 punct:2:6");
    assertFalse(MatchReports.result(gunfight));
  }

  @Test
  void theFiveNationsIsASportsStory() {
    SentenceGraph g = graph("Italy/NNP 's/POS pack/NN bombarded/VBD/bombard the/DT line/NN in/IN the/DT Five/CD "
            + "Nations/NNPS ./.",
        "nmod:poss:2:0 case:0:1 nsubj:3:2 root:-1:3 det:5:4 obj:3:5 case:9:6 det:9:7 nummod:9:8 obl:3:9 punct:3:10");
    assertTrue(SportsSenses.story(g));
    SentenceGraph people = graph("Six/CD Nations/NNPS protesters/NNS/protester blocked/VBD/block the/DT road/NN ./.",
        "nummod:1:0 compound:2:1 nsubj:3:2 root:-1:3 det:5:4 obj:3:5 punct:3:6");
    assertFalse(SportsSenses.story(people));
  }

  @Test
  void theSecondOfTwoCoordinatedVerbsSharesTheRobbersAsDoer() {
    // "Robbers held up a van and shot the guard"
    SentenceGraph g = graph("Robbers/NNS/robber held/VBD/hold up/RP a/DT van/NN and/CC shot/VBD/shoot the/DT guard/NN ./.",
        "nsubj:1:0 root:-1:1 compound:prt:1:2 det:4:3 obj:1:4 cc:6:5 conj:1:6 det:8:7 obj:6:8 punct:1:9");
    assertTrue(PrivateCrimes.between(g, 6));
    // "A jeweller was shot and wounded by robbers"
    SentenceGraph passive = graph("A/DT jeweller/NN was/VBD/be shot/VBN/shoot and/CC wounded/VBN/wound by/IN "
        + "robbers/NNS/robber ./.", "det:1:0 nsubj:pass:3:1 aux:pass:3:2 root:-1:3 cc:5:4 conj:3:5 case:7:6 obl:5:7 punct:3:8");
    assertTrue(PrivateCrimes.between(passive, 5));
    // rebels are no robbers: "Rebels seized the town and shot the mayor"
    SentenceGraph rebels = graph("Rebels/NNS/rebel seized/VBD/seize the/DT town/NN and/CC shot/VBD/shoot the/DT mayor/NN ./.",
        "nsubj:1:0 root:-1:1 det:3:2 obj:1:3 cc:5:4 conj:1:5 det:7:6 obj:5:7 punct:1:8");
    assertFalse(PrivateCrimes.between(rebels, 5));
  }
}
