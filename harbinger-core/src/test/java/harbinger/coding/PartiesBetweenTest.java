package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parties named by a "between" phrase that is not on the trigger itself ({@link NounFrames#betweenOfItsVerb},
 * {@link NounFrames#betweenOfSubject}), through the default coder on real parses of sentences written for these
 * tests ({@code golden/stages/parties-between.txt}).
 */
class PartiesBetweenTest {
  private static final String FIXTURE = "parties-between";

  private static List<Event> events(String fragment) {
    return Fixtures.eventsIn(FIXTURE, fragment);
  }

  private static boolean pair(List<Event> events, String codePrefix, String a, String b) {
    return events.stream().anyMatch(e -> e.cameo().startsWith(codePrefix) && e.source() != null && e.target() != null
        && ((e.source().code().startsWith(a) && e.target().code().startsWith(b))
            || (e.source().code().startsWith(b) && e.target().code().startsWith(a))));
  }

  @Test
  void fightingThatBreaksOutBetweenTwoArmiesIsFightingBetweenThem() {
    List<Event> e = events("Heavy fighting broke out");
    assertTrue(pair(e, "19", "SDN", "ETH"), () -> "events: " + e);
  }

  @Test
  void clashesThatEruptBetweenTwoArmiesAreClashesBetweenThem() {
    List<Event> e = events("Fierce clashes erupted");
    assertTrue(pair(e, "19", "IND", "CHN"), () -> "events: " + e);
  }

  @Test
  void talksBetweenTwoStatesThatCollapseHaltTheirNegotiation() {
    List<Event> e = events("Peace talks between Ethiopia");
    assertTrue(pair(e, "164", "ETH", "ERI"), () -> "events: " + e);
  }

  @Test
  void negotiationsThatBreakDownKeepTheirParties() {
    List<Event> e = events("The negotiations between Serbia");
    assertTrue(pair(e, "164", "SRB", "HRV"), () -> "events: " + e);
  }

  @Test
  void fightingWithNoBetweenPhraseGetsNoInventedParties() {
    List<Event> e = events("Fighting continued in the capital");
    assertTrue(e.stream().noneMatch(x -> x.source() != null && x.target() != null), () -> "events: " + e);
  }

  @Test
  void anOutsidePartysActInWhatASpeakerSaysIsNotTheSpeakers() {
    List<Event> e = events("new Western weapons deliveries");
    assertTrue(e.stream().noneMatch(x -> x.source() != null && x.source().code().startsWith("RUS")), () -> "events: " + e);
    List<Event> f = events("foreign interference in its affairs");
    assertTrue(f.stream().noneMatch(x -> x.source() != null && x.source().code().startsWith("CHN")), () -> "events: " + f);
  }

  @Test
  void thoseWhoReportOrWitnessAnActDidNotDoIt() {
    List<Event> e = events("Residents of Khartoum reported air strikes");
    assertTrue(e.stream().filter(x -> x.cameo().startsWith("19")).noneMatch(x -> x.source() != null && x.source().code().equals("SDNCVL")),
        () -> "events: " + e);
    List<Event> f = events("Witnesses described heavy shelling");
    assertTrue(f.stream().filter(x -> x.cameo().startsWith("19")).noneMatch(x -> x.source() != null), () -> "events: " + f);
  }

  @Test
  void thoseWhoSeeAMilitaryBuildUpDidNotMassTheTroops() {
    List<Event> e = events("Armenian officials said they had seen");
    assertTrue(e.stream().filter(x -> x.cameo().startsWith("15")).noneMatch(x -> x.source() != null), () -> "events: " + e);
  }

  @Test
  void aPoliceReportOfItsOwnArrestsKeepsThePoliceAsDoers() {
    List<Event> e = events("Police in Lagos reported the arrest");
    assertTrue(e.stream().anyMatch(x -> x.cameo().startsWith("17") && x.source() != null && x.source().code().startsWith("NGA")),
        () -> "events: " + e);
  }
}
