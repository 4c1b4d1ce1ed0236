package harbinger.nlp.corenlp;

import harbinger.model.Sentence;
import harbinger.model.Token;
import java.util.ArrayList;
import java.util.List;

/** Helpers shared by the hand-built timex tests: what a sentence's timexes read as, and SUTime's NER tags on tokens. */
final class TimexShown {
  private TimexShown() {}

  /** Each timex of the sentence as "text=TYPE:value". */
  static List<String> shown(Sentence s) {
    return s.timexes().stream().map(t -> t.text() + "=" + t.type() + ":" + t.value()).toList();
  }

  /** The sentence with the named tokens tagged as SUTime tags them. */
  static Sentence timeWords(Sentence s, String ner, int... indices) {
    List<Token> tokens = new ArrayList<>(s.tokens());
    for (int i : indices) {
      Token t = tokens.get(i);
      tokens.set(i, new Token(t.index(), t.word(), t.lemma(), t.pos(), ner, null, t.begin(), t.end()));
    }
    return new Sentence(s.index(), s.paragraph(), s.begin(), s.end(), s.text(), tokens, s.dependencies(), s.timexes());
  }
}
