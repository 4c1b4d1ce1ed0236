package harbinger.nlp.corenlp;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Offsets from a date named just before, which SUTime counts from the publication date: "two years later" after
 * "December 1987" is 1989, "Two days later" after "Oct. 8, 1996" is 1996-10-10, "the following spring" after "June
 * 2011" is 2012-SP, "the previous weekend" after "Nov. 4" the weekend before it, "a year earlier" after "the first quarter" is the first quarter of the year before, "the
 * year-earlier quarter" likewise. News writes "later" and "earlier" with a count, and "the following month", only
 * of a time already in the story ("in two days", "a year ago" count from today and are left alone). The anchor is
 * the last date with a calendar value in the same sentence or the one before; without one the expression is left
 * as SUTime read it. A month without year later in the same sentence ("Two days later ... he resigned in December")
 * takes the anchored year. Pure functions over a document's mapped sentences.
 */
final class OffsetDates {
  private OffsetDates() {}

  private static final Pattern COUNTED = Pattern.compile("(?i)(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})"
      + " (day|week|month|year)s? (later|earlier|after|before)");
  private static final Pattern FOLLOWING = Pattern.compile(
      "(?i)the (following|next|previous|preceding) (weekend|week|month|year|spring|summer|fall|autumn|winter)");
  private static final Pattern FOLLOWING_DAY = Pattern.compile(
      "(?i)the (following|next|previous|preceding) (monday|tuesday|wednesday|thursday|friday|saturday|sunday"
      + "|morning|afternoon|evening|night)");
  private static final Pattern YEAR_EARLIER = Pattern.compile("(?i)(?:the )?(?:year-earlier|year-ago|prior-year) (?:quarter|period|month)");
  private static final Pattern CALENDAR = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-(Q[1-4]|H[12]|SP|SU|FA|WI))?(?:T.*)?");
  private static final Pattern MONTH_NAME = Pattern.compile("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
      + "(uary|ruary|ch|il|e|y|ust|tember|ober|ember)?\\b\\.?");
  private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)");
  private static final List<String> NUMBERS = List.of("a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
  private static final List<String> SEASONS = List.of("SP", "SU", "FA", "WI");

  /** The sentences with their offsets counted from the date before them. */
  static List<Sentence> resolve(List<Sentence> sentences) {
    List<Sentence> out = new ArrayList<>(sentences.size());
    String previous = null; // the last calendar value of the sentences before
    String previousDay = null; // the last value with a day of the sentences before
    for (Sentence s : sentences) {
      List<Timex> ts = new ArrayList<>(s.timexes());
      boolean changed = false;
      String last = previous;
      String lastDay = previousDay;
      String anchoredYear = null;
      for (int i = 0; i < ts.size(); i++) {
        Timex t = ts.get(i);
        // "the previous evening" counts from the last day named, not from a year named after it
        String anchor = FOLLOWING_DAY.matcher(t.text().strip()).matches() ? lastDay : last;
        String value = anchor == null ? null : offset(t.text().strip(), anchor);
        if (value != null) {
          if (!value.equals(t.value())) {
            ts.set(i, new Timex(t.text(), t.beginToken(), t.endToken(), value.contains("T") ? "TIME" : "DATE", value));
            changed = true;
          }
          anchoredYear = value.substring(0, 4);
          last = value;
          if (DAY.matcher(value).matches()) lastDay = value;
          continue;
        }
        if (anchoredYear != null) {
          Timex m = inYear(t, anchoredYear, last);
          if (m != t) {
            ts.set(i, m);
            changed = true;
          }
        }
        if (anchors(ts.get(i))) last = quarterEnded(s, ts.get(i));
        if (anchors(ts.get(i)) && DAY.matcher(ts.get(i).value()).matches()) lastDay = ts.get(i).value();
      }
      // a sentence without a date of its own (or with only clock times, whose day is not yet known) passes the
      // anchor on: "... on Sunday. By late afternoon they had ... The previous evening, ..."
      previous = last;
      previousDay = lastDay;
      out.add(changed ? s.withTimexes(ts) : s);
    }
    return out;
  }

  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.*)?");
  private static final Pattern QUARTER_END = Pattern.compile("(\\d{4})-(03-31|06-30|09-30|12-31)");

  /**
   * The anchor a date sets for the offsets after it: its value, or, for the last day of a quarter that ends "the
   * quarter ended Dec. 31", that quarter ("... rose from $168 million a year earlier" compares quarters: 2011-Q4).
   */
  private static String quarterEnded(Sentence s, Timex t) {
    Matcher m = QUARTER_END.matcher(t.value());
    int b = t.beginToken();
    if (!m.matches() || b < 2 || !s.token(b - 1).word().toLowerCase(Locale.ROOT).matches("ended|ending")
        || !s.token(b - 2).word().toLowerCase(Locale.ROOT).matches("quarter|quarters")) return t.value();
    return m.group(1) + "-Q" + (Integer.parseInt(m.group(2).substring(0, 2)) / 3);
  }

  /**
   * Can the date anchor an offset after it: a calendar value, not a clock time or part of day written without a
   * day, which SUTime puts on the publication day until {@link ClockTimes} moves it.
   */
  private static boolean anchors(Timex t) {
    return t.value() != null && CALENDAR.matcher(t.value()).matches() && !ClockTimes.isBare(t);
  }

  /** The value of an offset expression counted from {@code anchor}, or null when {@code text} is none. */
  static @Nullable String offset(String text, String anchor) {
    Matcher a = CALENDAR.matcher(anchor);
    if (!a.matches()) return null;
    Matcher c = COUNTED.matcher(text);
    if (c.matches()) {
      String n = c.group(1).toLowerCase(Locale.ROOT);
      int count = n.matches("\\d+") ? Integer.parseInt(n) : Math.max(1, NUMBERS.indexOf(n.equals("an") ? "a" : n));
      String dir = c.group(3).toLowerCase(Locale.ROOT);
      return shifted(a, c.group(2).toLowerCase(Locale.ROOT), dir.equals("later") || dir.equals("after") ? count : -count);
    }
    Matcher f = FOLLOWING.matcher(text);
    if (f.matches()) {
      int sign = f.group(1).toLowerCase(Locale.ROOT).matches("following|next") ? 1 : -1;
      String unit = f.group(2).toLowerCase(Locale.ROOT);
      if (unit.equals("weekend")) return weekend(a, sign);
      if (unit.equals("year")) return String.valueOf(Integer.parseInt(a.group(1)) + sign); // the year itself, not a day in it
      return unit.matches("week|month|year") ? shifted(a, unit, sign) : season(a, unit, sign);
    }
    Matcher fd = FOLLOWING_DAY.matcher(text);
    if (fd.matches()) return dayOffset(a, fd.group(1).toLowerCase(Locale.ROOT).matches("following|next") ? 1 : -1,
        fd.group(2).toLowerCase(Locale.ROOT));
    if (YEAR_EARLIER.matcher(text).matches() && (a.group(2) != null || a.group(4) != null && a.group(4).startsWith("Q"))) {
      String year = String.valueOf(Integer.parseInt(a.group(1)) - 1);
      if (a.group(4) != null) return year + "-" + a.group(4);
      if (text.toLowerCase(Locale.ROOT).endsWith("quarter")) return year + "-Q" + ((Integer.parseInt(a.group(2)) - 1) / 3 + 1);
      return year + "-" + a.group(2);
    }
    return null;
  }

  private static @Nullable String shifted(Matcher a, String unit, int n) {
    int year = Integer.parseInt(a.group(1));
    try {
      switch (unit) {
        case "day", "week" -> {
          if (a.group(3) == null) return null;
          LocalDate d = LocalDate.of(year, Integer.parseInt(a.group(2)), Integer.parseInt(a.group(3)));
          if (unit.equals("day")) return d.plusDays(n).toString();
          LocalDate w = d.plusWeeks(n);
          return String.format(Locale.ROOT, "%04d-W%02d", w.get(IsoFields.WEEK_BASED_YEAR), w.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
        case "month" -> {
          if (a.group(2) == null) return null;
          return YearMonth.of(year, Integer.parseInt(a.group(2))).plusMonths(n).toString();
        }
        default -> {
          // at the anchor's granularity: "a year earlier" than a quarter is that quarter of the year before
          String rest = a.group(0).substring(4);
          int time = rest.indexOf('T');
          return (year + n) + (time >= 0 ? rest.substring(0, time) : rest);
        }
      }
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * "the previous Tuesday" of a day is the Tuesday before it, "the following Tuesday" the one after; "the previous
   * evening" is the evening of the day before, "the following morning" the morning of the day after.
   */
  private static @Nullable String dayOffset(Matcher a, int sign, String word) {
    if (a.group(3) == null) return null;
    try {
      LocalDate d = LocalDate.of(Integer.parseInt(a.group(1)), Integer.parseInt(a.group(2)), Integer.parseInt(a.group(3)));
      String part = switch (word) {
        case "morning" -> "TMO";
        case "afternoon" -> "TAF";
        case "evening" -> "TEV";
        case "night" -> "TNI";
        default -> null;
      };
      if (part != null) return d.plusDays(sign) + part;
      java.time.DayOfWeek day = java.time.DayOfWeek.valueOf(word.toUpperCase(Locale.ROOT));
      return d.with(sign < 0 ? java.time.temporal.TemporalAdjusters.previous(day) : java.time.temporal.TemporalAdjusters.next(day)).toString();
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The weekend before a day ("the previous weekend" of a Monday is the one just gone), or after it. */
  private static @Nullable String weekend(Matcher a, int sign) {
    if (a.group(3) == null) return null;
    try {
      LocalDate d = LocalDate.of(Integer.parseInt(a.group(1)), Integer.parseInt(a.group(2)), Integer.parseInt(a.group(3)));
      boolean weekendDay = d.getDayOfWeek().getValue() >= 6;
      LocalDate w = sign < 0 ? d.minusWeeks(1) : weekendDay ? d.plusWeeks(1) : d;
      return String.format(Locale.ROOT, "%04d-W%02d-WE", w.get(IsoFields.WEEK_BASED_YEAR), w.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The next (or previous) such season after (before) the anchor. */
  private static @Nullable String season(Matcher a, String word, int sign) {
    String code = switch (word) {
      case "spring" -> "SP";
      case "summer" -> "SU";
      case "winter" -> "WI";
      default -> "FA";
    };
    int year = Integer.parseInt(a.group(1));
    int start = 3 + 3 * SEASONS.indexOf(code); // first month of the season
    int at; // the anchor's month, or the middle of its season
    if (a.group(2) != null) at = Integer.parseInt(a.group(2));
    else if (a.group(4) != null && SEASONS.contains(a.group(4))) at = 4 + 3 * SEASONS.indexOf(a.group(4));
    else return (year + sign) + "-" + code; // a bare year: that season of the next (previous) year
    if (sign > 0) return (start > at ? year : year + 1) + "-" + code;
    return (start + 2 < at ? year : year - 1) + "-" + code;
  }

  /** A month without year after an anchored date in the same sentence, in the anchored year (or the next). */
  private static Timex inYear(Timex t, String year, @Nullable String anchor) {
    if (t.value() == null || !t.type().equals("DATE") || !MONTH_NAME.matcher(t.text()).find()
        || t.text().matches("(?s).*\\d{4}.*")) return t;
    Matcher m = MONTH_VALUE.matcher(t.value());
    if (!m.matches()) return t;
    int y = Integer.parseInt(year);
    if (anchor != null && anchor.length() >= 7 && anchor.substring(5, 7).matches("\\d{2}")
        && t.value().substring(5, 7).compareTo(anchor.substring(5, 7)) < 0) y++;
    String value = y + t.value().substring(4);
    return value.equals(t.value()) ? t : new Timex(t.text(), t.beginToken(), t.endToken(), t.type(), value);
  }
}
