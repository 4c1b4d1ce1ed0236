package harbinger.nlp.corenlp;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import harbinger.model.Token;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Date phrases SUTime gets wrong, corrected over the mapped records. Pure functions.
 * <ul>
 *   <li>A day of the month written alone, "on the 16th", which SUTime leaves untagged: a DATE in the publication
 *       month, or, by the tense of its clause ({@link TenseDates#tense}), the month before when a past-tense clause
 *       would put it after publication and the month after when a future clause would put it before. Only after
 *       "on", and not before a noun ("on the 16th floor", "on the 5th anniversary").</li>
 *   <li>"The first half of" a year, which SUTime gives as the year ({@link #halfYear}), and a part of a month
 *       ("mid-November"), which it leaves without value ({@link #monthPart}).</li>
 *   <li>A rate before a date, "raise the wage by 100 euros a month from January", which SUTime reads as one offset
 *       ("a month from January" = February): the date is "January" alone, one unit earlier.</li>
 * </ul>
 */
final class DayPhrases {
  private DayPhrases() {}

  private static final Pattern ORDINAL = Pattern.compile("(?i)([1-9]|[12]\\d|3[01])(st|nd|rd|th)");
  private static final Pattern RATE = Pattern.compile("(?i)(a|per) (day|week|month|year) from .+");

  /** Timexes for "on the Nth" days of the month that no timex covers, resolved against {@code published}. */
  static List<Timex> ordinalDays(Sentence s, LocalDate published) {
    List<Timex> out = new ArrayList<>();
    for (int i = 2; i < s.tokens().size(); i++) {
      Matcher m = ORDINAL.matcher(s.token(i).word());
      if (!m.matches() || !s.token(i - 1).word().equalsIgnoreCase("the") || !s.token(i - 2).word().equalsIgnoreCase("on")
          || covered(s, i) || i + 1 < s.tokens().size() && nounOrOf(s.token(i + 1))) continue;
      int day = Integer.parseInt(m.group(1));
      Timex bare = new Timex(words(s, i - 1, i + 1), i - 1, i + 1, "DATE", null);
      YearMonth month = YearMonth.from(published);
      int tense = ClauseTense.tense(s, bare);
      if (tense < 0 && day > published.getDayOfMonth()) month = month.minusMonths(1);
      if (tense > 0 && day < published.getDayOfMonth()) month = month.plusMonths(1);
      if (day > month.lengthOfMonth()) continue;
      out.add(new Timex(bare.text(), bare.beginToken(), bare.endToken(), "DATE", month.atDay(day).toString()));
    }
    return out;
  }

  /** The date after a rate ("a month from January" after "100 euros"), or the timex unchanged. */
  static Timex afterRate(Sentence s, Timex t) {
    if (!t.type().equals("DATE") || t.value() == null || t.beginToken() == 0 || t.endToken() - t.beginToken() < 4
        || !RATE.matcher(t.text()).matches()) return t;
    Token before = s.token(t.beginToken() - 1);
    if (!before.pos().matches("NNS?|CD|\\$")) return t; // "100 euros a month", "$5 a day"; not "in a month from now"
    String unit = s.token(t.beginToken() + 1).word().toLowerCase(Locale.ROOT);
    String value = earlier(t.value(), unit);
    if (value == null) return t;
    int begin = t.beginToken() + 3;
    return new Timex(words(s, begin, t.endToken()), begin, t.endToken(), t.type(), value);
  }

  /** The value one unit earlier, at its own granularity, or null when the unit does not fit it. */
  private static @Nullable String earlier(String value, String unit) {
    try {
      if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
        LocalDate d = LocalDate.parse(value);
        return switch (unit) {
          case "day" -> d.minusDays(1).toString();
          case "week" -> d.minusWeeks(1).toString();
          case "month" -> d.minusMonths(1).toString();
          default -> d.minusYears(1).toString();
        };
      }
      if (value.matches("\\d{4}-\\d{2}") && unit.equals("month")) return YearMonth.parse(value).minusMonths(1).toString();
      if (value.matches("\\d{4}") && unit.equals("year")) return String.valueOf(Integer.parseInt(value) - 1);
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }

  private static boolean covered(Sentence s, int token) {
    for (Timex t : s.timexes()) if (t.beginToken() <= token && token < t.endToken()) return true;
    return false;
  }

  private static boolean nounOrOf(Token next) {
    return next.pos().startsWith("NN") || next.word().equalsIgnoreCase("of");
  }

  private static String words(Sentence s, int begin, int end) {
    int from = s.token(begin).begin() - s.begin();
    int to = s.token(end - 1).end() - s.begin();
    return s.text().substring(from, to);
  }

  private static final Pattern HALF = Pattern.compile("(?i).*\\b(first|second) half of\\b.*");
  private static final Pattern MONTH_PART = Pattern.compile("(?i)(early|mid|late)[- ]?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?");
  private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  /** "the first half of last year" (a year to SUTime) is that year's half: {@code 2012-H1}. */
  static Timex halfYear(Timex t) {
    if (!t.type().equals("DATE") || t.value() == null || !t.value().matches("\\d{4}")) return t;
    Matcher m = HALF.matcher(t.text());
    if (!m.matches()) return t;
    String half = m.group(1).equalsIgnoreCase("first") ? "-H1" : "-H2";
    return new Timex(t.text(), t.beginToken(), t.endToken(), t.type(), t.value() + half);
  }

  /**
   * "mid-November", "early-March", which SUTime leaves without value: the month in the publication year (then
   * moved by tense like any month without year).
   */
  static Timex monthPart(Timex t, LocalDate published) {
    if (t.value() != null || !t.type().equals("DATE")) return t;
    Matcher m = MONTH_PART.matcher(t.text().strip());
    if (!m.matches()) return t;
    int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
    return new Timex(t.text(), t.beginToken(), t.endToken(), t.type(),
        String.format(Locale.ROOT, "%04d-%02d", published.getYear(), month));
  }
}
