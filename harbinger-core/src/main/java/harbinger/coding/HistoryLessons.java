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
 * centuries ago, or in a past decade ("in the 1530s"), or done by the
 * ancients ("the ancient Egyptians signed a treaty"). An act of last year, or one dated without a year, is kept. Stateless.
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
    // a verb conjoined to a dated one is not dropped with it: "a century ago today, troops landed at Gallipoli and
    // attacked Ottoman positions" keeps the attack as a historical event, as the failure-mode suite expects
    return false;
  }

  private static boolean dated(SentenceGraph g, int v, @Nullable LocalDate published) {
    for (int c : g.children(v)) {
      if (longAgo(g, c)) return true;
      if (published != null && g.baseRelation(c).equals("obl") && "in".equals(g.caseMarker(c))) {
        Integer year = year(g.word(c));
        // "in 793": a bare number of three digits after "in" is a year ("in 250 cases" hangs on "cases", not the number)
        if (year == null && g.word(c).matches("[1-9]\\d{2}") && g.token(c).pos().equals("CD")) year = Integer.parseInt(g.word(c));
        // "in June 1812", "in the year 70": the year hangs from the month or from "year"
        for (int d : g.children(c)) {
          if (year != null || !g.relation(d).equals("nummod") || !DATED.contains(g.token(c).ner()) && !g.lemma(c).equalsIgnoreCase("year")) continue;
          year = year(g.word(d));
          if (year == null && g.lemma(c).equalsIgnoreCase("year") && g.word(d).matches("\\d{1,3}")) year = Integer.parseInt(g.word(d));
        }
        if (year != null && year <= published.getYear() - YEARS) return true;
      }
      if (g.baseRelation(c).startsWith("nsubj") && ancient(g, c)) return true;
    }
    return false;
  }

  /** Tags of a month or a date that a year hangs from ("in June 1812"); "in the 1948 war" is a war, coded as historical. */
  private static final Set<String> DATED = Set.of("DATE");

  /** Doers of antiquity: "the ancient Egyptians", "medieval knights". */
  private static final Set<String> ANCIENT = Set.of("ancient", "medieval", "mediaeval", "prehistoric");

  private static boolean ancient(SentenceGraph g, int subject) {
    for (int m : g.children(subject)) if (ANCIENT.contains(g.word(m).toLowerCase(Locale.ROOT))) return true;
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
    // "in the 1530s": the decade's last year
    if (word.matches("[12]\\d{2}0s")) return Integer.parseInt(word.substring(0, 4)) + 9;
    return word.matches("[12]\\d{3}") ? Integer.parseInt(word) : null;
  }
}
