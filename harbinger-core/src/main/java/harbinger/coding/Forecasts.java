package harbinger.coding;

import java.util.Locale;
import java.util.Set;

/**
 * Warnings that forecast: "forecasters warned that a powerful storm would hit the coast", "the finance minister warned
 * that prices would keep rising", "the central bank warned that growth would slow". A threat (CAMEO root 13) is harm
 * that its maker will do or have done to a party; a storm, a flood, prices or growth are no one's doing, so a warning
 * whose stated content has such a subject foretells and threatens no one. Stateless.
 */
final class Forecasts {
  private Forecasts() {}

  /** Economic figures and the weather, which rise, fall or slow by no party's hand. */
  private static final Set<String> FIGURES = Set.of("price", "prices", "growth", "economy", "inflation", "output",
      "unemployment", "joblessness", "demand", "deficit", "debt", "cost", "costs", "rent", "rents", "wage", "wages",
      "share", "shares", "stock", "stocks", "market", "markets", "currency", "rate", "rates",
      "recession", "slowdown", "shortage", "shortages", "temperature", "temperatures", "weather");

  /** Relations of a warning verb's stated content. */
  private static final Set<String> CONTENT = Set.of("ccomp", "dep", "parataxis");

  /** Is threat trigger {@code i} a warning whose content clause has a natural force or an economic figure as subject? */
  static boolean forecast(SentenceGraph g, int i) {
    for (int c : g.children(i)) {
      if (!CONTENT.contains(g.relation(c)) || !g.token(c).isVerb()) continue;
      Integer s = g.subject(c);
      if (s != null && forecastSubject(g, s)) return true;
    }
    return false;
  }

  private static boolean forecastSubject(SentenceGraph g, int s) {
    String lemma = g.lemma(s).toLowerCase(Locale.ROOT);
    if (NaturalCauses.FORCES.contains(lemma) || FIGURES.contains(lemma)) return true;
    for (int c : g.children(s)) {
      if (g.relation(c).equals("compound") && NaturalCauses.FORCES.contains(g.lemma(c).toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }
}
