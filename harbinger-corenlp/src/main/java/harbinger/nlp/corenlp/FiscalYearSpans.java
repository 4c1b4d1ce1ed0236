package harbinger.nlp.corenlp;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A fiscal year named by the day it begins or ends ("the fiscal year that begins Oct. 1", "the fiscal year beginning
 * April 1", "the fiscal year that ended Sept. 30", "The fiscal year ends Monday"): "the fiscal year" is that fiscal
 * year ({@code FYyyyy}) and the day a date of its own, as TimeML leaves the relative clause out of the extent; SUTime
 * gives "the fiscal year" the calendar year of publication, or the whole as the day. The day is the next such day
 * for a present form ("begins", "beginning", "ends") and the last one for a past form ("began", "ended"). A fiscal year is named by the
 * calendar year of most of its months: one that begins in July or later (the US federal year, Oct. 1 to Sept. 30) by
 * the year it ends in, one that begins before July (Japan's and Britain's, from April) by the year it begins in.
 * Pure functions.
 */
final class FiscalYearSpans {
  private FiscalYearSpans() {}

  private static final Pattern BEGIN = Pattern.compile("(?i)begins?|beginning|began|starts?|starting|started");
  private static final Pattern END = Pattern.compile("(?i)ends?|ending|ended");
  private static final Pattern PAST = Pattern.compile("(?i)began|started|ended");
  private static final Pattern DAY = Pattern.compile("\\d{4}-(\\d{2})-(\\d{2})");

  /** The sentence with each fiscal year named by its first or last day given its value, and the day its year. */
  static Sentence apply(Sentence s, @Nullable LocalDate published) {
    if (published == null || s.timexes().isEmpty()) return s;
    List<Timex> out = new ArrayList<>(s.timexes());
    boolean changed = false;
    for (int i = 0; i + 1 < s.tokens().size(); i++) {
      if (!s.token(i).word().equalsIgnoreCase("fiscal") || !s.token(i + 1).word().equalsIgnoreCase("year")) continue;
      int verb = i + 2;
      if (verb < s.tokens().size() && s.token(verb).word().matches("(?i)that|which")) verb++;
      if (verb + 1 >= s.tokens().size()) continue;
      String v = s.token(verb).word();
      boolean begins = BEGIN.matcher(v).matches();
      if (!begins && !END.matcher(v).matches()) continue;
      int at = verb + 1;
      if (s.token(at).word().equalsIgnoreCase("on")) at++;
      Timex day = dayAt(out, at);
      if (day == null) continue;
      Matcher m = DAY.matcher(day.value());
      if (!m.matches()) continue;
      LocalDate d;
      try {
        d = LocalDate.of(published.getYear(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      } catch (DateTimeException e) {
        continue;
      }
      if (PAST.matcher(v).matches()) { if (d.isAfter(published)) d = d.minusYears(1); }
      else if (d.isBefore(published)) d = d.plusYears(1);
      int year = begins ? (d.getMonthValue() >= 7 ? d.getYear() + 1 : d.getYear())
          : (d.getMonthValue() >= 6 ? d.getYear() : d.getYear() - 1);
      int from = i > 0 && s.token(i - 1).word().matches("(?i)the|its|this|that|their|next") ? i - 1 : i;
      int to = day.endToken();
      int dayFrom = Math.max(at, day.beginToken());
      out.removeIf(t -> t.beginToken() < to && from < t.endToken());
      out.add(new Timex(TimexForms.words(s, from, i + 2), from, i + 2, "DATE", "FY" + year));
      out.add(new Timex(TimexForms.words(s, dayFrom, to), dayFrom, to, day.type(), d + day.value().substring(10)));
      changed = true;
    }
    if (!changed) return s;
    out.sort(java.util.Comparator.comparingInt(Timex::beginToken).thenComparingInt(Timex::endToken));
    return s.withTimexes(out);
  }

  /** The expression with a day value that covers token {@code at} and ends after it (a month and day). */
  private static @Nullable Timex dayAt(List<Timex> ts, int at) {
    for (Timex t : ts) {
      if (t.beginToken() <= at && at < t.endToken() && t.value() != null && DAY.matcher(t.value()).matches()) return t;
    }
    return null;
  }
}
