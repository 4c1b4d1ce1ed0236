package harbinger.nlp.corenlp;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A weekday and the part of day after it that SUTime left as two mentions of one value ("Wednesday" and "night",
 * both {@code ...TNI}) joined into the one expression TimeML writes: "Wednesday night", a TIME. Runs after
 * TenseDates has moved both together. Likewise a clock time and the day word after it ("9 a.m." + "yesterday"): "9
 * a.m. yesterday", a TIME of that day. Pure function over the mapped records.
 */
final class DayPartSpans {
  private DayPartSpans() {}

  private static final Pattern WEEKDAY = Pattern.compile("(?i)(?:(?:early|late) )?(mon|tues|wednes|thurs|fri|satur|sun)day");
  private static final Pattern PART = Pattern.compile("(?i)morning|afternoon|evening|night");
  private static final Pattern PART_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T(MO|AF|EV|NI)");

  /** The sentence with such pairs joined, or {@code s} itself when there is none. */
  static Sentence join(Sentence s) {
    return TimexPairs.join(s, (x, t, next) -> {
      Timex joined = weekdayPart(x, t, next);
      return joined != null ? joined : clockDay(x, t, next);
    });
  }

  private static final Pattern CLOCK_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})");
  private static final Pattern DAY_VALUE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}).*");
  private static final Pattern DEICTIC_DAY = Pattern.compile("(?i)yesterday|today|tomorrow|tonight");

  /**
   * A clock time and the day word after it that SUTime left as two mentions ("9 a.m." and "yesterday", "8.30am" and
   * "yesterday before"): one TIME, "9 a.m. yesterday", the clock time on that day; words SUTime took in after the
   * day word (a preposition or adverb) are left out.
   */
  private static @Nullable Timex clockDay(Sentence s, Timex t, Timex next) {
    if (t.value() == null || next.value() == null || !t.type().equals("TIME")) return null;
    Matcher clock = CLOCK_VALUE.matcher(t.value());
    Matcher day = DAY_VALUE.matcher(next.value());
    if (!clock.matches() || !day.matches() || !DEICTIC_DAY.matcher(s.token(next.beginToken()).word()).matches()) return null;
    for (int i = next.beginToken() + 1; i < next.endToken(); i++) {
      if (!s.token(i).pos().matches("IN|RB")) return null;
    }
    int end = next.beginToken() + 1;
    return new Timex(s.words(t.beginToken(), end), t.beginToken(), end, "TIME", day.group(1) + clock.group(1));
  }

  private static @Nullable Timex weekdayPart(Sentence s, Timex t, Timex next) {
    if (t.value() == null || !t.value().equals(next.value()) || !PART_VALUE.matcher(t.value()).matches()
        || !WEEKDAY.matcher(t.text().strip()).matches() || !PART.matcher(next.text().strip()).matches()) return null;
    return new Timex(s.words(t.beginToken(), next.endToken()), t.beginToken(), next.endToken(), "TIME", t.value());
  }
}
