package harbinger.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GoldenEventsTest {
  @Test
  void firstDifferenceNamesTheLineAndBothVersions() {
    assertEquals(Optional.empty(), GoldenEvents.firstDifference("h\na\nb\n", "h\na\nb\n"));
    String d = GoldenEvents.firstDifference("h\na\nb\n", "h\na\nc\n").orElseThrow();
    assertTrue(d.startsWith("line 3 differs") && d.contains("golden: b") && d.contains("actual: c"), d);
    d = GoldenEvents.firstDifference("h\na\n", "h\na\nextra\n").orElseThrow();
    assertTrue(d.startsWith("line 3 differs") && d.contains("golden: <end of file>") && d.contains("actual: extra"), d);
  }

  @Test
  void paragraphsAreCountedByBlankLineRuns() {
    String text = "Head\n\nOne. Two.\n\n\n  \nThree.\nStill three.\n\nFour.";
    assertEquals(0, FlagshipStoryIT.paragraphAt(text, 0));
    assertEquals(1, FlagshipStoryIT.paragraphAt(text, text.indexOf("Two")));
    assertEquals(2, FlagshipStoryIT.paragraphAt(text, text.indexOf("Three")));
    assertEquals(2, FlagshipStoryIT.paragraphAt(text, text.indexOf("Still")));
    assertEquals(3, FlagshipStoryIT.paragraphAt(text, text.indexOf("Four")));
    assertEquals(1, FlagshipStoryIT.paragraphAt("\n\nLead.\n\nNext.", "\n\nLead.\n\n".length()));
  }
}
