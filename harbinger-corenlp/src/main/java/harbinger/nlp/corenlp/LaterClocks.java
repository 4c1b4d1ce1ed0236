package harbinger.nlp.corenlp;

import harbinger.model.Dependency;
import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Clock order within a sentence, for {@link ClockTimes#anchor} (session 21): a bare clock time that follows, in a
 * later clause, a clock time written with a named day and is earlier on the clock ("had crossed the border at 9 p.m.
 * on Monday, and the main force followed at 6 a.m.") lies past that day's midnight, unless it looks back ("after
 * leaving at 6 a.m.", "since 6 a.m."). The same holds across a run of clock times, within a sentence and into the
 * next one while it stays on the day carried from the sentence before ({@link #onward}): "a summit that began at 4 p.m.
 * on Sunday and ended shortly before 9 a.m.", "The first result came at 10:48pm, and the party passed ... shortly
 * after 11:30am" after "Polls closed at 10pm on Thursday" (session 22); not in a pluperfect clause, which may step
 * back ("Police arrived at 10 p.m. The shooting had begun at 9 p.m."). Pure functions.
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

  /**
   * Does a word before the clock time look back from the clause ("since", "from", "until", "after leaving")? "before"
   * and "after" right before the time ("ended shortly before 9 a.m.") only bound the clause's own moment.
   */
  static boolean lookingBack(Sentence s, Timex t) {
    boolean gerund = false;
    for (int i = t.beginToken() - 1; i >= 0 && i >= t.beginToken() - 3; i--) {
      String w = s.token(i).word();
      if (w.matches("(?i)since|from|until|till|earlier|having")) return true;
      if (w.matches("(?i)after|before") && gerund) return true;
      if (s.token(i).pos().equals("VBG")) gerund = true;
    }
    return false;
  }

  private static final Pattern DAY_CLOCK = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(\\d{2}):(\\d{2})");

  /**
   * The day a clock time {@code t}, placed on the day it was anchored to, lies on in a run whose latest clock time is
   * {@code chain} ("2015-07-12T16:00"): the chain's day when it is not earlier on the clock, the day after when it is a
   * morning after an afternoon or night; null when {@code t} is not on the chain's day or the day before it, or already later than the chain.
   */
  static @Nullable String onward(Timex t, @Nullable String chain) {
    Matcher a = DAY_CLOCK.matcher(t.value() == null ? "" : t.value());
    Matcher c = DAY_CLOCK.matcher(chain == null ? "" : chain);
    if (!a.matches() || !c.matches()) return null;
    LocalDate day = LocalDate.parse(a.group(1));
    LocalDate chainDay = LocalDate.parse(c.group(1));
    int clock = Integer.parseInt(a.group(2)) * 60 + Integer.parseInt(a.group(3));
    int chainClock = Integer.parseInt(c.group(2)) * 60 + Integer.parseInt(c.group(3));
    // only an afternoon or night followed by a morning crosses midnight: "lost contact at 8:59 a.m." after "broke apart
    // before 9 a.m." steps back in the same morning
    if (day.equals(chainDay)) return clock < chainClock && chainClock >= 15 * 60 && clock < 12 * 60 ? chainDay.plusDays(1).toString() : null;
    if (day.plusDays(1).equals(chainDay)) return (clock < chainClock ? chainDay.plusDays(1) : chainDay).toString();
    return null;
  }

  /** Is the clock time a gloss in brackets of the one before it ("at 4:14 p.m. (1414 GMT)")? */
  static boolean glossed(Sentence s, Timex t) {
    return t.beginToken() > 0 && s.token(t.beginToken() - 1).word().matches("\\(|-LRB-");
  }

  /** Is the clock time in a pluperfect clause ("the shooting had begun at 9 p.m.")? */
  static boolean pluperfect(Sentence s, Timex t) {
    int k = t.beginToken();
    for (int steps = 0; k >= 0 && !s.token(k).isVerb() && steps < 4; steps++) {
      Dependency d = s.headOf(k);
      k = d == null ? -1 : d.governor();
    }
    if (k < 0) return false;
    for (Dependency c : s.children(k)) {
      if (c.relation().startsWith("aux") && s.token(c.dependent()).word().equalsIgnoreCase("had")) return true;
    }
    return false;
  }
}
