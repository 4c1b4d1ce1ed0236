package harbinger.coding;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The person mentions of one article that the actor data cannot code (a named stranger: "Tom Reilly", "Ms. Okafor"),
 * in text order. {@link Discourse} weighs them against the known persons when it resolves "he" and "she", so that a
 * pronoun after a stranger does not reach back to an older known person. Built per article; not thread-safe.
 */
final class Strangers {
  /** One uncoded person mention and whether it is a clause subject. */
  record Mention(int sentence, int token, boolean subject) {}

  private final List<Mention> mentions = new ArrayList<>();

  void add(int sentence, int token, boolean subject) {
    for (Mention m : mentions) if (m.sentence() == sentence && m.token() == token) return;
    mentions.add(new Mention(sentence, token, subject));
    mentions.sort((a, b) -> a.sentence() != b.sentence() ? Integer.compare(a.sentence(), b.sentence()) : Integer.compare(a.token(), b.token()));
  }

  /** The latest mention strictly before (sentence, token) in sentence {@code from} or later, or null. */
  @Nullable Mention lastBefore(int sentence, int token, int from) {
    for (int i = mentions.size() - 1; i >= 0; i--) {
      Mention m = mentions.get(i);
      if (m.sentence() < from) return null;
      if (m.sentence() < sentence || m.sentence() == sentence && m.token() < token) return m;
    }
    return null;
  }

  /** The first subject mention of the sentence, or null. */
  @Nullable Mention subjectIn(int sentence) {
    for (Mention m : mentions) if (m.sentence() == sentence && m.subject()) return m;
    return null;
  }
}
