package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.data.DataFile;
import harbinger.data.DataLine;
import harbinger.error.DictionaryException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordFamiliesTest {
  private static List<DataLine> lines(String text) throws IOException {
    return DataFile.read("words.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aFamilySpanningLinesIsOneSet() throws IOException {
    Map<String, Set<String>> w = WordFamilies.read(lines("# header\ntraded\tshares yen\ntraded\tbaht\ngains\tgains\n"),
        Set.of("traded", "gains"));
    assertEquals(Set.of("shares", "yen", "baht"), w.get("traded"));
    assertEquals(Set.of("gains"), w.get("gains"));
  }

  @Test
  void anUnknownFamilyOrAnUpperCaseWordIsAnErrorWithItsLine() {
    DictionaryException family = assertThrows(DictionaryException.class,
        () -> WordFamilies.read(lines("traded\tyen\nbonds\tgilts\n"), Set.of("traded")));
    assertTrue(family.getMessage().contains("words.tsv:2"), family.getMessage());
    DictionaryException upper = assertThrows(DictionaryException.class,
        () -> WordFamilies.read(lines("traded\tYen\n"), Set.of("traded")));
    assertTrue(upper.getMessage().contains("words.tsv:1") && upper.getMessage().contains("lower case"), upper.getMessage());
  }

  @Test
  void theMarketWordsFileLoadsWithEveryFamily() {
    Map<String, Set<String>> w = WordFamilies.read(DataFile.readResource(MarketFigures.RESOURCE),
        Set.of("traded", "traders", "gains", "business", "named"));
    assertEquals(5, w.size());
    assertTrue(w.get("named").contains("baht") && w.get("traders").contains("speculators"));
  }
}
