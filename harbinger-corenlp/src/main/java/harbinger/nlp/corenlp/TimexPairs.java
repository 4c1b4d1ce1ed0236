package harbinger.nlp.corenlp;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Two time expressions SUTime left side by side (the second starts where the first ends) that are one expression,
 * joined by a rule. Pure function over the mapped records.
 */
final class TimexPairs {
  private TimexPairs() {}

  /** How two adjacent mentions join: the one expression they make, or null when they stay apart. */
  @FunctionalInterface
  interface Join {
    @Nullable Timex join(Sentence s, Timex first, Timex second);
  }

  /** The sentence with every adjacent pair that {@code rule} joins replaced by the join, or {@code s} itself. */
  static Sentence join(Sentence s, Join rule) {
    List<Timex> in = s.timexes();
    List<Timex> out = new ArrayList<>(in.size());
    boolean changed = false;
    for (int i = 0; i < in.size(); i++) {
      Timex t = in.get(i);
      Timex next = i + 1 < in.size() ? in.get(i + 1) : null;
      Timex joined = next != null && next.beginToken() == t.endToken() ? rule.join(s, t, next) : null;
      if (joined != null) {
        out.add(joined);
        i++;
        changed = true;
      } else {
        out.add(t);
      }
    }
    return changed ? s.withTimexes(out) : s;
  }
}
