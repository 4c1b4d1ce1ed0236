package harbinger.nlp.corenlp;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bare clock times written before the "tomorrow" that dates them (session 23): "will run extra services between 7
 * a.m. and 11 p.m. tomorrow", "ferries will run from 6 a.m. to 11 p.m. starting tomorrow". SUTime and the anchoring
 * of {@link ClockTimes} look for a day before a clock time, so the first time of such a range stayed on the
 * publication day. A run of bare clock times joined only by range words ("between", "and", "to", "until", "from",
 * "starting", "beginning", a comma or dash) right before "tomorrow" takes tomorrow's day. Midnight keeps its own
 * reading ({@link ClockTimes#midnight}). Pure functions over the mapped records.
 */
final class ClocksBeforeTomorrow {
  private ClocksBeforeTomorrow() {}

  private static final Pattern TOMORROW = Pattern.compile("(?i)(?:.*\\s)?tomorrow"); // also "11 p.m. tomorrow"
  private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(.*)");
  private static final Set<String> RANGE_WORDS = Set.of("between", "and", "to", "until", "till", "through", "from",
      "starting", "beginning", ",", "-", "–");

  static List<Sentence> apply(List<Sentence> sentences) {
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) out.add(apply(s));
    return out;
  }

  static Sentence apply(Sentence s) {
    List<Timex> ts = new ArrayList<>(s.timexes());
    boolean changed = false;
    for (int i = 0; i < ts.size(); i++) {
      Timex day = ts.get(i);
      Matcher d = DAY.matcher(day.value() == null ? "" : day.value());
      if (!TOMORROW.matcher(day.text().strip()).matches() || !d.matches()) continue;
      int gapEnd = day.beginToken();
      for (int j = i - 1; j >= 0; j--) {
        Timex t = ts.get(j);
        if (!rangeWords(s, t.endToken(), gapEnd)) break;
        gapEnd = t.beginToken();
        if (t.value() == null && RANGE_WORDS.contains(t.text().strip().toLowerCase(java.util.Locale.ROOT))) continue; // SUTime's "to"
        Matcher c = DAY.matcher(t.value() == null ? "" : t.value());
        if (!ClockTimes.isBare(t) || !c.matches() || !c.group(2).startsWith("T") || t.text().toLowerCase(java.util.Locale.ROOT).contains("midnight")) break;
        if (!c.group(1).equals(d.group(1))) {
          ts.set(j, new Timex(t.text(), t.beginToken(), t.endToken(), t.type(), d.group(1) + c.group(2)));
          changed = true;
        }
      }
    }
    return changed ? s.withTimexes(ts) : s;
  }

  /** Are the tokens [from, to) range words only? */
  private static boolean rangeWords(Sentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!RANGE_WORDS.contains(s.token(k).word().toLowerCase(java.util.Locale.ROOT))) return false;
    }
    return true;
  }
}
