package harbinger.nlp.corenlp;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words SUTime joins to a date that are not part of it (session 18). Pure functions.
 * <ul>
 *   <li>A verb before a relative season ("as temperatures fall this winter": SUTime's "fall this winter" = the
 *       fall): the season alone, with its own season code.</li>
 *   <li>A date without value ending in "since" and a year ("about a quarter since 2008", read with the fraction as
 *       one expression): the year alone.</li>
 * </ul>
 */
final class SpanTrims {
  private SpanTrims() {}

  private static final Pattern RELATIVE_SEASON = Pattern.compile("(?i)(?:this|next|last) (spring|summer|fall|autumn|winter)");
  private static final Pattern SEASON_VALUE = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
  private static final Pattern YEAR = Pattern.compile("1\\d{3}|20\\d{2}");

  /** {@code t} without the words that are not part of it, or {@code t} itself. */
  static Timex apply(Sentence s, Timex t) {
    if (!t.type().equals("DATE") || t.endToken() - t.beginToken() < 2) return t;
    int begin = t.beginToken();
    if (s.token(begin).pos().startsWith("VB") && t.value() != null) {
      Matcher v = SEASON_VALUE.matcher(t.value());
      Matcher w = RELATIVE_SEASON.matcher(TimexForms.words(s, begin + 1, t.endToken()));
      if (v.matches() && w.matches()) {
        String season = switch (w.group(1).toLowerCase(Locale.ROOT)) {
          case "spring" -> "SP";
          case "summer" -> "SU";
          case "winter" -> "WI";
          default -> "FA";
        };
        return new Timex(w.group(), begin + 1, t.endToken(), "DATE", v.group(1) + "-" + season);
      }
    }
    int last = t.endToken() - 1;
    if (t.value() == null && YEAR.matcher(s.token(last).word()).matches() && s.token(last - 1).word().equalsIgnoreCase("since")) {
      return new Timex(s.token(last).word(), last, last + 1, "DATE", s.token(last).word());
    }
    return t;
  }
}
