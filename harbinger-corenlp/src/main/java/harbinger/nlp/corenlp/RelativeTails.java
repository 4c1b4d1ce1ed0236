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
 * A day, night or week counted from publication at the end of a time expression SUTime left without a value, because
 * it took the words before it in ("its best day in a year yesterday", "several days last week", "services of
 * thanksgiving this morning") or could not place it ("last night"): the expression becomes that tail alone, valued
 * from the publication date ("yesterday" the day before, "last night" the night before, "this morning" the morning of
 * publication, "last week" the ISO week before). Expressions with a value are left alone. Pure function.
 */
final class RelativeTails {
  private RelativeTails() {}

  private static final Pattern TAIL = Pattern.compile("(?i)(?:^|.*?\\s)(yesterday|today|tomorrow|tonight|last night|"
      + "this (?:morning|afternoon|evening)|(?:last|this|next) (?:week|month|year))$");

  static Sentence apply(Sentence s, @Nullable LocalDate published) {
    if (published == null || s.timexes().isEmpty()) return s;
    List<Timex> out = new ArrayList<>(s.timexes().size());
    boolean changed = false;
    for (Timex t : s.timexes()) {
      Timex tail = t.value() == null && t.type().matches("DATE|TIME") ? tail(t, published) : null;
      out.add(tail == null ? t : tail);
      changed |= tail != null;
    }
    return changed ? s.withTimexes(out) : s;
  }

  private static @Nullable Timex tail(Timex t, LocalDate published) {
    Matcher m = TAIL.matcher(t.text().strip());
    if (!m.matches()) return null;
    String words = m.group(1);
    int count = words.split("\\s+").length;
    if (t.endToken() - count < t.beginToken()) return null;
    String w = words.toLowerCase(Locale.ROOT);
    String value;
    String type = "DATE";
    switch (w) {
      case "yesterday" -> value = published.minusDays(1).toString();
      case "today" -> value = published.toString();
      case "tomorrow" -> value = published.plusDays(1).toString();
      case "tonight" -> { value = published + "TNI"; type = "TIME"; }
      case "last night" -> { value = published.minusDays(1) + "TNI"; type = "TIME"; }
      case "this morning" -> { value = published + "TMO"; type = "TIME"; }
      case "this afternoon" -> { value = published + "TAF"; type = "TIME"; }
      case "this evening" -> { value = published + "TEV"; type = "TIME"; }
      default -> value = counted(w, published);
    }
    return new Timex(words, t.endToken() - count, t.endToken(), type, value);
  }

  /** "last week", "this month", "next year" counted from publication. */
  private static String counted(String w, LocalDate published) {
    int step = w.startsWith("last") ? -1 : w.startsWith("next") ? 1 : 0;
    if (w.endsWith("week")) {
      LocalDate d = published.plusWeeks(step);
      return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
    if (w.endsWith("month")) return published.plusMonths(step).toString().substring(0, 7);
    return String.valueOf(published.getYear() + step);
  }
}
