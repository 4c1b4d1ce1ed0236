package harbinger.nlp.corenlp;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clock order within a sentence, for {@link ClockTimes#anchor} (session 21): a bare clock time that follows, in a
 * later clause, a clock time written with a named day and is earlier on the clock ("had crossed the border at 9 p.m.
 * on Monday, and the main force followed at 6 a.m.") lies past that day's midnight, unless it looks back ("after
 * leaving at 6 a.m.", "since 6 a.m."). Pure functions.
 */
final class LaterClocks {
  private LaterClocks() {}

  private static final Pattern CLOCK = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T(\\d{2}):(\\d{2})");

  /** Is the clock of {@code t} earlier than that of {@code value} ("2010-06-30T21:00")? False when either has no clock. */
  static boolean earlier(Timex t, String value) {
    Matcher a = CLOCK.matcher(t.value() == null ? "" : t.value());
    Matcher b = CLOCK.matcher(value == null ? "" : value);
    if (!a.matches() || !b.matches()) return false;
    return Integer.parseInt(a.group(1)) * 60 + Integer.parseInt(a.group(2)) < Integer.parseInt(b.group(1)) * 60 + Integer.parseInt(b.group(2));
  }

  /** Does a word before the clock time look back from the clause ("after", "before", "since", "from", "until")? */
  static boolean lookingBack(Sentence s, Timex t) {
    for (int i = t.beginToken() - 1; i >= 0 && i >= t.beginToken() - 3; i--) {
      if (s.token(i).word().matches("(?i)after|before|since|from|until|till|earlier|having")) return true;
    }
    return false;
  }
}
