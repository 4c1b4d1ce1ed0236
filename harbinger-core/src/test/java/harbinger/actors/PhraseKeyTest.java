package harbinger.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseKeyTest {
  @ParameterizedTest(name = "''{0}'' -> ''{1}''")
  @CsvSource(delimiter = '|', value = {
      "U.S.|us", "US|us", "the U.S.'s|us", "The Kremlin|kremlin", "the Kremlin’s|kremlin", "Élysée|elysee",
      "ELYSEE|elysee", "al-Qaeda|al qaeda", "Al  Qaeda|al qaeda", "Guinea–Bissau|guinea bissau",
      "(Reuters)|reuters", "Kurdistan Workers' Party|kurdistan workers party", "Workers'|workers",
      "N'Djamena|ndjamena", "Washington, D.C.|washington dc", "São Tomé|sao tome", "Türkiye|turkiye",
      "the|''", "...|''", "'the Hague'|hague", "Theresa May|theresa may", "then|then"})
  void normalisesPhrases(String phrase, String key) {
    assertEquals(key, PhraseKey.of(phrase));
  }

  @Test
  void keepsDistinctPhrasesDistinct() {
    assertNotEquals(PhraseKey.of("Niger"), PhraseKey.of("Nigeria"));
    assertNotEquals(PhraseKey.of("Dominica"), PhraseKey.of("Dominican Republic"));
    assertNotEquals(PhraseKey.of("Austria"), PhraseKey.of("Australia"));
  }

  @Test
  void isIdempotentOnRandomInput() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    String alphabet = "aAéÉ .-'’,sS the()U\u0301";
    for (int i = 0; i < Integer.getInteger("phrasekey.tries", 5_000); i++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(12);
      for (int j = 0; j < n; j++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      String once = PhraseKey.of(b.toString());
      assertEquals(once, PhraseKey.of(once), () -> "seed " + seed + ", input '" + b + "'");
    }
  }
}
