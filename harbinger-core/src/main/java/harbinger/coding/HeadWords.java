package harbinger.coding;

import java.util.Locale;
import java.util.Set;

/**
 * The head word of a subject or object named in a lexicon row's {@code subj=} or {@code obj=} list. Rows list plural
 * forms beside singular ones ("subj=troops|soldier|soldiers|peacekeepers"), as the {@code +} context conditions do;
 * a head matches by its lemma or by its own lower-case form, so "peacekeepers" (lemma "peacekeeper") matches a list
 * that names only the plural, exactly as a context word would.
 */
final class HeadWords {
  private HeadWords() {}

  static boolean named(SentenceGraph g, int k, Set<String> words) {
    return words.contains(g.lemma(k)) || words.contains(g.word(k).toLowerCase(Locale.ROOT));
  }
}
