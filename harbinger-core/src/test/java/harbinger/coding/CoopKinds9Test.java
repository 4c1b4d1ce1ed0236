package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session-9 cooperation kinds: hyphenated words split by the tokenizer ({@link HyphenWords}), material cooperation
 * named by what is handed, delivered or opened, relief told by its arrival ({@link AidCraft}), visits a crash cut
 * short ({@link InterruptedTrips}), outlooks stated by a speaker ({@link ProspectStatements}) and a private giver
 * named by a modifier ({@link PrivateGifts}). On real parses of sentences written for this test
 * ({@code golden/stages/coop-kinds-9.txt}).
 */
class CoopKinds9Test {
  private static List<String> events(String fragment) { return Fixtures.triples("coop-kinds-9", fragment); }

  private static boolean has(List<String> p, String regex) { return Fixtures.anyMatches(p, regex); }

  private static void assertHas(String fragment, String regex) { Fixtures.assertTripleMatches("coop-kinds-9", fragment, regex); }

  @Test
  void aHyphenatedGoBetweenIsAMediator() { assertHas("go-between", "OMN\\S* 045 \\S+"); }

  @Test
  void aHyphenatedPullOutIsFoundInItsClosedSpelling() { assertHas("pull-out", "ETH\\S* 0874 \\S+"); }

  @Test
  void suspectsHandedToAnotherStatesPoliceAreJudicialCooperation() { assertHas("bombing suspects", "KEN\\S* 063 UGA\\S*"); }

  @Test
  void helicoptersDeliveredUnderAContractAreMilitaryCooperationNotAid() {
    List<String> p = events("attack helicopters");
    assertTrue(has(p, "RUS\\S* 062 MLI\\S*") && !has(p, "\\S+ 072 \\S+"), p.toString());
  }

  @Test
  void aCrossingReopenedToCargoIsEconomicCooperation() {
    List<String> p = events("cargo trucks");
    assertTrue(has(p, "\\S+ 061 \\S+") && !has(p, "\\S+ 0872 \\S+"), p.toString());
  }

  @Test
  void aPlaneCarryingReliefThatLandsBringsAidRatherThanVisits() {
    List<String> p = events("tents and blankets");
    assertTrue(has(p, "\\S+ 073 \\S+") && !has(p, "\\S+ 04\\S* \\S+"), p.toString());
  }

  @Test
  void aLandingACrashCutShortIsNoVisit() {
    List<String> p = events("trying to land");
    assertTrue(!has(p, "\\S+ 04\\S* \\S+"), p.toString());
  }

  @Test
  void aSpeakerSayingProspectsDimmedIsPessimistic() { assertHas("grown dimmer", "GRC\\S* 012 \\S+"); }

  @Test
  void aSpeakerSayingTheOutlookBrightenedIsOptimistic() { assertHas("had brightened", "KEN\\S* 013 \\S+"); }

  @Test
  void hopesFadingWithNoSpeakerAreNoEvent() {
    assertTrue(events("cotton crop").isEmpty(), events("cotton crop").toString());
  }

  @Test
  void aRetiredPersonsDonationIsNoAid() {
    assertTrue(events("retired nurse").isEmpty(), events("retired nurse").toString());
  }

  @Test
  void anAirBaseOpenedToAnotherStatesAircraftIsMilitaryCooperation() { assertHas("Manas air base", "KGZ\\S* 062 \\S+"); }
}
