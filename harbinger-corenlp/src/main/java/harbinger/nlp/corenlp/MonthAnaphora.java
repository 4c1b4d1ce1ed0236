package harbinger.nlp.corenlp;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Two anaphoric dates for {@link AnaphoricDates}, which SUTime reads as a duration or as the publication month:
 * "that day" (SUTime: the duration "day" after the word "that") is the day last named before it ("The Congress convenes
 * on Jan. 4, and X is expected to be elected speaker that day"), and so is "the same day" (SUTime: the publication
 * day; "votes on the budget on Dec. 12, and the Senate takes up the bill the same day"); "later in the month", "earlier in the month", "later
 * that month" (SUTime: "the month", the month of publication) are the month of the last date before them ("New
 * Hampshire votes on Feb. 11, and Nevada follows later in the month" is February) and span the adverb. Pure functions.
 */
final class MonthAnaphora {
  private MonthAnaphora() {}

  private static final Pattern MONTH_OF = Pattern.compile("(\\d{4}-\\d{2})(?:-\\d{2}.*)?");
  /** "a day later", "two weeks earlier": offsets resolved only after this step. */
  private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(later|earlier|before|after|ago)\\b");
  private static final Pattern WEEK_OF = Pattern.compile("(\\d{4})-W(\\d{2})(?:-WE)?");

  /** "that day" as {@code day}; {@code t} itself when it is no such expression. */
  static Timex thatDay(Sentence s, Timex t, String day) {
    String text = t.text().strip();
    if (text.matches("(?i)that day|the same day") && t.type().matches("DATE|DURATION")) { // SUTime: today
      return new Timex(t.text(), t.beginToken(), t.endToken(), "DATE", day);
    }
    if (!text.equalsIgnoreCase("day") || t.beginToken() == 0 || !s.token(t.beginToken() - 1).word().equalsIgnoreCase("that")) {
      return t;
    }
    int begin = t.beginToken() - 1;
    return new Timex(words(s, begin, t.endToken()), begin, t.endToken(), "DATE", day);
  }

  /** "later in the month" and the like as {@code month}, spanning the adverb; {@code t} itself otherwise. */
  static Timex inTheMonth(Sentence s, Timex t, String month) {
    if (!t.text().strip().matches("(?i)(the|that) month") || !t.type().equals("DATE")) return t;
    int begin = t.beginToken();
    if (t.text().strip().toLowerCase(java.util.Locale.ROOT).startsWith("the")) {
      if (begin < 2 || !s.token(begin - 1).word().equalsIgnoreCase("in")) return t;
      begin--;
    }
    if (begin < 1 || !s.token(begin - 1).word().matches("(?i)later|earlier")) return t;
    begin--;
    return new Timex(words(s, begin, t.endToken()), begin, t.endToken(), "DATE", month);
  }

  /** The month of {@code t} when it has one (a day, a month, a week's Monday), else {@code previous}. */
  static @Nullable String monthOf(Timex t, @Nullable String previous) {
    if (t.value() == null || !t.type().matches("DATE|TIME") || RELATIVE.matcher(t.text()).find()) return previous;
    Matcher m = MONTH_OF.matcher(t.value());
    if (m.matches()) return m.group(1);
    Matcher w = WEEK_OF.matcher(t.value());
    if (!w.matches()) return previous;
    LocalDate monday = LocalDate.of(Integer.parseInt(w.group(1)), 6, 1)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2))).with(DayOfWeek.MONDAY);
    return monday.toString().substring(0, 7);
  }

  private static String words(Sentence s, int begin, int end) {
    int from = s.token(begin).begin() - s.begin();
    int to = s.token(end - 1).end() - s.begin();
    return s.text().substring(from, to);
  }
}
