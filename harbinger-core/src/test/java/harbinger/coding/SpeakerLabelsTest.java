package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerLabelsTest {
  private static List<SpeakerLabels.Turn> turns(String text) { return SpeakerLabels.turns(text, new Span(0, text.length())); }

  private static String at(String text, Span s) { return text.substring(s.start(), s.end()); }

  @Test
  void cutsATranscriptAtEachCapitalisedLabel() {
    String t = "MS. LANE: We have the votes. MR. O'HARA: Not yet. HOST: Thank you both.";
    List<SpeakerLabels.Turn> turns = turns(t);
    assertEquals(3, turns.size());
    assertEquals("MS. LANE", at(t, turns.get(0).label()));
    assertEquals("We have the votes.", at(t, turns.get(0).content()));
    assertEquals("MR. O'HARA", at(t, turns.get(1).label()));
    assertEquals("Not yet.", at(t, turns.get(1).content()));
    assertEquals("Thank you both.", at(t, turns.get(2).content()));
  }

  @Test
  void aSingleCapitalisedWordBeforeAColonIsNoTranscript() {
    assertTrue(turns("BREAKING: the bridge has reopened").isEmpty());
  }

  @Test
  void mixedCaseWordsAndSingleLettersAreNoLabels() {
    assertTrue(turns("Note: this is it. Also: that one. A: first B: second").isEmpty());
  }
}
