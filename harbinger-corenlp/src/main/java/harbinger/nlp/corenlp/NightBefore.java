package harbinger.nlp.corenlp;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Evening clock times of the night before a morning story (session 20). A bare evening clock time in a past clause,
 * which SUTime puts on the publication day, is the day before's when the story's next time expression is this
 * morning's clock time or last night ("opened the gates at about 11:30 p.m. By 8 a.m. this morning, ...", "the first
 * fires were reported at about 6:45 p.m. The mayor declared a state of emergency last night"): a story told forward
 * cannot reach this morning after this evening. Runs after {@link ClockTimes#anchor}. Pure functions.
 */
final class NightBefore {
  private NightBefore() {}

  private static final Pattern VALUE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(\\d{2}):(\\d{2})");
  private static final Pattern PART = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(MO|NI|EV)");
  private static final int EVENING = 18;
  /** A clock time whose last period ended the sentence ("at about 11:30 p.m"). */
  private static final Pattern CLIPPED = Pattern.compile("(?i)(?:(?:about|around|shortly|just|after|before|at) )*\\d{1,2}(?::\\d{2})?\\s?[ap]\\.m");

  /** The sentences with such evening clock times moved to the day before publication. */
  static List<Sentence> apply(List<Sentence> sentences, @Nullable LocalDate published) {
    if (published == null) return sentences;
    List<Sentence> out = new ArrayList<>(sentences);
    for (int si = 0; si < out.size(); si++) {
      Sentence s = out.get(si);
      List<Timex> ts = new ArrayList<>(s.timexes());
      boolean changed = false;
      for (int i = 0; i < ts.size(); i++) {
        Timex t = ts.get(i);
        if (!evening(t, published) || Quotations.inside(s, t) || ClauseTense.tense(s, t) >= 0) continue;
        Timex next = i + 1 < ts.size() ? ts.get(i + 1) : firstOf(out, si + 1);
        if (next == null || !morningAfter(next, published)) continue;
        ts.set(i, new Timex(t.text(), t.beginToken(), t.endToken(), t.type(), published.minusDays(1) + t.value().substring(10)));
        changed = true;
      }
      if (changed) out.set(si, s.withTimexes(ts));
    }
    return out;
  }

  /** A bare clock time of the evening on the publication day ("at about 11:30 p.m."). */
  static boolean evening(Timex t, LocalDate published) {
    if (t.value() == null || !ClockTimes.isBare(t) && !CLIPPED.matcher(t.text().strip()).matches()) return false;
    Matcher m = VALUE.matcher(t.value());
    return m.matches() && m.group(1).equals(published.toString()) && Integer.parseInt(m.group(2)) >= EVENING;
  }

  /** This morning's clock time or part of day, or the night before publication ("last night"). */
  static boolean morningAfter(Timex t, LocalDate published) {
    if (t.value() == null) return false;
    Matcher m = VALUE.matcher(t.value());
    if (m.matches()) return m.group(1).equals(published.toString()) && Integer.parseInt(m.group(2)) < 12;
    Matcher p = PART.matcher(t.value());
    if (!p.matches()) return false;
    return p.group(2).equals("MO") ? p.group(1).equals(published.toString()) : p.group(1).equals(published.minusDays(1).toString());
  }

  private static @Nullable Timex firstOf(List<Sentence> sentences, int index) {
    if (index >= sentences.size() || sentences.get(index).timexes().isEmpty()) return null;
    return sentences.get(index).timexes().get(0);
  }
}
