package harbinger.nlp.corenlp;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

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
    return TimexPairs.join(s, DayPartSpans::weekdayPart);
  }

  private static @Nullable Timex weekdayPart(Sentence s, Timex t, Timex next) {
    if (t.value() == null || !t.value().equals(next.value()) || !PART_VALUE.matcher(t.value()).matches()
        || !WEEKDAY.matcher(t.text().strip()).matches() || !PART.matcher(next.text().strip()).matches()) return null;
    return new Timex(s.words(t.beginToken(), next.endToken()), t.beginToken(), next.endToken(), "TIME", t.value());
  }
}
