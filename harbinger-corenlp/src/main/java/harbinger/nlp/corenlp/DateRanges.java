package harbinger.nlp.corenlp;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The end of a range of dates does not come before its start: "between Dec. 20 and Jan. 6" written in December 2013
 * ends on 6 January 2014, where SUTime, reading each month alone, puts it in the publication year. Only for an end
 * written without a year, after "between ... and", "from ... to" or a start joined by "to", "through", "until" or a
 * dash. Pure functions over the mapped records.
 */
final class DateRanges {
  private DateRanges() {}

  private static final Pattern DAY_OR_MONTH = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");
  private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b\\d{4}\\b|['’]\\d{2}\\b");

  /** The sentence with range ends moved past their starts, or {@code s} itself. */
  static Sentence apply(Sentence s) {
    List<Timex> out = new ArrayList<>(s.timexes());
    boolean changed = false;
    for (int i = 1; i < out.size(); i++) {
      Timex start = out.get(i - 1);
      Timex end = out.get(i);
      if (start.value() == null || end.value() == null || !DAY_OR_MONTH.matcher(start.value()).matches()
          || !DAY_OR_MONTH.matcher(end.value()).matches() || WRITTEN_YEAR.matcher(end.text()).find()
          || end.value().length() != start.value().length() || end.value().compareTo(start.value()) >= 0
          || !joined(s, start, end)) continue;
      String value = (Integer.parseInt(end.value().substring(0, 4)) + 1) + end.value().substring(4);
      if (value.compareTo(start.value()) <= 0) continue;
      out.set(i, new Timex(end.text(), end.beginToken(), end.endToken(), end.type(), value));
      changed = true;
    }
    return changed ? s.withTimexes(out) : s;
  }

  private static boolean joined(Sentence s, Timex start, Timex end) {
    if (end.beginToken() - start.endToken() != 1) return false;
    String between = s.token(start.endToken()).word().toLowerCase(Locale.ROOT);
    String before = start.beginToken() > 0 ? s.token(start.beginToken() - 1).word().toLowerCase(Locale.ROOT) : "";
    return between.matches("to|through|until|till|-|–|--") || between.equals("and") && before.equals("between");
  }
}
