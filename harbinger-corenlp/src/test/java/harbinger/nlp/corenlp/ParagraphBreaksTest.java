package harbinger.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ParagraphBreaksTest {

  private static int paragraphOf(String text, String word) {
    return ParagraphBreaks.of(text).paragraphAt(text.indexOf(word));
  }

  @Test
  void headlineIsParagraphZeroAndTheBodyParagraphOne() {
    String text = "Storm Hits Coast\n\nThe storm arrived at noon.";
    assertEquals(0, paragraphOf(text, "Storm"));
    assertEquals(1, paragraphOf(text, "The"));
  }

  @Test
  void aSingleLineBreakDoesNotStartAParagraph() {
    String text = "The storm\narrived at noon.\nIt left.";
    assertEquals(0, paragraphOf(text, "It"));
  }

  @Test
  void severalBlankLinesAreOneBreak() {
    String text = "One.\n\n\n\nTwo.\n\nThree.";
    assertEquals(1, paragraphOf(text, "Two"));
    assertEquals(2, paragraphOf(text, "Three"));
  }

  @Test
  void aLineOfSpacesAndTabsIsBlank() {
    String text = "One.\n  \t \nTwo.";
    assertEquals(1, paragraphOf(text, "Two"));
  }

  @Test
  void windowsAndUnicodeLineEndingsAreRecognised() {
    assertEquals(0, paragraphOf("One.\r\nTwo.", "Two"));
    assertEquals(1, paragraphOf("One.\r\n\r\nTwo.", "Two"));
    assertEquals(1, paragraphOf("One.\u2029\u2029Two.", "Two"));
  }

  @Test
  void leadingAndTrailingBlankLinesAreNotBreaks() {
    String text = "\n\n  \nOne.\n\nTwo.\n\n\n";
    assertEquals(0, paragraphOf(text, "One"));
    assertEquals(1, paragraphOf(text, "Two"));
  }

  @Test
  void anOffsetInsideABreakBelongsToThePreviousParagraph() {
    String text = "One.\n\nTwo.";
    assertEquals(0, ParagraphBreaks.of(text).paragraphAt(5));
    assertEquals(1, ParagraphBreaks.of(text).paragraphAt(6));
  }
}
