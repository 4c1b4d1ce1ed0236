package harbinger.nlp.corenlp;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clock times SUTime does not read: the dotted form of British and Australian wire copy ("3.30pm", "at 11.59pm on
 * Wednesday", "7.45 a.m."), and the four-digit form of market reports ("by 1430 GMT", which SUTime takes for the year
 * 1430). Each becomes a TIME on the publication day, as SUTime places a bare clock time; {@link ClockTimes} then
 * moves it to the day the story names. Pure functions over the mapped records.
 */
final class DottedClocks {
  private DottedClocks() {}

  private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{2})");
  private static final Pattern DOTTED_JOINED = Pattern.compile("(?i)(\\d{1,2})\\.(\\d{2})(am|pm)");
  private static final Pattern MERIDIEM = Pattern.compile("(?i)am|pm|a\\.m\\.?|p\\.m\\.?");
  private static final Pattern FOUR_DIGITS = Pattern.compile("([01]\\d|2[0-3])([0-5]\\d)");
  private static final Pattern ZONE = Pattern.compile("GMT|UTC|GMT\\.|UTC\\.");

  /** Adds the dotted clock times of {@code s} not already in {@code out}; true when one was added. */
  static boolean add(Sentence s, List<Timex> out, LocalDate published) {
    boolean added = false;
    for (int i = 0; i < s.tokens().size(); i++) {
      if (TimexForms.covered(out, i)) continue;
      String word = s.token(i).word();
      Matcher joined = DOTTED_JOINED.matcher(word);
      Matcher dotted = DOTTED.matcher(word);
      int end;
      String hour;
      String minute;
      String half;
      if (joined.matches()) {
        end = i + 1;
        hour = joined.group(1);
        minute = joined.group(2);
        half = joined.group(3);
      } else if (dotted.matches() && i + 1 < s.tokens().size() && MERIDIEM.matcher(s.token(i + 1).word()).matches()
          && s.token(i + 1).begin() - s.token(i).end() <= 1 && !TimexForms.covered(out, i + 1)) {
        end = i + 2;
        hour = dotted.group(1);
        minute = dotted.group(2);
        half = s.token(i + 1).word();
      } else {
        continue;
      }
      String value = value(Integer.parseInt(hour), Integer.parseInt(minute), half.toLowerCase(Locale.ROOT).startsWith("p"));
      if (value == null) continue;
      out.add(new Timex(TimexForms.words(s, i, end), i, end, "TIME", published + value));
      added = true;
    }
    return added;
  }

  /** The dotted clock time alone or after a word of approximation, with the sentence's full stop ("about 11.20pm."). */
  private static final Pattern DOTTED_TEXT = Pattern.compile(
      "(?i)(?:(?:about|around|approximately|roughly|shortly|just|after|before|at|by|until) )*(\\d{1,2})\\.(\\d{2}) ?(am|pm|a\\.m\\.?|p\\.m\\.?)\\.?");

  /**
   * A dotted clock time SUTime tagged as a TIME but left without value ("2.15 p.m.", "1.15 a.m") or with the minutes
   * read as the hour ("7.20am" as 20:00, "10.15am" as 15:00, "7.05am" as 05:00, "about 11.20pm." as 20:00): its clock time on the publication
   * day, as {@link #add} gives the ones SUTime leaves untagged.
   */
  static Timex valued(Timex t, LocalDate published) {
    if (!t.type().equals("TIME")) return t;
    Matcher m = DOTTED_TEXT.matcher(t.text().strip());
    if (!m.matches()) return t;
    String value = value(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3).toLowerCase(Locale.ROOT).startsWith("p"));
    if (value == null || t.value() != null && t.value().endsWith(value)) return t;
    return new Timex(t.text(), t.beginToken(), t.endToken(), "TIME", published + value);
  }

  /** "1430 GMT", which SUTime reads as the year 1430, as the clock time 14:30 of the publication day. */
  static Timex gmt(Sentence s, Timex t, LocalDate published) {
    Matcher m = FOUR_DIGITS.matcher(t.text().strip());
    if (!m.matches() || t.endToken() >= s.tokens().size() || !ZONE.matcher(s.token(t.endToken()).word()).matches()) return t;
    return new Timex(TimexForms.words(s, t.beginToken(), t.endToken() + 1), t.beginToken(), t.endToken() + 1, "TIME",
        published + "T" + m.group(1) + ":" + m.group(2));
  }

  private static @org.jspecify.annotations.Nullable String value(int hour, int minute, boolean pm) {
    if (hour < 1 || hour > 12 || minute > 59) return null;
    int h = pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
    return String.format(Locale.ROOT, "T%02d:%02d", h, minute);
  }
}
