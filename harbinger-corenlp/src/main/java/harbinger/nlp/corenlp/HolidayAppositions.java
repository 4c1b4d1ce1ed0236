package harbinger.nlp.corenlp;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A date and an apposition that SUTime joins into one mention, separated: "Tuesday, the day after Labor Day" and
 * "Nov. 19, the week before Thanksgiving" are the date and the holiday, two expressions (TimeML marks the holiday
 * alone, not "the week before" it); "the week before Easter" is the holiday alone ("the day after Christmas" alone stays one expression); "May 7, the second in a month"
 * (SUTime: "May 7, the second", no value) is the date alone; "Tuesday, the day after" whose holiday SUTime did not
 * know is the date alone. A date without a value takes the month and day SUTime wrote into its normalised tag, in
 * the publication year (TenseDates then moves it by tense, NamedDays the holiday). Runs before TimexForms. Pure
 * functions.
 */
final class HolidayAppositions {
  private HolidayAppositions() {}

  private static final Pattern APPOSITION = Pattern.compile(
      "(?i)(?:(.+?)\\s*,\\s+)?the (?:day|days|week|weeks|weekend|night|morning|evening) (?:before|after|of|ahead of) ?(.*)");
  private static final Pattern ORDINAL_APPOSITION = Pattern.compile("(?i)(.+?)\\s*,\\s+the (?:first|second|third|fourth|fifth|last)");
  private static final Pattern MONTH_DAY = Pattern.compile("(?:XXXX|(\\d{4}))-(\\d{2})-(\\d{2})");

  /** The sentence with such mentions separated, or {@code s} itself when there is none. */
  static Sentence apply(Sentence s, @Nullable LocalDate published) {
    if (published == null || s.timexes().isEmpty()) return s;
    List<Timex> out = new ArrayList<>();
    boolean changed = false;
    for (Timex t : s.timexes()) {
      List<Timex> parts = t.type().matches("DATE|TIME") ? split(s, t, published) : List.of();
      if (parts.isEmpty()) {
        out.add(t);
      } else {
        out.addAll(parts);
        changed = true;
      }
    }
    if (!changed) return s;
    out.sort(Comparator.comparingInt(Timex::beginToken).thenComparingInt(Timex::endToken));
    return s.withTimexes(out);
  }

  private static List<Timex> split(Sentence s, Timex t, LocalDate published) {
    String text = t.text().strip();
    Matcher m = APPOSITION.matcher(text);
    Matcher o = ORDINAL_APPOSITION.matcher(text);
    if (!m.matches() && !(t.value() == null && o.matches())) return List.of();
    List<Timex> parts = new ArrayList<>();
    String first = m.matches() ? m.group(1) : o.group(1);
    String holiday = m.matches() ? m.group(2).strip() : "";
    // "the day after Christmas" alone is one date; "the week(s) before Easter" names the holiday
    if (first == null && !text.matches("(?i)the (?:weeks?|days) .*")) return List.of();
    int firstEnd = t.beginToken();
    if (first != null) {
      firstEnd = endOf(s, t.beginToken(), t.endToken(), first);
      if (firstEnd < 0) return List.of();
      String value = t.value() != null ? t.value() : fromNormalized(s, t, published);
      if (value == null) return List.of();
      parts.add(new Timex(words(s, t.beginToken(), firstEnd), t.beginToken(), firstEnd, t.type(), value));
    }
    if (!holiday.isEmpty()) {
      LocalDate day = holiday(holiday, published.getYear());
      if (day == null) return List.of();
      int begin = t.endToken() - holiday.split("\\s+").length;
      if (begin < firstEnd || !words(s, begin, t.endToken()).equals(holiday)) return List.of();
      parts.add(new Timex(holiday, begin, t.endToken(), "DATE", day.toString()));
    }
    return parts;
  }

  /** The token end of {@code prefix} inside tokens [begin, end), or -1. */
  private static int endOf(Sentence s, int begin, int end, String prefix) {
    for (int i = begin + 1; i < end; i++) if (words(s, begin, i).equals(prefix)) return i;
    return -1;
  }

  private static @Nullable String fromNormalized(Sentence s, Timex t, LocalDate published) {
    String normalized = s.token(t.beginToken()).normalized();
    if (normalized == null) return null;
    Matcher m = MONTH_DAY.matcher(normalized);
    if (!m.find()) return null;
    return (m.group(1) != null ? m.group(1) : String.format(Locale.ROOT, "%04d", published.getYear())) + "-" + m.group(2)
        + "-" + m.group(3);
  }

  /** The day of a holiday named in {@code name} in {@code year}, or null for a name this table does not hold. */
  static @Nullable LocalDate holiday(String name, int year) {
    String n = name.toLowerCase(Locale.ROOT).replace('’', '\'');
    return switch (n) {
      case "christmas", "christmas day" -> LocalDate.of(year, 12, 25);
      case "christmas eve" -> LocalDate.of(year, 12, 24);
      case "new year's day" -> LocalDate.of(year, 1, 1);
      case "new year's eve" -> LocalDate.of(year, 12, 31);
      case "independence day", "the fourth of july" -> LocalDate.of(year, 7, 4);
      case "halloween" -> LocalDate.of(year, 10, 31);
      case "veterans day" -> LocalDate.of(year, 11, 11);
      case "labor day" -> nth(year, 9, 1, DayOfWeek.MONDAY);
      case "columbus day" -> nth(year, 10, 2, DayOfWeek.MONDAY);
      case "thanksgiving", "thanksgiving day" -> nth(year, 11, 4, DayOfWeek.THURSDAY);
      case "memorial day" -> LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
      case "election day" -> nth(year, 11, 1, DayOfWeek.MONDAY).plusDays(1);
      case "easter", "easter sunday" -> EasterDates.western(year);
      case "good friday" -> EasterDates.western(year).minusDays(2);
      case "orthodox easter" -> EasterDates.orthodox(year);
      default -> null;
    };
  }

  private static LocalDate nth(int year, int month, int n, DayOfWeek dow) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
  }

  private static String words(Sentence s, int begin, int end) {
    int from = s.token(begin).begin() - s.begin();
    int to = s.token(end - 1).end() - s.begin();
    return s.text().substring(from, to);
  }
}
