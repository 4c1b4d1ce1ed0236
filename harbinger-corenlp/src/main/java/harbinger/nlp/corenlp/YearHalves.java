package harbinger.nlp.corenlp;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "The first half" or "the second half" written alone ("sales fell in the first half", "growth should pick up in
 * the second half"), which SUTime leaves untagged or without value: a half of the publication year, moved by the
 * tense of its clause ({@link ClauseTense#tense}) as bare months are ({@link TenseDates}) — a past clause cannot
 * speak of a half that starts after publication (the year before), a future one of a half already over (the year
 * after). "The first half of ..." is left to {@link MergedDates} and {@link DayPhrases#halfYear}; halves of a game
 * ("scored in the second half", "the coach said his players were too slow in the first half") are no dates,
 * so a sentence with a word of play or of a team keeps none. Pure functions.
 */
final class YearHalves {
  private YearHalves() {}

  private static final Pattern PLAY = Pattern.compile(
      "(?i)goals?|scored?|scoring|match|game|halftime|half-time|innings|inning|quarterback|touchdowns?|penalty|striker|kick|whistle|minutes?"
          + "|coach(es)?|players?|teams?|squad|referee");

  /** The sentence with its bare halves valued against {@code published}, or {@code s} itself. */
  static Sentence apply(Sentence s, LocalDate published) {
    List<Timex> out = new ArrayList<>(s.timexes());
    boolean changed = false;
    for (int i = 1; i < s.tokens().size(); i++) {
      String w = s.token(i).word().toLowerCase(Locale.ROOT);
      if (!w.equals("half") || !s.token(i - 1).word().toLowerCase(Locale.ROOT).matches("first|second")) continue;
      if (i + 1 < s.tokens().size() && s.token(i + 1).word().toLowerCase(Locale.ROOT).matches("of|-|century|decade|dozen|hour")) continue;
      int begin = i >= 2 && s.token(i - 2).word().equalsIgnoreCase("the") ? i - 2 : i - 1;
      int end = i + 1;
      Timex old = null;
      for (Timex t : s.timexes()) if (t.beginToken() < end && begin < t.endToken()) old = t;
      if (old != null && (old.value() != null || old.beginToken() < begin - 1 || old.endToken() > end)) continue;
      if (playing(s)) return s;
      boolean first = s.token(i - 1).word().equalsIgnoreCase("first");
      Timex bare = new Timex(words(s, begin, end), begin, end, "DATE", null);
      int year = published.getYear();
      int tense = ClauseTense.tense(s, bare);
      boolean publishedInFirst = published.getMonthValue() <= 6;
      if (tense < 0 && !first && publishedInFirst) year--;
      if (tense > 0 && first && !publishedInFirst) year++;
      if (old != null) out.remove(old);
      out.add(new Timex(bare.text(), begin, end, "DATE", year + (first ? "-H1" : "-H2")));
      changed = true;
    }
    if (!changed) return s;
    out.sort(Comparator.comparingInt(Timex::beginToken).thenComparingInt(Timex::endToken));
    return s.withTimexes(out);
  }

  private static boolean playing(Sentence s) {
    for (int i = 0; i < s.tokens().size(); i++) if (PLAY.matcher(s.token(i).word()).matches()) return true;
    return false;
  }

  private static String words(Sentence s, int begin, int end) {
    int from = s.token(begin).begin() - s.begin();
    int to = s.token(end - 1).end() - s.begin();
    return s.text().substring(from, to);
  }
}
