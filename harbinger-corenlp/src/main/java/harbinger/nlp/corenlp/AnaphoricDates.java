package harbinger.nlp.corenlp;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Dates that refer to a date named earlier in the article, which SUTime reads against the publication date.
 * Pure functions over a whole document's mapped sentences.
 * <ul>
 *   <li>"That year", "the same year" (SUTime: the duration "year"): the year last written in digits before it.</li>
 *   <li>"Jan. 17 of that year": the month and day in that year.</li>
 *   <li>A month without year in a sentence that opens with a year ("In 1978, ... in early February"): that year's
 *       month.</li>
 *   <li>"the following day", "the next day", "the day before", "the previous day" (SUTime: tomorrow or yesterday):
 *       the day after or before the last day named before it by a month or a weekday, also with "early" or "late"
 *       before it; not when a noun phrase follows "the day before/after" ("the day before the vote" counts from the
 *       vote; after "the following day" a noun phrase is the clause's subject). A holiday with its day ("Christmas",
 *       "Labor Day") is such a named day.</li>
 *   <li>"that day" (SUTime: the duration "day"): the last day so named ({@link MonthAnaphora}).</li>
 *   <li>"later in the month", "earlier that month" (SUTime: "the month" of publication): the month of the last date
 *       before it ({@link MonthAnaphora}).</li>
 * </ul>
 */
final class AnaphoricDates {
  private AnaphoricDates() {}

  private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b(1\\d{3}|20\\d{2})\\b");
  private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}(-\\d{2}.*)");
  private static final Pattern DAY_VALUE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}).*");
  private static final Pattern NAMED_DAY = Pattern.compile("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
      + "[a-z]*\\.? \\d{1,2}\\b|\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\b(?-i:Christmas|Thanksgiving|Easter|Halloween|Eve|Day)\\b");
  private static final Pattern MONTH_NAME = Pattern.compile("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
      + "(uary|ruary|ch|il|e|y|ust|tember|ober|ember)?\\b\\.?");
  private static final Pattern RELATIVE_DAY = Pattern.compile(
      "(?i)(?:(?:early|late|later) )?(?:the (following|next|previous) day|the day (before|after))");

  /** The sentences with their anaphoric dates resolved, each sentence itself when nothing in it changes. */
  static List<Sentence> resolve(List<Sentence> sentences) {
    List<Sentence> out = new ArrayList<>(sentences.size());
    String year = null; // the year last written in digits
    String day = null; // the day last named by a month and day, a weekday or a holiday
    String month = null; // the month of the last date
    for (Sentence s : sentences) {
      List<Timex> ts = new ArrayList<>(s.timexes().size());
      boolean changed = false;
      String opening = openingYear(s);
      for (Timex t : s.timexes()) {
        Timex r = t;
        if (year != null) r = thatYear(s, ofThatYear(s, r, year), year);
        if (opening != null) r = monthOf(r, opening);
        if (day != null) r = relativeDay(s, MonthAnaphora.thatDay(s, r, day), day);
        if (month != null) r = MonthAnaphora.inTheMonth(s, r, month);
        changed |= r != t;
        ts.add(r);
        if (r.value() != null) {
          Matcher y = WRITTEN_YEAR.matcher(r.text());
          if (y.find() && r.value().startsWith(y.group(1))) year = y.group(1);
          Matcher d = DAY_VALUE.matcher(r.value());
          if (d.matches() && NAMED_DAY.matcher(r.text()).find()) day = d.group(1);
          month = MonthAnaphora.monthOf(r, month);
        }
      }
      out.add(changed ? s.withTimexes(ts) : s);
    }
    return out;
  }

  /** The year of a sentence that opens with one ("In 1978, ...", "1978 was"), or null. */
  private static @Nullable String openingYear(Sentence s) {
    for (Timex t : s.timexes()) {
      boolean opens = t.beginToken() == 0 || t.beginToken() == 1 && s.token(0).word().equalsIgnoreCase("in");
      if (opens && t.value() != null && t.value().matches("\\d{4}") && t.text().strip().equals(t.value())) return t.value();
    }
    return null;
  }

  /** "that year", "the same year" as {@code year}. */
  private static Timex thatYear(Sentence s, Timex t, String year) {
    if (!t.text().equalsIgnoreCase("year") && !t.text().matches("(?i)(that|the same) year")) return t;
    int begin = t.beginToken();
    if (t.text().equalsIgnoreCase("year")) {
      if (begin == 0) return t;
      String before = s.token(begin - 1).word().toLowerCase(Locale.ROOT);
      if (before.equals("that")) begin--;
      else if (before.equals("same") && begin > 1 && s.token(begin - 2).word().equalsIgnoreCase("the")) begin -= 2;
      else return t;
    }
    return new Timex(words(s, begin, t.endToken()), begin, t.endToken(), "DATE", year);
  }

  /** "Jan. 17 of that year": the month (and day) in {@code year}. */
  private static Timex ofThatYear(Sentence s, Timex t, String year) {
    int e = t.endToken();
    if (t.value() == null || !MONTH_VALUE.matcher(t.value()).matches() || e + 2 >= s.tokens().size()
        || !s.token(e).word().equalsIgnoreCase("of") || !s.token(e + 1).word().equalsIgnoreCase("that")
        || !s.token(e + 2).word().equalsIgnoreCase("year")) return t;
    return new Timex(t.text(), t.beginToken(), t.endToken(), t.type(), year + t.value().substring(4));
  }

  /** A month without year, in a sentence that opens with a year, in that year. */
  private static Timex monthOf(Timex t, String year) {
    if (t.value() == null || !t.type().equals("DATE") || !MONTH_VALUE.matcher(t.value()).matches()
        || !MONTH_NAME.matcher(t.text()).find() || WRITTEN_YEAR.matcher(t.text()).find() || t.value().startsWith(year)) return t;
    return new Timex(t.text(), t.beginToken(), t.endToken(), t.type(), year + t.value().substring(4));
  }

  /** "the following day" and the like, one day after or before {@code day}. */
  private static Timex relativeDay(Sentence s, Timex t, String day) {
    Matcher m = RELATIVE_DAY.matcher(t.text().strip());
    if (!m.matches() || !t.type().equals("DATE")) return t;
    // "the day before the sentencing" counts from an event named after it, not from the last date; after "the
    // following day" a noun phrase is the subject of its clause ("and the following day the House rejected it")
    if (m.group(2) != null && t.endToken() < s.tokens().size() && s.token(t.endToken()).pos().matches("DT|NN.*|PRP\\$|CD|JJ.*")) return t;
    boolean after = m.group(1) != null ? !m.group(1).equalsIgnoreCase("previous") : m.group(2).equalsIgnoreCase("after");
    try {
      LocalDate d = LocalDate.parse(day);
      return new Timex(t.text(), t.beginToken(), t.endToken(), t.type(), (after ? d.plusDays(1) : d.minusDays(1)).toString());
    } catch (DateTimeException e) {
      return t;
    }
  }

  private static String words(Sentence s, int begin, int end) {
    int from = s.token(begin).begin() - s.begin();
    int to = s.token(end - 1).end() - s.begin();
    return s.text().substring(from, to);
  }
}
