package harbinger.nlp.corenlp;

import harbinger.model.Dependency;
import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Months without a year whose year their frame gives rather than their clause's tense (session 22):
 * <ul>
 *   <li>a month under a sentence-opening year ("Last year, a storm flooded the region in late August", "In 2009, ... in
 *       February and again in late April") is in that year, unless its clause looks ahead;</li>
 *   <li>a month that names the period of data ("inflation figures for May, due on Tuesday", "State figures for
 *       September, released last week") is the latest such month before publication;</li>
 *   <li>a month that names what is booked ("hoteliers reported cancellations for August and September", "strong
 *       bookings for June") is the coming one, whatever the tense of the reporting.</li>
 * </ul>
 * Pure functions over the mapped records.
 */
final class MonthFrames {
  private MonthFrames() {}

  private static final Pattern BARE_MONTH = Pattern.compile("(?i)(?:(?:early|late|mid|mid-)\\s?)?(jan|feb|mar|apr|may|jun|jul|"
      + "aug|sep|sept|oct|nov|dec)[a-z]*\\.?");
  private static final Pattern MONTH_VALUE = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR_VALUE = Pattern.compile("\\d{4}");
  /** Nouns of data a month is the period of ("figures for May"). */
  private static final Set<String> DATA = Set.of("figure", "figures", "data", "statistic", "statistics", "number", "numbers",
      "payroll", "payrolls", "reading", "readings", "survey");
  /** Nouns of what is booked for a month ahead ("bookings for August"). */
  private static final Set<String> BOOKED = Set.of("booking", "bookings", "cancellation", "cancellations", "reservation",
      "reservations");

  /** The sentence with its framed months given their years, or {@code s} itself when none changes. */
  static Sentence apply(Sentence s, @Nullable LocalDate published) {
    if (published == null || s.dependencies().isEmpty() || s.timexes().isEmpty()) return s;
    Timex frame = openingYear(s);
    List<Timex> out = new ArrayList<>(s.timexes());
    boolean changed = false;
    for (int i = 0; i < out.size(); i++) {
      Timex t = out.get(i);
      Timex season = bookedSeason(s, t, published);
      if (season != t) {
        out.set(i, season);
        changed = true;
        continue;
      }
      Matcher v = MONTH_VALUE.matcher(t.value() == null ? "" : t.value());
      if (!t.type().equals("DATE") || !v.matches() || !BARE_MONTH.matcher(t.text().strip()).matches()) continue;
      int month = Integer.parseInt(v.group(2));
      int year = Integer.parseInt(v.group(1));
      String noun = nounFor(s, t);
      int want = year;
      if (noun != null && DATA.contains(noun)) want = published.getYear() - (month < published.getMonthValue() ? 0 : 1);
      else if (noun != null && BOOKED.contains(noun)) want = published.getYear() + (month >= published.getMonthValue() ? 0 : 1);
      else if (frame != null && frame.endToken() <= t.beginToken() && ClauseTense.tense(s, t) <= 0) want = Integer.parseInt(frame.value());
      if (want == year) continue;
      out.set(i, new Timex(t.text(), t.beginToken(), t.endToken(), t.type(), String.format(Locale.ROOT, "%04d-%02d", want, month)));
      changed = true;
    }
    return changed ? s.withTimexes(out) : s;
  }

  private static final Pattern BARE_SEASON = Pattern.compile("(?i)(?:the )?(?:early |late )?(?:spring|summer|autumn|fall|winter)");
  private static final Pattern SEASON_VALUE = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");

  /**
   * A season that names what is booked ("bookings for the summer had held up", session 23) is the coming one, or the
   * one under way, whatever the tense of the reporting, as for months of bookings.
   */
  private static Timex bookedSeason(Sentence s, Timex t, LocalDate published) {
    Matcher v = SEASON_VALUE.matcher(t.value() == null ? "" : t.value());
    if (!t.type().equals("DATE") || !v.matches() || !BARE_SEASON.matcher(t.text().strip()).matches()) return t;
    String noun = nounFor(s, t);
    if (noun == null || !BOOKED.contains(noun)) return t;
    int month = published.getMonthValue();
    int year = published.getYear();
    int want = switch (v.group(2)) {
      case "SP" -> month <= 5 ? year : year + 1;
      case "SU" -> month <= 8 ? year : year + 1;
      case "FA" -> month <= 11 ? year : year + 1;
      default -> month <= 2 ? year - 1 : year; // the winter that begins in December
    };
    if (want == Integer.parseInt(v.group(1))) return t;
    return new Timex(t.text(), t.beginToken(), t.endToken(), t.type(), want + "-" + v.group(2));
  }

  /** A past year that opens the sentence before a comma ("Last year,", "In 2009,"), or null. */
  private static @Nullable Timex openingYear(Sentence s) {
    Timex first = s.timexes().get(0);
    if (first.value() == null || !YEAR_VALUE.matcher(first.value()).matches() || first.beginToken() > 1
        || first.beginToken() == 1 && !s.token(0).word().equalsIgnoreCase("in")) return null;
    if (first.endToken() >= s.tokens().size() || !s.token(first.endToken()).word().equals(",")) return null;
    return first;
  }

  /** The noun a month is the "for" object of ("figures for May", "cancellations for August and September"), or null. */
  private static @Nullable String nounFor(Sentence s, Timex t) {
    int k = -1;
    for (int i = t.beginToken(); i < t.endToken() && k < 0; i++) {
      Dependency d = s.headOf(i);
      if (d != null && (d.governor() < t.beginToken() || d.governor() >= t.endToken())) k = i;
    }
    if (k < 0) return null;
    Dependency d = s.headOf(k);
    if (d.relation().equals("conj") && d.governor() >= 0 && s.token(d.governor()).ner().equals("DATE")) { // "August and September"
      k = d.governor();
      d = s.headOf(k);
      if (d == null) return null;
    }
    int forCase = -1;
    for (Dependency c : s.children(k)) {
      if (c.relation().equals("case") && s.token(c.dependent()).word().equalsIgnoreCase("for")) forCase = c.dependent();
    }
    if (forCase < 0 || d.governor() < 0 || !d.relation().matches("nmod|obl")) return null;
    String governor = s.token(d.governor()).word().toLowerCase(Locale.ROOT);
    if (DATA.contains(governor) || BOOKED.contains(governor)) return governor; // also "figures" tagged as a verb
    // the parser may hang the month on the verb: "reported cancellations for August", the object right before "for"
    for (Dependency c : s.children(d.governor())) {
      if (c.relation().equals("obj") && c.dependent() == forCase - 1) return s.token(c.dependent()).word().toLowerCase(Locale.ROOT);
    }
    return null;
  }
}
