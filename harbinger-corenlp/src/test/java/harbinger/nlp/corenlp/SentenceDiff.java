package harbinger.nlp.corenlp;

import harbinger.model.Sentence;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Names the first difference between two sentences, for golden-file failures. */
final class SentenceDiff {
  private SentenceDiff() {}

  static String describe(Sentence want, Sentence got) {
    String head = "sentence " + want.index() + " differs (\"" + want.text() + "\"): ";
    if (!want.text().equals(got.text()) || want.begin() != got.begin() || want.end() != got.end()) {
      return head + "span/text expected [" + want.begin() + "," + want.end() + ") but was [" + got.begin() + ","
          + got.end() + ") \"" + got.text() + "\"";
    }
    if (want.paragraph() != got.paragraph()) {
      return head + "paragraph expected " + want.paragraph() + " but was " + got.paragraph();
    }
    String d = firstDifference("token", want.tokens(), got.tokens());
    if (d == null) d = firstDifference("dependency", want.dependencies(), got.dependencies());
    if (d == null) d = firstDifference("timex", want.timexes(), got.timexes());
    return head + (d == null ? "index expected " + want.index() + " but was " + got.index() : d);
  }

  private static <T> @Nullable String firstDifference(String what, List<T> want, List<T> got) {
    for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
      if (!want.get(i).equals(got.get(i))) return what + " " + i + " expected " + want.get(i) + " but was " + got.get(i);
    }
    if (want.size() != got.size()) return what + " count expected " + want.size() + " but was " + got.size();
    return null;
  }
}
