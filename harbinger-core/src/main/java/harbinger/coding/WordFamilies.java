package harbinger.coding;

import harbinger.data.DataLine;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word lists kept as data: lines of {@code family <TAB> lemmas} (space-separated, lower case), a family spanning any
 * number of lines. Shared by the coding word files ({@link PrivateWords}, {@link MarketFigures}).
 */
final class WordFamilies {
  private WordFamilies() {}

  /**
   * The lemmas of each family, immutable.
   *
   * @throws harbinger.error.DictionaryException ({@code file:line:}) on an unknown family, a missing or an upper-case word
   */
  static Map<String, Set<String>> read(List<DataLine> lines, Set<String> known) {
    Map<String, Set<String>> families = new HashMap<>();
    for (DataLine line : lines) {
      String family = line.expectField(0, "family");
      if (!known.contains(family)) throw line.error("unknown family '" + family + "' (one of " + known + ")");
      for (String w : line.expectField(1, "lemmas").trim().split(" +")) {
        if (!w.equals(w.toLowerCase(Locale.ROOT))) throw line.error("lemmas are lower case, got '" + w + "'");
        families.computeIfAbsent(family, k -> new HashSet<>()).add(w);
      }
    }
    Map<String, Set<String>> fixed = new HashMap<>();
    families.forEach((k, v) -> fixed.put(k, Set.copyOf(v)));
    return Map.copyOf(fixed);
  }
}
