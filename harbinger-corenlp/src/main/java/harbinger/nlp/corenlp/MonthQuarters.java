package harbinger.nlp.corenlp;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A quarter named by the month that ends it, as Australian and New Zealand copy writes it ("inflation rose in the
 * March quarter", "figures for the September quarter"; session 23): SUTime reads the month alone and leaves "quarter"
 * without value. It becomes one DATE, the quarter ending in that month (2013-Q3 for "the September quarter"), whose
 * year {@link BareQuarters} then gives by the clause's tense as for "the third quarter". Only the four quarter-end
 * months; "the May quarter" is no quarter. Pure functions over the mapped records.
 */
final class MonthQuarters {
  private MonthQuarters() {}

  private static final Pattern QUARTER_MONTH = Pattern.compile("(?i)(march|june|september|december)");
  private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}-(\\d{2})");

  /** The sentence with "the June quarter" as one quarter, or {@code s} itself when it has none. */
  static Sentence apply(Sentence s, @Nullable LocalDate published) {
    if (published == null || s.timexes().isEmpty()) return s;
    List<Timex> out = new ArrayList<>(s.timexes());
    boolean changed = false;
    for (int i = 0; i < out.size(); i++) {
      Timex t = out.get(i);
      Matcher v = MONTH_VALUE.matcher(t.value() == null ? "" : t.value());
      int after = t.endToken();
      if (!t.type().equals("DATE") || !v.matches() || !QUARTER_MONTH.matcher(t.text().strip()).matches()
          || after >= s.tokens().size() || !s.token(after).word().equalsIgnoreCase("quarter")) continue;
      int begin = t.beginToken();
      if (begin > 0 && s.token(begin - 1).word().equalsIgnoreCase("the")) begin--;
      int quarter = (Integer.parseInt(v.group(1)) + 2) / 3;
      out.set(i, new Timex(TimexForms.words(s, begin, after + 1), begin, after + 1, "DATE", published.getYear() + "-Q" + quarter));
      if (i + 1 < out.size() && out.get(i + 1).beginToken() == after) out.remove(i + 1); // SUTime's valueless "quarter"
      changed = true;
    }
    return changed ? s.withTimexes(out) : s;
  }
}
