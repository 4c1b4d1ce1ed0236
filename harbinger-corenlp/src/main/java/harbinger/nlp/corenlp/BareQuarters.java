package harbinger.nlp.corenlp;

import harbinger.model.Timex;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "the first quarter" without a year (session 18). SUTime puts it in the next such quarter to come ("the economy
 * grew ... in the first quarter" written in August 2011: 2012-Q1); news means the publication year's, whose figures
 * are being reported, except that "the fourth quarter" written in January or February is last year's, so is a quarter not yet begun in a
 * past clause ("shrank in the fourth quarter" written in March), and a future
 * clause may look to next year's once this year's is over ("expects a recovery in the first quarter" in November).
 * Pure functions.
 */
final class BareQuarters {
  private BareQuarters() {}

  private static final Pattern BARE_QUARTER = Pattern.compile(
      "(?i)(?:the )?(first|second|third|fourth|march|june|september|december) quarter"); // "the June quarter": MonthQuarters
  private static final Pattern QUARTER_VALUE = Pattern.compile("\\d{4}-Q([1-4])");

  /** Is {@code t} a quarter named without a year, with a quarter value? */
  static boolean bare(Timex t) {
    return t.type().equals("DATE") && t.value() != null && BARE_QUARTER.matcher(t.text().strip()).matches()
        && QUARTER_VALUE.matcher(t.value()).matches();
  }

  /** The quarter's year by the publication date and the tense of its clause (-1, 0, +1). */
  static Timex resolve(Timex t, LocalDate published, int tense) {
    Matcher m = QUARTER_VALUE.matcher(t.value() == null ? "" : t.value());
    if (!bare(t) || !m.matches()) return t;
    int n = Integer.parseInt(m.group(1));
    int year = published.getYear();
    boolean over = published.getMonthValue() > 3 * n; // this year's quarter has ended
    if (n == 4 && published.getMonthValue() <= 2) year--; // the results season of the year just ended
    else if (tense < 0 && published.getMonthValue() <= 3 * (n - 1)) year--; // "shrank in the fourth quarter" in March
    else if (tense > 0 && over) year++;
    String value = year + "-Q" + n;
    return value.equals(t.value()) ? t : new Timex(t.text(), t.beginToken(), t.endToken(), t.type(), value);
  }
}
