package harbinger.nlp.corenlp;

import harbinger.model.Sentence;
import harbinger.model.Timex;
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
 * Resolves month names without a year, and bare weekdays, by the tense of the clause that holds them. SUTime places a bare month
 * ("in July", "in early August", "on July 4") in the publication year whatever the tense; news narrates the past,
 * and "arrested in early August" written in March 2013 means August 2012. A date so resolved that lies after
 * the publication date in a past-tense clause moves back a year; one before it in a future clause ("will vote in
 * January"), or in a present-tense clause it dates ("the minimum rises in January"), moves forward a year. Dates
 * with a written year are left alone. A bare weekday ("on
 * Sunday") works the same way by weeks: "attacked on Sunday" published on a Thursday is the Sunday before.
 * Pure functions over the mapped records.
 */
final class TenseDates {
  private TenseDates() {}

  private static final Pattern MONTH_NAME = Pattern.compile("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|"
      + "nov|dec)(uary|ruary|ch|il|e|y|ust|tember|ober|ember)?\\b\\.?");
  private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b\\d{4}\\b|['’]\\d{2}\\b");
  private static final Pattern CALENDAR = Pattern.compile("^(\\d{4})-(\\d{2})(-(\\d{2}))?(.*)$");
  private static final Pattern WEEKDAY =
      Pattern.compile("(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Pattern SEASON_VALUE = Pattern.compile("\\d{4}-(SP|SU|FA|WI)");
  private static final Pattern BARE_SEASON = Pattern.compile("(?i)(?:the )?(?:early |late )?(?:spring|summer|fall|autumn|winter)");
  private static final Pattern WEEKEND = Pattern.compile("^(\\d{4})-W(\\d{2})-WE$");

  /** The sentence with its bare-month dates resolved by tense against {@code published}. */
  static Sentence adjust(Sentence s, @Nullable LocalDate published) {
    if (published == null || s.dependencies().isEmpty()) return s;
    List<Timex> days = DayPhrases.ordinalDays(s, published);
    if (s.timexes().isEmpty() && days.isEmpty()) return s;
    List<Timex> out = new ArrayList<>(s.timexes().size() + days.size());
    boolean changed = !days.isEmpty();
    for (Timex t : s.timexes()) {
      Timex adjusted = adjust(s, DayPhrases.halfYear(DayPhrases.monthPart(DayPhrases.afterRate(s, t), published)), published);
      changed |= adjusted != t;
      out.add(adjusted);
    }
    for (int i = 1; i < out.size(); i++) { // "Sunday night", split into "Sunday" and "night" of the same value, moves as one
      Timex t = out.get(i);
      Timex before = s.timexes().get(i - 1);
      boolean beforeMoved = before.value() != null && !before.value().equals(out.get(i - 1).value());
      if (t == s.timexes().get(i) && beforeMoved && before.endToken() == t.beginToken() && before.value().equals(t.value())
          && !DIGIT.matcher(t.text()).find()) {
        out.set(i, new Timex(t.text(), t.beginToken(), t.endToken(), t.type(), out.get(i - 1).value()));
      }
    }
    for (int i = out.size() - 2; i >= 0; i--) { // "5:30 p.m. on" before "January 6" (or "8:30 a.m." before "Tuesday") moves with it
      Timex t = out.get(i);
      Timex after = s.timexes().get(i + 1);
      boolean afterMoved = after.value() != null && !after.value().equals(out.get(i + 1).value());
      if (t == s.timexes().get(i) && afterMoved && t.type().equals("TIME") && t.endToken() == after.beginToken()
          && after.value().equals(t.value()) && (MONTH_NAME.matcher(after.text()).find() || WEEKDAY.matcher(after.text()).find())) {
        out.set(i, new Timex(t.text(), t.beginToken(), t.endToken(), t.type(), out.get(i + 1).value()));
      }
    }
    out.addAll(days);
    out.sort(java.util.Comparator.comparingInt(Timex::beginToken).thenComparingInt(Timex::endToken));
    return changed ? s.withTimexes(out) : s;
  }

  private static final Pattern LAST_OR_NEXT_MONTH = Pattern.compile("(?i)(last|next|this past|this coming) "
      + "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?");

  /**
   * "last March" is the most recent March before the publication month (written in December, March of the same
   * year; written in March or later in the year's course before March, the year before), "next March" the first
   * one after it. SUTime counts both by calendar year ("last March" always last year's).
   */
  static Timex lastOrNextMonth(Timex t, LocalDate published) {
    Matcher w = LAST_OR_NEXT_MONTH.matcher(t.text().strip());
    if (!t.type().equals("DATE") || t.value() == null || !w.matches()) return t;
    Matcher m = CALENDAR.matcher(t.value());
    if (!m.matches() || m.group(3) != null || !m.group(5).isEmpty()) return t;
    int month = Integer.parseInt(m.group(2));
    boolean past = w.group(1).toLowerCase(Locale.ROOT).matches("last|this past");
    int year = published.getYear() + (past ? (month < published.getMonthValue() ? 0 : -1) : (month > published.getMonthValue() ? 0 : 1));
    String value = String.format(Locale.ROOT, "%04d-%02d", year, month);
    return value.equals(t.value()) ? t : new Timex(t.text(), t.beginToken(), t.endToken(), t.type(), value);
  }

  private static final Pattern TRADED = Pattern.compile("(?i)delivery|deliveries|contracts?|futures|options|expiry|settlement");

  /** Does a bare month name a futures contract ("for January delivery", "the March contract")? */
  private static boolean traded(Sentence s, Timex t) {
    return t.endToken() < s.tokens().size() && TRADED.matcher(s.token(t.endToken()).word()).matches()
        && t.text().strip().matches("(?i)[a-z]+\\.?");
  }

  private static Timex adjust(Sentence s, Timex t, LocalDate published) {
    if (BareQuarters.bare(t)) return BareQuarters.resolve(t, published, ClauseTense.tense(s, t)); // "the first quarter"
    Timex named = lastOrNextMonth(t, published);
    if (named != t) return named;
    if (LAST_OR_NEXT_MONTH.matcher(t.text().strip()).matches()) return t; // already the right year
    if (t.type().equals("DATE") && t.value() != null && WEEKEND.matcher(t.value()).matches()
        && t.text().toLowerCase(Locale.ROOT).contains("weekend")) return CalendarShifts.adjustWeekend(s, t, published);
    if (NextWeekdays.named(t)) return t; // "next Tuesday": the week after publication whatever the tense
    if (t.type().matches("DATE|TIME") && t.value() != null && WEEKDAY.matcher(t.text()).find()
        && !DIGIT.matcher(t.text()).find()) return CalendarShifts.adjustWeekday(s, t, published);
    if (t.type().equals("DATE") && t.value() != null && SEASON_VALUE.matcher(t.value()).matches()
        && BARE_SEASON.matcher(t.text().strip()).matches()) return CalendarShifts.adjustSeason(s, t, published);
    if (!t.type().matches("DATE|TIME") || t.value() == null || !MONTH_NAME.matcher(t.text()).find()
        || WRITTEN_YEAR.matcher(t.text()).find()) return t;
    Matcher m = CALENDAR.matcher(t.value());
    if (!m.matches()) return t;
    int year = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    LocalDate first;
    LocalDate last;
    try {
      if (m.group(4) != null) {
        first = LocalDate.of(year, month, Integer.parseInt(m.group(4)));
        last = first;
      } else {
        first = LocalDate.of(year, month, 1);
        last = YearMonth.of(year, month).atEndOfMonth();
      }
    } catch (DateTimeException e) {
      return t;
    }
    if (m.group(4) == null && traded(s, t)) { // "for January delivery", "the March contract": the coming one
      int ahead = published.getYear() + (month < published.getMonthValue() ? 1 : 0);
      if (ahead == year) return t;
      return new Timex(t.text(), t.beginToken(), t.endToken(), t.type(), String.format(Locale.ROOT, "%04d", ahead) + t.value().substring(4));
    }
    int tense = ClauseTense.tense(s, t);
    // a present-tense clause speaks of the coming month once this year's is over ("elections in November have
    // little chance", "the minimum rises in January"), as for seasons
    // ("the December employment figures" names a month of data, not a time of the clause or its event)
    boolean ahead = tense > 0 || tense == 0 && ClauseTense.ofVerb(s, t) && ClauseTense.presentClause(s, t)
        || tense == 0 && ClauseTense.possibility(s, t); // "a storm in September could push oil ashore"
    int shift = tense < 0 && first.isAfter(published) ? -1 : ahead && last.isBefore(published) ? 1 : 0;

    if (shift == 0) return t;
    String value = String.format(Locale.ROOT, "%04d", year + shift) + t.value().substring(4);
    return new Timex(t.text(), t.beginToken(), t.endToken(), t.type(), value);
  }

}
