package harbinger.nlp.corenlp;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Time expressions SUTime joins into one mention and leaves without a value, separated again, before
 * {@link TimexForms} and {@link TenseDates} see them. Pure functions over the mapped records. SUTime still writes the
 * date it understood into the tokens' normalised tag ("2013-09-12-WXX-4TEV INTERSECT PT3H", "THIS P1D INTERSECT
 * 1996-10-08"), so the value is taken from there.
 * <ul>
 *   <li>A date and an apposition naming the same day, "Oct. 8, 1996, the same day" or "last Monday, the last day":
 *       the date alone, and "the same day" as a second expression of the same value.</li>
 *   <li>"the early hours of Sunday" (also "small", "wee"): the early morning of that day, {@code ...TMO}.</li>
 *   <li>A duration before a date, "for three hours Thursday evening", "for a second day Friday": the date words
 *       after the duration, with a part of day that SUTime left as a mention of its own ("evening") joined to it.</li>
 *   <li>"the second half of" and "the third quarter of" cut off from the year after them ("the second half of the
 *       year"): one expression, the year's half or quarter ({@code 2013-H2}, {@code 2013-Q3}).</li>
 * </ul>
 */
final class MergedDates {
  private MergedDates() {}

  /** A day, month or year that SUTime wrote inside a compound value, with an optional part of day or clock time. */
  private static final Pattern DATE_PART = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2})(?:-WXX-\\d)?(T(?:MO|AF|EV|NI|\\d{2}:\\d{2}))?|(\\d{4}(?:-\\d{2})?)");
  private static final Pattern DAY_WORD = Pattern.compile(
      "(?i).*\\b((mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
          + "|january|february|march|april|june|july|august|september|october|november|december)\\b.*");
  private static final Pattern SAME_DAY = Pattern.compile("(?i)the same (day|date)");
  private static final Pattern EARLY_HOURS = Pattern.compile("(?i)the (early|small|wee) hours of .+");
  private static final Pattern UNIT = Pattern.compile("(?i)(second|minute|hour|day|week|month|year)s?");
  private static final Pattern PART_OF_DAY = Pattern.compile("(?i)morning|afternoon|evening|night");
  private static final Pattern PART_OF_YEAR = Pattern.compile("(?i)(?:the )?(first|second|third|fourth) (half|quarter) of");

  /** The sentence with merged mentions separated, or {@code s} itself when there is none. */
  static Sentence apply(Sentence s) {
    s = TimexPairs.join(s, MergedDates::partOfYear);
    List<Timex> in = s.timexes();
    List<Timex> out = new ArrayList<>(in.size());
    boolean changed = false;
    for (int i = 0; i < in.size(); i++) {
      Timex t = in.get(i);
      Timex next = i + 1 < in.size() ? in.get(i + 1) : null;
      List<Timex> split = t.value() == null && t.type().matches("DATE|TIME") ? split(s, t, next) : List.of();
      if (split.isEmpty()) {
        out.add(t);
        continue;
      }
      out.addAll(split);
      changed = true;
      if (next != null && split.get(split.size() - 1).endToken() >= next.endToken()) i++; // the part of day joined
    }
    if (!changed) return s;
    out.sort(Comparator.comparingInt(Timex::beginToken).thenComparingInt(Timex::endToken));
    return s.withTimexes(out);
  }

  /** "the second half of" + "the year" (2013) as {@code 2013-H2}; null when the two are not such a pair. */
  private static @Nullable Timex partOfYear(Sentence s, Timex t, Timex next) {
    Matcher m = PART_OF_YEAR.matcher(t.text().strip());
    if (t.value() != null || !m.matches() || next.value() == null || !next.value().matches("\\d{4}")) return null;
    boolean half = m.group(2).equalsIgnoreCase("half");
    int n = List.of("first", "second", "third", "fourth").indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1;
    if (half && n > 2) return null;
    return new Timex(s.words(t.beginToken(), next.endToken()), t.beginToken(), next.endToken(), "DATE",
        next.value() + (half ? "-H" : "-Q") + n);
  }

  private static List<Timex> split(Sentence s, Timex t, @Nullable Timex next) {
    String normalized = s.token(t.endToken() - 1).normalized();
    if (normalized == null || !normalized.contains("INTERSECT")) return List.of();
    String day = null;
    String clock = null;
    for (String part : normalized.strip().split(" ")) {
      Matcher m = DATE_PART.matcher(part);
      if (!m.matches()) continue;
      day = m.group(1) != null ? m.group(1) : m.group(3);
      clock = m.group(2);
      break;
    }
    if (day == null) return List.of();
    String text = t.text().strip();
    if (EARLY_HOURS.matcher(text).matches() && day.length() == 10) {
      return List.of(new Timex(t.text(), t.beginToken(), t.endToken(), "TIME", day + "TMO"));
    }
    int comma = appositionComma(s, t);
    if (comma > t.beginToken() && DAY_WORD.matcher(s.words(t.beginToken(), comma)).matches()) {
      String value = day + (clock == null ? "" : clock);
      Timex first = new Timex(s.words(t.beginToken(), comma), t.beginToken(), comma, clock == null ? "DATE" : "TIME", value);
      String rest = s.words(comma + 1, t.endToken());
      if (!SAME_DAY.matcher(rest).matches()) return List.of(first);
      return List.of(first, new Timex(rest, comma + 1, t.endToken(), first.type(), value));
    }
    return afterDuration(s, t, next, day, clock);
  }

  /** The comma before "the" inside the mention ("Oct. 8, 1996, the same day"), or -1. */
  private static int appositionComma(Sentence s, Timex t) {
    for (int i = t.endToken() - 2; i > t.beginToken(); i--) {
      if (s.token(i).word().equals(",") && s.token(i + 1).word().equalsIgnoreCase("the")) return i;
    }
    return -1;
  }

  /** "three hours Thursday" (+ "evening"): the date words after the duration's unit. */
  private static List<Timex> afterDuration(Sentence s, Timex t, @Nullable Timex next, String day, @Nullable String clock) {
    int begin = t.beginToken();
    while (begin < t.endToken() && !UNIT.matcher(s.token(begin).word()).matches()) begin++;
    begin++;
    while (begin < t.endToken() && s.token(begin).pos().matches("IN|TO")) begin++;
    if (begin >= t.endToken() || !DAY_WORD.matcher(s.words(begin, t.endToken())).matches()) return List.of();
    int end = t.endToken();
    boolean joined = next != null && next.beginToken() == end && next.value() == null && next.endToken() == end + 1
        && PART_OF_DAY.matcher(next.text().strip()).matches();
    if (joined) end++;
    if (clock == null && !joined) return List.of(new Timex(s.words(begin, end), begin, end, "DATE", day));
    String value = day + (clock != null ? clock : partOfDay(next.text()));
    return List.of(new Timex(s.words(begin, end), begin, end, "TIME", value));
  }

  private static String partOfDay(String word) {
    return switch (word.strip().toLowerCase(Locale.ROOT)) {
      case "morning" -> "TMO";
      case "afternoon" -> "TAF";
      case "evening" -> "TEV";
      default -> "TNI";
    };
  }
}
