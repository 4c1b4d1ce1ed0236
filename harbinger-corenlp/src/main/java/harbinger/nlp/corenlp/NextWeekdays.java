package harbinger.nlp.corenlp;

import harbinger.model.Timex;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "next Tuesday" is the Tuesday of the ISO week after the publication week, as the probe files annotate it ("next
 * Thursday" written on a Wednesday is eight days later, "next Tuesday" written on a Friday four days later); SUTime
 * gives the coming Tuesday, which on a Wednesday is the next day for "next Thursday". A clock time or part of day
 * with it ("10 p.m. next Thursday", "next Monday morning") keeps its part. Tense does not move such a day
 * ({@link #named}). Pure functions.
 */
final class NextWeekdays {
  private NextWeekdays() {}

  private static final Pattern NEXT_DAY = Pattern.compile("(?i)(?:.*\\s)?next (mon|tues|wednes|thurs|fri|satur|sun)day\\b.*");
  private static final Pattern VALUE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T.*)?");

  /** Does the expression name a weekday with "next"? */
  static boolean named(Timex t) {
    return NEXT_DAY.matcher(t.text()).matches();
  }

  /** The expression with its day moved to the named weekday of the week after publication. */
  static Timex apply(Timex t, LocalDate published) {
    Matcher n = NEXT_DAY.matcher(t.text());
    if (!n.matches() || t.value() == null || !t.type().matches("DATE|TIME")) return t;
    Matcher v = VALUE.matcher(t.value());
    if (!v.matches()) return t;
    DayOfWeek weekday = switch (n.group(1).toLowerCase(Locale.ROOT)) {
      case "mon" -> DayOfWeek.MONDAY;
      case "tues" -> DayOfWeek.TUESDAY;
      case "wednes" -> DayOfWeek.WEDNESDAY;
      case "thurs" -> DayOfWeek.THURSDAY;
      case "fri" -> DayOfWeek.FRIDAY;
      case "satur" -> DayOfWeek.SATURDAY;
      default -> DayOfWeek.SUNDAY;
    };
    LocalDate day = published.plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(weekday);
    String value = day + (v.group(2) == null ? "" : v.group(2));
    return value.equals(t.value()) ? t : new Timex(t.text(), t.beginToken(), t.endToken(), t.type(), value);
  }
}
