package harbinger.eval;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whether a produced TIMEX3 value equals a gold value at the gold's granularity.
 *
 * <p>Rules, in order: (1) values equal after trimming and upper-casing are equal ("PRESENT_REF",
 * "2012-SU", "P5Y"). (2) A calendar gold value (year, month, day, or date and time: "2013",
 * "2013-03", "2013-03-21", "2013-03-23T15:00") is compared with the produced value cut to the gold's length,
 * provided the produced value is at least that long and is cut at a field boundary ('-', 'T', ':', or a zone '+'/'Z'); so the
 * produced value must be at least as fine as the gold and agree on every field the gold gives ("2013-03-21"
 * is right for gold "2013-03", "2013" is wrong for gold "2013-03-21"). An X in the gold ("2012-XX-XX")
 * matches any character; an X in the produced value matches only an X. (3) A week gold value ("2013-W12")
 * also accepts a produced day that falls in that ISO week. (4) A day's end "T24:00" equals the next day's "T00:00"
 * (the same instant in ISO 8601: TIDES writes midnight the first way, TempEval and the blind files the second).
 * Anything else is wrong; a missing value is wrong.
 */
final class TimexValues {
  private static final Pattern CALENDAR = Pattern.compile("[0-9X]{4}(-[0-9X]{2}(-[0-9X]{2}(T[0-9X:]+)?)?)?");
  private static final Pattern WEEK = Pattern.compile("[0-9X]{4}-W[0-9X]{2}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private TimexValues() {}

  static boolean matches(String gold, @Nullable String produced) {
    if (produced == null) return false;
    String g = gold.strip().toUpperCase(Locale.ROOT);
    String p = produced.strip().toUpperCase(Locale.ROOT);
    if (g.equals(p)) return true;
    if (END_OF_DAY.matcher(g).matches() || END_OF_DAY.matcher(p).matches() && g.contains("T")) { // a clock time's gold only
      return midnightAsNextDay(g).equals(midnightAsNextDay(p));
    }
    if (CALENDAR.matcher(g).matches()) return prefixAtBoundary(g, p);
    if (WEEK.matcher(g).matches() && p.length() >= 10 && DAY.matcher(p.substring(0, 10)).matches()) {
      String week = isoWeek(p.substring(0, 10));
      return week != null && wildcardEquals(g, week);
    }
    return false;
  }

  private static final Pattern END_OF_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T24:00");

  /** ISO 8601's end of a day ("1997-06-30T24:00") as the start of the next ("1997-07-01T00:00"), the same instant. */
  private static String midnightAsNextDay(String v) {
    java.util.regex.Matcher m = END_OF_DAY.matcher(v);
    if (!m.matches()) return v;
    try {
      return LocalDate.parse(m.group(1)).plusDays(1) + "T00:00";
    } catch (DateTimeParseException e) {
      return v;
    }
  }

  private static boolean prefixAtBoundary(String g, String p) {
    if (p.length() < g.length()) return false;
    if (p.length() > g.length() && "-T:+Z".indexOf(p.charAt(g.length())) < 0) return false;
    return wildcardEquals(g, p.substring(0, g.length()));
  }

  private static boolean wildcardEquals(String g, String p) {
    if (g.length() != p.length()) return false;
    for (int i = 0; i < g.length(); i++) {
      if (g.charAt(i) != 'X' && g.charAt(i) != p.charAt(i)) return false;
    }
    return true;
  }

  private static @Nullable String isoWeek(String day) {
    try {
      LocalDate d = LocalDate.parse(day);
      return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
