package harbinger.nlp.corenlp;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A weekday and the part of day after it that SUTime left as two mentions of one value ("Wednesday" and "night",
 * both {@code ...TNI}) joined into the one expression TimeML writes: "Wednesday night", a TIME. Runs after
 * TenseDates has moved both together. Pure function over the mapped records.
 */
final class DayPartSpans {
  private DayPartSpans() {}

  private static final Pattern WEEKDAY = Pattern.compile("(?i)(?:(?:early|late) )?(mon|tues|wednes|thurs|fri|satur|sun)day");
  private static final Pattern PART = Pattern.compile("(?i)morning|afternoon|evening|night");
  private static final Pattern PART_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T(MO|AF|EV|NI)");

  /** The sentence with such pairs joined, or {@code s} itself when there is none. */
  static Sentence join(Sentence s) {
    List<Timex> in = s.timexes();
    List<Timex> out = new ArrayList<>(in.size());
    boolean changed = false;
    for (int i = 0; i < in.size(); i++) {
      Timex t = in.get(i);
      Timex next = i + 1 < in.size() ? in.get(i + 1) : null;
      if (next != null && next.beginToken() == t.endToken() && t.value() != null && t.value().equals(next.value())
          && PART_VALUE.matcher(t.value()).matches() && WEEKDAY.matcher(t.text().strip()).matches()
          && PART.matcher(next.text().strip()).matches()) {
        int from = s.token(t.beginToken()).begin() - s.begin();
        int to = s.token(next.endToken() - 1).end() - s.begin();
        out.add(new Timex(s.text().substring(from, to), t.beginToken(), next.endToken(), "TIME", t.value()));
        i++;
        changed = true;
        continue;
      }
      out.add(t);
    }
    return changed ? new Sentence(s.index(), s.paragraph(), s.begin(), s.end(), s.text(), s.tokens(), s.dependencies(), out) : s;
  }
}
