package harbinger.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Subheading lines, on texts written for this test. */
class HeadingLinesTest {
  /** Whether the single line break right after {@code line} (which occurs once in {@code text}) ends a heading. */
  private static boolean breaksAfter(String text, String line) {
    int end = text.indexOf(line) + line.length();
    int next = end;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) next++;
    return HeadingLines.endsHeading(text, end, next);
  }

  @Test
  void anAllCapsLineAfterASentenceIsAHeading() {
    String text = "Moscow warned the West on Monday.\nSANCTIONS PACKAGE\nThe European Union approved new sanctions.";
    assertTrue(breaksAfter(text, "SANCTIONS PACKAGE"));
  }

  @Test
  void aShortTitleCasedLineIsAHeadingAndSoIsOneOpeningTheText() {
    assertTrue(breaksAfter("Talks in Geneva\nThe envoys met on Friday.", "Talks in Geneva"));
    assertTrue(breaksAfter("The talks ended.\n\nA Deal for the Port\nBoth sides signed.", "A Deal for the Port"));
  }

  @Test
  void hardWrappedProseIsNotSplit() {
    String text = "The European Union approved a new package of sanctions against the\n"
        + "Russian Central Bank on Tuesday, and the United States said it would follow\n"
        + "Within Days.\n";
    assertFalse(breaksAfter(text, "sanctions against the"));
    assertFalse(breaksAfter(text, "it would follow"));
    String wrappedName = "Officials said on Monday that they had spoken with\nForeign Minister Sergei Lavrov\nBy telephone.";
    assertFalse(breaksAfter(wrappedName, "Foreign Minister Sergei Lavrov"), "the line before does not end a sentence");
  }

  @Test
  void linesWithFinalPunctuationOrLowerCaseWordsOrABlankLineAfterAreNotHeadings() {
    assertFalse(breaksAfter("It ended.\nTALKS END.\nThe envoys left.", "TALKS END."));
    assertFalse(breaksAfter("It ended.\nTalks ended in failure\nThe envoys left.", "Talks ended in failure"));
    assertFalse(breaksAfter("It ended.\nSANCTIONS\n\nThe envoys left.", "SANCTIONS"));
    assertFalse(breaksAfter("It ended.\nSANCTIONS PACKAGE\nand more.", "SANCTIONS PACKAGE"));
  }
}
