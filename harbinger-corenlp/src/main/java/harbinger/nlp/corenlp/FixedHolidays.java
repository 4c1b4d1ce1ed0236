package harbinger.nlp.corenlp;

import harbinger.data.DataFile;
import harbinger.data.DataLine;
import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * National and fixed days that SUTime does not know ("Bastille Day", "Australia Day", "Boxing Day", "St Andrew's
 * Day", "Remembrance Sunday", "Earth Day", "Election Day", national days such as "Independence Day" that hold only
 * for a story of their country (a third column; {@link StoryCountries}), and days counted from Easter: "Palm Sunday", "Maundy Thursday", "Easter Monday", "Pentecost"), read from {@code fixed-holidays.tsv} and added as DATEs on the occurrence nearest to publication
 * in place of what SUTime made of their words; NamedDays then moves the year by the clause's tense as for every holiday.
 * The table is validated at load with {@code file:line} errors. Immutable.
 */
final class FixedHolidays {
  /** One row: the tokens of the name, and either a month and day or the nth weekday of a month. */
  record Holiday(List<String> words, int month, int day, int nth, DayOfWeek weekday, String country) {
    LocalDate in(int year) {
      if (nth == EASTER) return EasterDates.western(year).plusDays(day); // "E-7": Palm Sunday
      if (nth < 0) return LocalDate.of(year, month, day).with(TemporalAdjusters.nextOrSame(weekday)); // "TUE>=11-02"
      return nth == 0 ? LocalDate.of(year, month, day)
          : LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, weekday));
    }
  }

  static final String RESOURCE = "/harbinger/nlp/corenlp/fixed-holidays.tsv";
  private static final Pattern FIXED = Pattern.compile("(\\d{2})-(\\d{2})");
  private static final Pattern NTH = Pattern.compile("([1-5])-(MON|TUE|WED|THU|FRI|SAT|SUN)-(\\d{2})");
  /** The first such weekday on or after a date: "TUE>=11-02", the US Election Day (the Tuesday after the first Monday). */
  /** Days from western Easter Sunday: "E-7" Palm Sunday, "E+1" Easter Monday. */
  private static final Pattern FROM_EASTER = Pattern.compile("E([+-]\\d{1,2})");
  private static final int EASTER = -2;
  private static final Pattern ON_OR_AFTER = Pattern.compile("(MON|TUE|WED|THU|FRI|SAT|SUN)>=(\\d{2})-(\\d{2})");
  private static final List<Holiday> TABLE = parse(DataFile.readResource(RESOURCE));

  private FixedHolidays() {}

  /**
   * @throws harbinger.error.DictionaryException on a missing column, a bad day form or an impossible date
   */
  static List<Holiday> parse(List<DataLine> lines) {
    List<Holiday> out = new ArrayList<>();
    for (DataLine line : lines) {
      if (line.fields().size() != 2 && line.fields().size() != 3) {
        throw line.error("expected 2 or 3 columns (words, day[, country]), got " + line.fields().size());
      }
      List<String> words = Arrays.asList(line.expectField(0, "words").split(" +"));
      String day = line.expectField(1, "day");
      String country = line.fields().size() == 3 ? line.expectField(2, "country") : "";
      if (!country.isEmpty() && !StoryCountries.known(country)) throw line.error("country '" + country + "' has no row in "
          + StoryCountries.RESOURCE);
      Matcher f = FIXED.matcher(day);
      Matcher n = NTH.matcher(day);
      Holiday h;
      if (f.matches()) h = new Holiday(words, Integer.parseInt(f.group(1)), Integer.parseInt(f.group(2)), 0, DayOfWeek.MONDAY, country);
      else if (n.matches()) h = new Holiday(words, Integer.parseInt(n.group(3)), 1, Integer.parseInt(n.group(1)), weekday(n.group(2)), country);
      else if (FROM_EASTER.matcher(day).matches()) {
        Matcher e = FROM_EASTER.matcher(day);
        e.matches();
        h = new Holiday(words, 0, Integer.parseInt(e.group(1)), EASTER, DayOfWeek.SUNDAY, country);
      } else if (ON_OR_AFTER.matcher(day).matches()) {
        Matcher a = ON_OR_AFTER.matcher(day);
        a.matches();
        h = new Holiday(words, Integer.parseInt(a.group(2)), Integer.parseInt(a.group(3)), -1, weekday(a.group(1)), country);
      } else throw line.error("day '" + day + "' is neither MM-DD, N-DOW-MM, DOW>=MM-DD nor E+N");
      try {
        h.in(2000);
      } catch (DateTimeException e) {
        throw line.error("day '" + day + "' is no date: " + e.getMessage());
      }
      out.add(h);
    }
    return List.copyOf(out);
  }

  private static DayOfWeek weekday(String abbreviation) {
    for (DayOfWeek d : DayOfWeek.values()) if (d.name().startsWith(abbreviation)) return d;
    throw new IllegalArgumentException(abbreviation);
  }

  /**
   * Adds every listed day the sentence names to {@code out}, replacing what overlaps it; true if one was added. Rows
   * of a country count only in a story of that country ({@code country}, "" unknown: no such row counts), which is
   * asked for only when such a row's words are found.
   */
  static boolean add(Sentence s, List<Timex> out, LocalDate published, java.util.function.Supplier<String> country) {
    boolean changed = false;
    for (int i = 0; i < s.tokens().size(); i++) {
      for (Holiday h : TABLE) {
        // the story's country is asked for only when a national day's words are found (StoryCountries scans the text)
        if (!matchesAt(s, i, h.words()) || !h.country().isEmpty() && !h.country().equals(country.get())) continue;
        NamedDays.replace(s, out, i, i + h.words().size(), nearest(h, published), published);
        changed = true;
        break;
      }
    }
    return changed;
  }

  /** The day of {@code h} nearest to publication: "Boxing Day" written in January is last December's. */
  static LocalDate nearest(Holiday h, LocalDate published) {
    LocalDate best = h.in(published.getYear());
    for (int year = published.getYear() - 1; year <= published.getYear() + 1; year += 2) {
      LocalDate d = h.in(year);
      if (Math.abs(d.toEpochDay() - published.toEpochDay()) < Math.abs(best.toEpochDay() - published.toEpochDay())) best = d;
    }
    return best;
  }

  private static boolean matchesAt(Sentence s, int i, List<String> words) {
    if (i + words.size() > s.tokens().size()) return false;
    for (int k = 0; k < words.size(); k++) {
      if (!s.token(i + k).word().replace('’', '\'').equals(words.get(k))) return false;
    }
    return true;
  }
}
