package harbinger.coding;

import java.util.Locale;

/**
 * A passive the tagger read as an adjective after "be": "the curfew was relaxed for four hours", "the restrictions
 * were eased". The word is a past participle ("-ed" form, lemma left as the adjective), its copula is "be" and its
 * subject is a common noun: the thing the act was done to, as the subject of a passive is. The trigger finder then
 * looks the word up under its verb stem, and the subject is context, as a passive subject is.
 */
final class AdjectivalPassives {
  private AdjectivalPassives() {}

  static boolean passive(SentenceGraph g, int i) {
    if (!g.token(i).pos().startsWith("JJ") || !g.word(i).toLowerCase(Locale.ROOT).endsWith("ed")) return false;
    Integer cop = g.child(i, "cop");
    Integer subject = g.child(i, "nsubj");
    return cop != null && g.lemma(cop).equalsIgnoreCase("be") && subject != null
        && g.token(subject).isNoun() && !g.token(subject).isProperNoun();
  }
}
