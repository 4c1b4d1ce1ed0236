package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An event noun that only situates another act, "at a prayer meeting" or "ahead of the summit", is no event of its
 * own when a reported act governs it; "during the demonstration" and a meeting that is the act itself stay. On real
 * parses of sentences written for this test ({@code golden/stages/occasions.txt}).
 */
class OccasionsTest {
  @Test
  void theMeetingAtWhichSomeoneWasArrestedIsNoMeetingOfTheirs() {
    List<String> p = Fixtures.triples("occasions", "prayer meeting");
    assertTrue(p.stream().anyMatch(x -> x.contains(" 173")), p.toString());
    assertTrue(p.stream().noneMatch(x -> x.contains(" 04")), p.toString());
  }

  @Test
  void anEventAheadOfOrPriorToWhichTheActHappensIsNotCoded() {
    List<String> summit = Fixtures.triples("occasions", "ahead of the summit");
    assertTrue(summit.stream().anyMatch(x -> x.contains(" 15")), summit.toString());
    assertTrue(summit.stream().noneMatch(x -> x.contains(" 04")), summit.toString());
    List<String> rally = Fixtures.triples("occasions", "prior to the opposition rally");
    assertTrue(rally.stream().noneMatch(x -> x.contains(" 14")), rally.toString());
    List<String> debate = Fixtures.triples("occasions", "ahead of the budget debate");
    assertTrue(debate.stream().anyMatch(x -> x.contains(" 14")), debate.toString());
  }

  @Test
  void aDemonstrationDuringWhichTheActHappenedIsNotDropped() {
    List<String> p = Fixtures.triples("occasions", "during the demonstration");
    assertTrue(p.stream().anyMatch(x -> x.contains(" 173")), p.toString());
    assertTrue(p.stream().anyMatch(x -> x.contains(" 14")), p.toString());
  }

  @Test
  void protestsAtWhichPeopleWereDetainedStay() {
    List<String> p = Fixtures.triples("occasions", "at protests on Wednesday");
    assertTrue(p.stream().anyMatch(x -> x.contains(" 173")), p.toString());
    assertTrue(p.stream().anyMatch(x -> x.contains(" 14")), p.toString());
  }

  @Test
  void aMeetingThatIsTheActItselfStays() {
    List<String> p = Fixtures.triples("occasions", "met at the summit");
    assertTrue(p.stream().anyMatch(x -> x.contains(" 04")), p.toString());
  }
}
