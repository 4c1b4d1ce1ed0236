package harbinger.coding;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Hyphenated words the tokenizer splits at their hyphens ("cease - fire", "go - between", "pull - out"): the word is
 * known by its last part, which the parser makes the head of the others. The lexicon holds such words in their
 * hyphenated form ({@code go-between:n}) or in the closed spelling that news also uses ({@code ceasefire:n},
 * {@code pullout:n}); both are tried, the hyphenated form first. Stateless.
 */
final class HyphenWords {
  private HyphenWords() {}

  /**
   * The hyphenated word that ends at token {@code i}, built from the words before it and the lemma of {@code i}
   * ("cease-fires" gives "cease-fire"), or null when no hyphen joins {@code i} to the word before it. Only written
   * hyphens count: the parts touch the hyphen with no space between.
   */
  static @Nullable String ending(SentenceGraph g, int i) {
    int start = i;
    while (start >= 2 && joins(g, start - 1) && touching(g, start - 2, start - 1) && touching(g, start - 1, start)) {
      start -= 2;
    }
    if (start == i) return null;
    StringBuilder out = new StringBuilder();
    for (int k = start; k < i; k++) out.append(g.word(k).toLowerCase(Locale.ROOT));
    return out.append(g.lemma(i)).toString();
  }

  /** The forms to look up for the hyphenated word ending at {@code i}: hyphenated, then closed; empty if none. */
  static List<String> forms(SentenceGraph g, int i) {
    String w = ending(g, i);
    if (w == null) return List.of();
    String closed = w.replace("-", "");
    return List.of(w, closed);
  }

  /**
   * Whether the tokens from {@code first} to {@code last} are {@code words} words joined by written hyphens and nothing
   * else ("Tehrik - i - Taliban" as three words): every token between is a hyphen touching the words on both sides.
   */
  static boolean onlyHyphensBetween(SentenceGraph g, int first, int last, int words) {
    if (last - first != 2 * (words - 1) || words < 2) return false;
    for (int k = first + 1; k < last; k += 2) {
      if (!joins(g, k) || !touching(g, k - 1, k) || !touching(g, k, k + 1)) return false;
    }
    return true;
  }

  private static boolean joins(SentenceGraph g, int k) {
    return g.word(k).equals("-") && (g.token(k).pos().equals("HYPH") || g.token(k).pos().equals(":"));
  }

  private static boolean touching(SentenceGraph g, int a, int b) {
    return g.token(a).end() == g.token(b).begin();
  }
}
