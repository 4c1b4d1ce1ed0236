package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conflict kinds of session 12, coded by the default coder on real parses of sentences written for these tests
 * ({@code golden/stages/conflict-kinds-12.txt}, published 2013): an act in the temporal adjunct of an event noun that
 * names no party ({@link PartylessEvents}), which also takes no party from the reporting clause above it; official
 * complaints by summoning an ambassador; inquiries opened by placing someone under investigation; demands that a
 * party stop a practice; offers of talks spurned; vetoes that "kill" a resolution; crowds overrunning a building;
 * deadlines to lay down arms; migrants sent back; accusations of executing civilians.
 */
class ConflictKindsTwelveTest {
  private static final String FIXTURE = "conflict-kinds-12";

  private static List<String> triples(String sentenceStart) {
    return Fixtures.triples(FIXTURE, sentenceStart);
  }

  private static boolean any(List<String> triples, String codePrefix) {
    return triples.stream().anyMatch(t -> t.split(" ")[1].startsWith(codePrefix));
  }

  @Test
  void anAttackAfterWhichPartylessClashesEruptedIsCoded() {
    Fixtures.assertTriple(FIXTURE, "Clashes erupted after Maoist rebels", "", "19", "");
    assertTrue(triples("Clashes erupted after Maoist rebels").stream().anyMatch(t -> t.startsWith("IND") || t.startsWith("REB")),
        triples("Clashes erupted after Maoist rebels").toString());
  }

  @Test
  void soldiersFiringOnProtestersAreCodedAndTheReportingVillagersFightNobody() {
    List<String> t = triples("Villagers said clashes broke out");
    assertTrue(any(t, "175"), t.toString());
    assertTrue(t.stream().noneMatch(x -> x.startsWith("CVL") && x.split(" ")[1].startsWith("19")), t.toString());
  }

  @Test
  void anAmbassadorSummonedToProtestIsAnOfficialComplaint() {
    Fixtures.assertTriple(FIXTURE, "Seoul summoned Tokyo's ambassador", "KOR", "114", "JPN");
  }

  @Test
  void placingSomeoneUnderInvestigationOverABriberyScandalIsACriminalInquiry() {
    assertTrue(any(triples("Prosecutors in Rome placed"), "091"), triples("Prosecutors in Rome placed").toString());
  }

  @Test
  void insistingThatAPartyStopAPracticeDemandsAPolicyChange() {
    Fixtures.assertTriple(FIXTURE, "Washington insisted that Caracas", "USA", "1042", "VEN");
  }

  @Test
  void anOfferOfTalksSpurnedIsARejectedProposalToNegotiate() {
    Fixtures.assertTriple(FIXTURE, "Pyongyang spurned an offer", "PRK", "125", "");
  }

  @Test
  void aVetoThatKillsAResolutionIsAVetoNotViolence() {
    List<String> t = triples("A Chinese veto killed");
    assertTrue(any(t, "129"), t.toString());
    assertTrue(!any(t, "19"), t.toString());
  }

  @Test
  void protestersOverrunningAParliamentProtestAndOccupyNothing() {
    List<String> t = triples("Protesters overran the parliament");
    assertTrue(any(t, "14"), t.toString());
    assertTrue(!any(t, "192"), t.toString());
  }

  @Test
  void aDeadlineToLayDownArmsIsAnUltimatumNotAnArmsDelivery() {
    List<String> t = triples("The Nigerian army gave the militants");
    assertTrue(any(t, "139"), t.toString());
    assertTrue(!any(t, "072"), t.toString());
  }

  @Test
  void migrantsSentBackAreDeported() {
    Fixtures.assertTriple(FIXTURE, "Greece sent dozens", "GRC", "174", "");
  }

  @Test
  void executingCiviliansIsAWarCrimeButKillingVillagersStaysARightsAccusation() {
    Fixtures.assertTriple(FIXTURE, "Kyiv accused Russian soldiers", "UKR", "1124", "RUS");
    Fixtures.assertTriple(FIXTURE, "Amnesty International accused Nigerian soldiers", "", "1122", "NGA");
  }

  @Test
  void aBareProtestWithNoPartyStillCodes() {
    assertTrue(any(triples("There were protests in Lagos"), "14"), triples("There were protests in Lagos").toString());
  }
}
