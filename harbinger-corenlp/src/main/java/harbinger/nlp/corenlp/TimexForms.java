package harbinger.nlp.corenlp;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * TIMEX3 value forms SUTime writes otherwise than the TimeML guidelines, corrected over the mapped records. Pure
 * functions.
 * <ul>
 *   <li>Decades and centuries: SUTime's "198X" ("the 1980s") and "18XX" ("the 19th century") are TimeML's "198" and
 *       "18"; a decade SUTime typed SET ("since the early 1970s") is a DATE. A round hundred before 2000 with an "s"
 *       ("the 1700s", "the early 1900s"), which SUTime reads as the decade "170X", is the century "17"; "the 2000s"
 *       stays the decade.</li>
 *   <li>A year written alone in digits is that year, whatever SUTime made of the words around it ("every year since
 *       2002" gave the SET 2003).</li>
 *   <li>"fiscal 1998" ("fiscal" SUTime leaves out or without value) is the fiscal year {@code FY1998}; "the fiscal
 *       year", which SUTime gives as the calendar year it falls in ("the fiscal year that ended Sept. 30" written in
 *       November 1988: 1988), is that fiscal year ({@code FY1988}).</li>
 *   <li>"this week", "next week", "last week", "the coming week" (and their weekends, and with "early", "later"...)
 *       are ISO weeks counted from the publication week, in the ISO week-based year: SUTime gives "next week"
 *       written on 30 December 2013 as 2013-W02 and "last week" then without value.</li>
 *   <li>"next Tuesday" is the Tuesday of the week after publication ({@link NextWeekdays}).</li>
 *   <li>"year end" ("by year end"), which SUTime reads as the duration "year", is the publication year.</li>
 *   <li>A holiday's weekend ("the Fourth of July weekend"), which SUTime gives as the holiday, is the weekend of the
 *       holiday's ISO week.</li>
 *   <li>A date SUTime joined to a duration before it and left without value ("two days in early February",
 *       "seven days last September", "day next month", "year since the 1940s"; the tokens' normalised value is
 *       "2013-02 INTERSECT P2D"): the date words after the duration, with the date part of that value; a part of
 *       day so joined ("for three hours yesterday afternoon": "1997-12-03TAF INTERSECT PT3H") is a TIME, and a
 *       relative week ("for two days last week": "PREV P1W INTERSECT P2D") the ISO week.</li>
 *   <li>Clock times in the forms of British and Australian wire copy ("3.30pm", "11.59pm", and "2.15 p.m." that SUTime tags without value) and of market reports
 *       ("by 1430 GMT"), which SUTime leaves untagged or takes for a year: {@link DottedClocks}.</li>
 *   <li>"mid-April" written as one token, which SUTime leaves untagged, is a DATE ({@link DayPhrases#monthPart}
 *       gives its value).</li>
 * </ul>
 */
final class TimexForms {
  private TimexForms() {}

  private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
  private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");
  private static final Pattern HUNDREDS = Pattern.compile("(?i).*\\b(1\\d)00['’]?s\\b.*");
  private static final Pattern YEAR_TEXT = Pattern.compile("1\\d{3}|20\\d{2}|21\\d{2}");
  private static final Pattern RELATIVE_WEEK = Pattern.compile(
      "(?i)(?:(?:early|earlier|late|later|mid) )?(this|next|last|the coming) week(end)?");
  private static final Pattern MONTH_PART = Pattern.compile(
      "(?i)(early|mid|late)-(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?");

  /** The sentence with its time expressions in TimeML's forms, or {@code s} itself when none changes. */
  static Sentence apply(Sentence s, @Nullable LocalDate published) {
    List<Timex> out = new ArrayList<>(s.timexes().size());
    boolean changed = false;
    for (int i = 0; i < s.timexes().size(); i++) {
      Timex t = s.timexes().get(i);
      if (fiscalWordOnly(s, t)) { changed = true; continue; } // merged into the year after it
      Timex f = fiscal(s, yearText(decade(compound(s, SpanTrims.apply(s, t))))); // SpanTrims: "fall this winter"
      if (published != null) f = DottedClocks.valued(DottedClocks.gmt(s, yearEnd(s, week(f, published), published), published), published);
      if (published != null) f = NextWeekdays.apply(f, published); // "next Thursday": the Thursday of next week
      if (i + 1 < s.timexes().size() && weekendAfter(f, s.timexes().get(i + 1))) { // "the Labor Day" + "weekend"
        Timex w = s.timexes().get(i + 1);
        f = new Timex(words(s, f.beginToken(), w.endToken()), f.beginToken(), w.endToken(), f.type(), f.value());
        i++;
      }
      f = holidayWeekend(f);
      changed |= f != t;
      out.add(f);
    }
    for (int i = 0; i < s.tokens().size(); i++) {
      if (MONTH_PART.matcher(s.token(i).word()).matches() && !covered(out, i)) {
        out.add(new Timex(s.token(i).word(), i, i + 1, "DATE", null));
        changed = true;
      }
    }
    if (published != null) changed |= DottedClocks.add(s, out, published);
    if (!changed) return s;
    out.sort(java.util.Comparator.comparingInt(Timex::beginToken).thenComparingInt(Timex::endToken));
    return s.withTimexes(out);
  }

  private static final Pattern COMPOUND = Pattern.compile(
      "(\\d{4}(?:-\\d{2}(?:-\\d{2}(T(?:MO|AF|EV|NI))?)?)?|\\d{3}X|(?:PREV|THIS|NEXT) P1W) (?:INTERSECT|OFFSET) P\\S+");
  private static final Pattern UNIT = Pattern.compile("(?i)(day|week|month|year|hour|night|minute)s?");

  /** A date joined to a duration before it, without value: the date words alone, with the date part's value. */
  static Timex compound(Sentence s, Timex t) {
    if (t.value() != null || !t.type().equals("DATE")) return t;
    String normalized = s.token(t.endToken() - 1).normalized();
    Matcher m = normalized == null ? null : COMPOUND.matcher(normalized.strip());
    if (m == null || !m.matches()) return t;
    int begin = t.beginToken();
    while (begin < t.endToken() && !UNIT.matcher(s.token(begin).word()).matches()) begin++;
    begin++; // past the unit of the duration
    while (begin < t.endToken() && s.token(begin).pos().matches("IN|TO")) begin++;
    if (begin >= t.endToken()) return t;
    String words = words(s, begin, t.endToken());
    if (m.group(1).endsWith("P1W")) { // "two days last week": the week, which week() counts from publication
      return RELATIVE_WEEK.matcher(words).matches() ? new Timex(words, begin, t.endToken(), "DATE", null) : t;
    }
    return decade(new Timex(words, begin, t.endToken(), m.group(2) != null ? "TIME" : "DATE", m.group(1)));
  }

  /** "198X" as "198", "18XX" as "18"; a decade typed SET as a DATE. */
  static Timex decade(Timex t) {
    if (t.value() == null) return t;
    Matcher d = DECADE.matcher(t.value());
    Matcher c = CENTURY.matcher(t.value());
    String value = d.matches() ? d.group(1) : c.matches() ? c.group(1) : null;
    if (value == null) return t;
    Matcher h = HUNDREDS.matcher(t.text());
    if (d.matches() && h.matches() && value.equals(h.group(1) + "0")) value = h.group(1); // "the 1700s": the century
    return new Timex(t.text(), t.beginToken(), t.endToken(), t.type().equals("SET") ? "DATE" : t.type(), value);
  }

  /** A year written alone in digits ("2002") is that year, a DATE. */
  static Timex yearText(Timex t) {
    String text = t.text().strip();
    if (!YEAR_TEXT.matcher(text).matches() || !t.type().matches("DATE|SET") || text.equals(t.value()) && t.type().equals("DATE")) return t;
    return new Timex(t.text(), t.beginToken(), t.endToken(), "DATE", text);
  }

  private static boolean fiscalWordOnly(Sentence s, Timex t) {
    if (!t.text().equalsIgnoreCase("fiscal") || t.value() != null) return false;
    int next = t.endToken();
    return next < s.tokens().size() && YEAR_TEXT.matcher(s.token(next).word()).matches();
  }

  private static final Pattern FISCAL_YEAR = Pattern.compile("(?i)(?:the |this |its |their |that )?(?:current )?fiscal year");

  /** "fiscal 1998" (the year alone or with "fiscal" in it) as {@code FY1998}. */
  static Timex fiscal(Sentence s, Timex t) {
    if (t.value() == null || !YEAR_TEXT.matcher(t.value()).matches()) return t;
    String text = t.text().strip();
    int begin = t.beginToken();
    if (YEAR_TEXT.matcher(text).matches() && begin > 0 && s.token(begin - 1).word().equalsIgnoreCase("fiscal")) begin--;
    else if (!text.matches("(?i)fiscal (year )?\\d{4}") && !FISCAL_YEAR.matcher(text).matches()) return t;
    return new Timex(words(s, begin, t.endToken()), begin, t.endToken(), "DATE", "FY" + t.value());
  }

  /** "next week" and the like as an ISO week counted from the publication date. */
  static Timex week(Timex t, LocalDate published) {
    Matcher m = RELATIVE_WEEK.matcher(t.text().strip());
    if (!m.matches() || !t.type().equals("DATE")) return t;
    int shift = switch (m.group(1).toLowerCase(Locale.ROOT)) {
      case "next", "the coming" -> 1;
      case "last" -> -1;
      default -> 0;
    };
    LocalDate day = published.plusWeeks(shift);
    String value = String.format(Locale.ROOT, "%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
        + (m.group(2) != null ? "-WE" : "");
    return value.equals(t.value()) ? t : new Timex(t.text(), t.beginToken(), t.endToken(), t.type(), value);
  }

  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** A day followed at once by SUTime's separate "weekend" ("the Labor Day" + "weekend"): one holiday weekend. */
  private static boolean weekendAfter(Timex day, Timex next) {
    return day.type().equals("DATE") && day.value() != null && DAY.matcher(day.value()).matches()
        && next.beginToken() == day.endToken() && next.text().strip().equalsIgnoreCase("weekend");
  }

  /**
   * "the Fourth of July weekend", "the Easter weekend" (SUTime: the holiday) as the weekend of the holiday's week;
   * a Monday holiday's weekend is the one just before it ("the Labor Day weekend").
   */
  static Timex holidayWeekend(Timex t) {
    if (!t.type().equals("DATE") || t.value() == null || !DAY.matcher(t.value()).matches()
        || !t.text().strip().toLowerCase(Locale.ROOT).endsWith(" weekend")) return t;
    LocalDate d;
    try {
      d = LocalDate.parse(t.value());
    } catch (java.time.DateTimeException e) {
      return t;
    }
    if (d.getDayOfWeek() == java.time.DayOfWeek.MONDAY) d = d.minusDays(2);
    return new Timex(t.text(), t.beginToken(), t.endToken(), t.type(), String.format(Locale.ROOT, "%04d-W%02d-WE",
        d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
  }

  /** "year end" ("by year end"), SUTime's duration "year", as the publication year. */
  static Timex yearEnd(Sentence s, Timex t, LocalDate published) {
    if (!t.type().equals("DURATION") || !t.text().equalsIgnoreCase("year") || t.endToken() >= s.tokens().size()
        || !s.token(t.endToken()).word().equalsIgnoreCase("end") || t.beginToken() > 0
        && s.token(t.beginToken() - 1).word().matches("(?i)a|an|each|every|per|one|the|this|that|last|next")) return t;
    return new Timex(words(s, t.beginToken(), t.endToken() + 1), t.beginToken(), t.endToken() + 1, "DATE",
        String.valueOf(published.getYear()));
  }

  static boolean covered(List<Timex> ts, int token) {
    for (Timex t : ts) if (t.beginToken() <= token && token < t.endToken()) return true;
    return false;
  }

  static String words(Sentence s, int begin, int end) {
    int from = s.token(begin).begin() - s.begin();
    int to = s.token(end - 1).end() - s.begin();
    return s.text().substring(from, to);
  }
}
