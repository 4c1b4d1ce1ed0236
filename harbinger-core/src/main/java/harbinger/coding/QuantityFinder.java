package harbinger.coding;

import harbinger.model.Quantity;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Numbers stated with an event: counted people and things ("70,000 soldiers" → 70000 soldiers), casualties
 * ("killed 12 people" → 12 dead), and money ("$20 million" → 20000000 USD). Vague amounts ("tens of millions
 * of dollars", "hundreds of protesters") give their lower bound with {@code approximate = true}.
 * Stateless and thread-safe.
 */
final class QuantityFinder {
  private static final Map<String, Double> VAGUE = Map.of("dozens", 24.0, "tens", 20.0, "scores", 40.0,
      "hundreds", 200.0, "thousands", 2000.0, "millions", 2_000_000.0, "billions", 2_000_000_000.0);
  private static final Map<String, Double> SCALE = Map.of("thousand", 1e3, "thousands", 1e3, "million", 1e6,
      "millions", 1e6, "billion", 1e9, "billions", 1e9, "trillion", 1e12, "hundred", 1e2, "hundreds", 1e2);
  private static final Set<String> HEDGE = Set.of("about", "around", "nearly", "almost", "some", "approximately",
      "roughly", "up", "over", "more", "least", "estimated", "than", "~", "as", "many", "several");
  private static final Map<String, String> CURRENCY = Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY",
      "dollar", "USD", "euro", "EUR", "pound", "GBP", "yen", "JPY", "rouble", "RUB", "ruble", "RUB");
  private static final Set<String> DEAD_VERBS = Set.of("kill", "die", "massacre", "execute", "slaughter");
  private static final Set<String> HURT_VERBS = Set.of("wound", "injure", "hurt", "maim");

  List<Quantity> find(SentenceGraph g, BitSet scope, int trigger) {
    List<Quantity> out = new ArrayList<>();
    BitSet used = new BitSet();
    for (int k = scope.nextSetBit(0); k >= 0; k = scope.nextSetBit(k + 1)) {
      if (used.get(k)) continue;
      var t = g.token(k);
      String lower = t.word().toLowerCase(Locale.ROOT);
      boolean number = t.pos().equals("CD") && !t.ner().equals("DATE") && !t.ner().equals("TIME")
          && !t.ner().equals("DURATION") && !t.ner().equals("ORDINAL") && !t.ner().equals("PERCENT");
      boolean vague = VAGUE.containsKey(lower) && k + 1 < g.size() && g.lemma(k + 1).equals("of");
      if (!number && !vague) continue;
      double value;
      int last = k;
      if (vague) {
        value = VAGUE.get(lower);
        // "tens of millions of dollars": multiply along "of"
        while (last + 2 < g.size() && g.lemma(last + 1).equals("of") && SCALE.containsKey(g.word(last + 2).toLowerCase(Locale.ROOT))) {
          value *= SCALE.get(g.word(last + 2).toLowerCase(Locale.ROOT));
          last += 2;
        }
      } else {
        Double v = parseNumber(t.word(), t.normalized());
        if (v == null) continue;
        value = v;
        while (last + 1 < g.size() && SCALE.containsKey(g.word(last + 1).toLowerCase(Locale.ROOT)) && g.token(last + 1).pos().equals("CD")) {
          if (t.normalized() == null) value *= SCALE.get(g.word(last + 1).toLowerCase(Locale.ROOT));
          last++;
        }
      }
      for (int u = k; u <= last; u++) used.set(u);
      String unit = unit(g, k, last, trigger);
      if (unit == null) continue;
      boolean approximate = vague || (k > 0 && HEDGE.contains(g.lemma(k - 1))) || hedgedChild(g, k);
      if (value > 0 && value < 1e13) out.add(new Quantity(value, unit, approximate));
    }
    return out;
  }

  private static boolean hedgedChild(SentenceGraph g, int k) {
    for (int c : g.children(k)) if (HEDGE.contains(g.lemma(c))) return true;
    return false;
  }

  /** What is counted: the currency, the casualty kind, or the counted noun. */
  private static @Nullable String unit(SentenceGraph g, int first, int last, int trigger) {
    if (first > 0 && CURRENCY.containsKey(g.word(first - 1))) return CURRENCY.get(g.word(first - 1));
    int noun = -1;
    for (int j = last + 1; j < Math.min(g.size(), last + 4); j++) {
      String l = g.lemma(j);
      if (l.equals("of")) continue;
      if (CURRENCY.containsKey(l)) return CURRENCY.get(l);
      if (g.token(j).isNoun()) {
        noun = j;
        // "two supply boats": the counted noun is the head of the compound, not its first word
        while (g.relation(noun).equals("compound") && g.head(noun) > noun && g.token(g.head(noun)).isNoun()) noun = g.head(noun);
        break;
      }
      if (!g.token(j).pos().startsWith("JJ")) break;
    }
    if (noun < 0 && g.head(first) >= 0 && g.token(g.head(first)).isNoun()) noun = g.head(first);
    if (noun < 0) return null;
    String tl = g.lemma(trigger);
    boolean isArgument = g.head(noun) == trigger || noun == trigger;
    if (isArgument && DEAD_VERBS.contains(tl)) return "dead";
    if (isArgument && HURT_VERBS.contains(tl)) return "injured";
    String l = g.lemma(noun);
    if (l.equals("dead") || l.equals("death") || l.equals("fatality")) return "dead";
    if (l.equals("casualty") || l.equals("injury")) return "injured";
    if (l.equals("year") || l.equals("percent") || l.equals("%") || l.equals("time") || l.equals("day")
        || l.equals("hour") || l.equals("minute") || l.equals("week") || l.equals("month")) return null;
    return g.word(noun).toLowerCase(Locale.ROOT);
  }

  static @Nullable Double parseNumber(String word, @Nullable String normalized) {
    String s = normalized != null ? normalized : word;
    s = s.replaceAll("^[~<>=≥≤$€£¥]+", "").replace(",", "");
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      try {
        return Double.parseDouble(word.replace(",", ""));
      } catch (NumberFormatException e2) {
        return null;
      }
    }
  }
}
