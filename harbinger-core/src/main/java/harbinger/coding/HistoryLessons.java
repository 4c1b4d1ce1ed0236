package harbinger.coding;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Acts a sentence dates long before the story: "the Ottoman army laid siege to Vienna in 1683", "a century ago today,
 * Austria-Hungary declared war on Serbia", "Napoleon's army invaded Russia in 1812". A history lesson or an anniversary
 * tells no event of the news (CAMEO codes what actors do at the time of the report). Long before means dated by a
 * year at least {@value #YEARS} years before publication, or "N years ago" with N at least that, or decades or
 * centuries ago. An act of last year, or one dated without a year, is kept. Stateless.
 */
final class HistoryLessons {
  private HistoryLessons() {}

  /** How many years back an act is history rather than news. */
  static final int YEARS = 50;

  private static final Set<String> LONG_UNITS = Set.of("decade", "decades", "century", "centuries", "millennium",
      "millennia");
  private static final Set<String> YEAR_UNITS = Set.of("year", "years");
  private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("twenty", 20), Map.entry("thirty", 30),
      Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
      Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("thousand", 1000));

  /**
   * True when the act at token {@code t} (a verb, or an event noun through the verb that governs it) is dated long
   * before {@code published} (null: only "ago" phrases count).
   */
  static boolean told(SentenceGraph g, int t, @Nullable LocalDate published) {
    if (dated(g, t, published)) return true;
    if (!g.token(t).isVerb() && g.head(t) >= 0 && g.token(g.head(t)).isVerb()) return dated(g, g.head(t), published);
    return false;
  }

  private static boolean dated(SentenceGraph g, int v, @Nullable LocalDate published) {
    for (int c : g.children(v)) {
      if (longAgo(g, c)) return true;
      if (published != null && g.baseRelation(c).equals("obl") && "in".equals(g.caseMarker(c))) {
        Integer year = year(g.word(c));
        if (year != null && year <= published.getYear() - YEARS) return true;
      }
    }
    return false;
  }

  /** "ago" over its unit ("ago" <- "centuries"), or the unit carrying "ago" ("years" <- "ago"), long ago. */
  private static boolean longAgo(SentenceGraph g, int c) {
    if (g.lemma(c).equalsIgnoreCase("ago")) {
      for (int u : g.children(c)) if (longUnit(g, u)) return true;
      return false;
    }
    for (int a : g.children(c)) if (g.lemma(a).equalsIgnoreCase("ago")) return longUnit(g, c);
    return false;
  }

  /** "three centuries", "one hundred years", "decades" (not "two years"). */
  private static boolean longUnit(SentenceGraph g, int u) {
    String unit = g.lemma(u).toLowerCase(Locale.ROOT);
    String word = g.word(u).toLowerCase(Locale.ROOT);
    if (LONG_UNITS.contains(unit) || LONG_UNITS.contains(word)) return true;
    if (!YEAR_UNITS.contains(unit) && !YEAR_UNITS.contains(word)) return false;
    int n = 0;
    for (int q : g.children(u)) {
      if (!g.relation(q).equals("nummod")) continue;
      n = Math.max(n, number(g.word(q)));
      for (int r : g.children(q)) n = Math.max(n, number(g.word(r)));
    }
    return n >= YEARS;
  }

  private static int number(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(",", "");
    if (w.matches("\\d{1,4}")) return Integer.parseInt(w);
    return NUMBER_WORDS.getOrDefault(w, 0);
  }

  /** A year written as four digits from 1000 to 2999, or null. */
  private static @Nullable Integer year(String word) {
    return word.matches("[12]\\d{3}") ? Integer.parseInt(word) : null;
  }
}
