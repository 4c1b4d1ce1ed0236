package harbinger.nlp.corenlp;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Days, parts of day and long spans that SUTime leaves without a value or gives a value TimeML writes otherwise,
 * over the mapped records of one sentence. Pure functions.
 * <ul>
 *   <li>Holidays SUTime does not know: "Black Friday" (the day after Thanksgiving), "Cyber Monday" (the Monday
 *       after it), "Presidents' Day" (the third Monday of February), "Veterans Day" (also Armistice or Remembrance
 *       Day: 11 November), "Orthodox Christmas" (7 January), "Orthodox Easter" ({@link EasterDates#orthodox}),
 *       "Columbus Day" (the second Monday of October), and the fixed days of {@link FixedHolidays};
 *       Thanksgiving, Christmas or Halloween alone in "the
 *       weeks before Thanksgiving" (SUTime: one expression of the whole); and the year of every holiday by the tense of
 *       its clause, as for seasons: "rises to $8 on New Year's Day" written in December is next year's, "after
 *       Memorial Day" in a past clause is this year's, but one within a month ahead that bounds the clause ("in the
 *       final days before Christmas") stays ahead.</li>
 *   <li>"dawn", "daybreak", "first light" are the morning (TMO) of their day, "dusk", "nightfall", "sunset" its
 *       evening (TEV): SUTime gives the day alone, a DATE.</li>
 *   <li>"80 years ago today", "a century ago today": that many years before the publication day.</li>
 *   <li>"the first decade of the 20th century" is the decade 190, "the last decade of the 19th century" 189.</li>
 *   <li>"the winter of 1980-81", "the winter of 1995-1996" (SUTime: the season alone, and a duration) is the season
 *       of the first year.</li>
 *   <li>A month or day on a noun whose possessor is a year ("next year's celebrations, on Oct. 3") is in that year.</li>
 * </ul>
 */
final class NamedDays {
  private NamedDays() {}

  private static final Pattern HOLIDAY = Pattern.compile("(?i)(?:.*\\b(?:day|eve|christmas|thanksgiving|easter|halloween|"
      + "hanukkah|kwanzaa|new year)\\b.*)");
  private static final Pattern EXCLUDED = Pattern.compile("(?i).*(\\d|\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|"
      + "\\b(?:today|yesterday|tomorrow|day (?:before|after)|same day|next day|this day|that day|the day)\\b).*");
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("(?i).*\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
      + "(uary|ruary|ch|il|e|y|ust|tember|ober|ember)?\\b.*");
  private static final Pattern DAWN = Pattern.compile("(?i)(?:at |by |before |after )?(dawn|daybreak|first light|sunrise)");
  private static final Pattern DUSK = Pattern.compile("(?i)(?:at |by |before |after )?(dusk|nightfall|sunset|sundown)");
  private static final Pattern AGO_TODAY = Pattern.compile("(?i)(a|one|\\d+|\\w+) (years?|centur(?:y|ies)) ago today");
  private static final Pattern DECADE_OF_CENTURY = Pattern.compile(
      "(?i)(?:the )?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final) decade of the (\\d{1,2})(?:st|nd|rd|th) century");
  private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");
  private static final Pattern SEASON = Pattern.compile("\\d{4}-(SP|SU|FA|WI)");
  private static final Pattern SPAN_OF_YEARS = Pattern.compile("(1\\d{3}|20\\d{2})[-–](\\d{2}|\\d{4})");
  private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
      "eighth", "ninth", "tenth");
  private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten");

  /** The sentence with these expressions given their values, or {@code s} itself when none changes. */
  static Sentence apply(Sentence s, @Nullable LocalDate published) {
    return apply(s, published, "");
  }

  /**
   * As {@link #apply(Sentence, LocalDate)} for a story of {@code country} ({@link StoryCountries}; "" unknown), whose
   * national days ("Independence Day") are those of that country only.
   */
  static Sentence apply(Sentence s, @Nullable LocalDate published, String country) {
    return apply(s, published, () -> country);
  }

  /** As {@link #apply(Sentence, LocalDate, String)} with the story's country looked up only when a national day is named. */
  static Sentence apply(Sentence s, @Nullable LocalDate published, java.util.function.Supplier<String> country) {
    if (published == null) return s;
    List<Timex> out = new ArrayList<>(s.timexes());
    boolean changed = newHolidays(s, out, published, country);
    out.sort(java.util.Comparator.comparingInt(Timex::beginToken).thenComparingInt(Timex::endToken));
    for (int i = 0; i < out.size(); i++) {
      Timex t = out.get(i);
      Timex f = possessorYear(s, seasonOfSpan(s, partOfDay(yearOfHoliday(s, agoToday(decadeOfCentury(t), published),
          published))), out);
      if (f == t) continue;
      final Timex merged = f;
      final int at = i;
      for (int j = out.size() - 1; j > at; j--) if (out.get(j).beginToken() < merged.endToken()) out.remove(j);
      out.set(i, f);
      changed = true;
    }
    if (!changed) return s;
    return s.withTimexes(out);
  }

  /** "Black Friday", "Cyber Monday", "Presidents' Day", "Veterans Day", "Orthodox Christmas", "Orthodox Easter" as new expressions, replacing what they overlap. */
  private static boolean newHolidays(Sentence s, List<Timex> out, LocalDate published, java.util.function.Supplier<String> country) {
    boolean changed = false;
    for (int i = 0; i + 1 < s.tokens().size(); i++) {
      String a = s.token(i).word();
      String b = s.token(i + 1).word();
      int end = i + 2;
      LocalDate thanksgiving = LocalDate.of(published.getYear(), 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
      LocalDate day = null;
      if (a.equals("Black") && b.equals("Friday")) day = thanksgiving.plusDays(1);
      else if (a.equals("Cyber") && b.equals("Monday")) day = thanksgiving.plusDays(4);
      else if (a.matches("Presidents|President") && (b.equals("Day") || b.matches("'s?|’s?") && end < s.tokens().size()
          && s.token(end).word().equals("Day"))) {
        if (!b.equals("Day")) end++;
        day = LocalDate.of(published.getYear(), 2, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY));
      } else if (a.matches("Veterans|Veteran's|Veterans'|Armistice|Remembrance") && b.equals("Day")) {
        day = LocalDate.of(published.getYear(), 11, 11);
      } else if (a.equals("Orthodox") && b.equals("Christmas")) { // Julian-calendar churches: 7 January
        day = LocalDate.of(published.getYear() + (published.getMonthValue() == 12 ? 1 : 0), 1, 7);
      } else if (a.equals("Columbus") && b.equals("Day")) {
        day = HolidayAppositions.holiday("columbus day", published.getYear());
      } else if (a.equals("Orthodox") && b.equals("Easter")) {
        day = EasterDates.orthodox(published.getYear());
      }
      if (day == null) continue;
      replace(s, out, i, end, day, published);
      changed = true;
    }
    changed |= FixedHolidays.add(s, out, published, country); // "Bastille Day", "Boxing Day", "Remembrance Sunday" ...
    for (Timex t : List.copyOf(out)) { // "the weeks before Thanksgiving": the holiday alone
      Matcher m = BEFORE_HOLIDAY.matcher(t.text().strip());
      if (!m.matches() || !s.token(t.endToken() - 1).word().equalsIgnoreCase(m.group(1))) continue;
      LocalDate day = switch (m.group(1).toLowerCase(java.util.Locale.ROOT)) {
        case "thanksgiving" -> LocalDate.of(published.getYear(), 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
        case "christmas" -> LocalDate.of(published.getYear(), 12, 25);
        default -> LocalDate.of(published.getYear(), 10, 31);
      };
      replace(s, out, t.endToken() - 1, t.endToken(), day, published);
      changed = true;
    }
    return changed;
  }

  private static final Pattern BEFORE_HOLIDAY = Pattern.compile(
      "(?i)(?:the )?(?:(?:final|last|first) )?(?:days?|weeks?|months?) (?:before|after|ahead of|leading up to) (thanksgiving|christmas|halloween)");
  private static final Pattern RELATIVE_DAY = Pattern.compile("(?i)today|tomorrow|yesterday");

  /**
   * The holiday at tokens [from, to) as a new DATE in place of what overlaps it; a relative day SUTime joined to
   * it ("Orthodox Christmas tomorrow") stays an expression of its own.
   */
  static void replace(Sentence s, List<Timex> out, int from, int to, LocalDate day, LocalDate published) {
    for (Timex o : List.copyOf(out)) {
      if (o.beginToken() >= to || from >= o.endToken()) continue;
      out.remove(o);
      if (o.endToken() > to && RELATIVE_DAY.matcher(words(s, to, o.endToken())).matches()) {
        String w = words(s, to, o.endToken()).toLowerCase(java.util.Locale.ROOT);
        LocalDate d = w.equals("tomorrow") ? published.plusDays(1) : w.equals("yesterday") ? published.minusDays(1) : published;
        out.add(new Timex(words(s, to, o.endToken()), to, o.endToken(), "DATE", d.toString()));
      }
    }
    out.add(new Timex(words(s, from, to), from, to, "DATE", day.toString()));
  }

  /** A holiday moved to the year its clause's tense asks for, as CalendarShifts moves seasons. */
  private static Timex yearOfHoliday(Sentence s, Timex t, LocalDate published) {
    if (!t.type().equals("DATE") || t.value() == null || !HOLIDAY.matcher(t.text()).matches()
        || EXCLUDED.matcher(t.text()).matches() || MONTH.matcher(t.text()).matches()) return t;
    Matcher m = DAY.matcher(t.value());
    if (!m.matches()) return t;
    LocalDate day;
    try {
      day = LocalDate.parse(t.value());
    } catch (DateTimeException e) {
      return t;
    }
    LocalDate planned = HolidaysFor.coming(s, t, day, published, y -> holidayIn(t.text(), day, y));
    if (planned != null) return planned.equals(day) ? t : new Timex(t.text(), t.beginToken(), t.endToken(), t.type(), planned.toString());
    int tense = ClauseTense.tense(s, t);
    boolean ahead = tense > 0 || tense == 0 && ClauseTense.presentClause(s, t);
    int shift = tense < 0 && day.isAfter(published) && !boundAhead(s, t, day, published) && !called(s, t) ? -1
        : ahead && day.isBefore(published) ? 1 : 0;
    if (shift == 0) return t;
    return new Timex(t.text(), t.beginToken(), t.endToken(), t.type(), holidayIn(t.text(), day, day.getYear() + shift).toString());
  }

  /**
   * A holiday within a month after publication that bounds the clause ("slashed prices in the final days before
   * Christmas", "hope to have heat restored before Thanksgiving", "by St Andrew's Day") is the coming one, whatever
   * the tense: what happens before it can lie before publication.
   */
  private static boolean boundAhead(Sentence s, Timex t, LocalDate day, LocalDate published) {
    if (day.isAfter(published.plusDays(31)) || t.beginToken() == 0) return false;
    String before = s.token(t.beginToken() - 1).word();
    return before.matches("(?i)before|by|until|till") || before.equalsIgnoreCase("of") && t.beginToken() > 1
        && s.token(t.beginToken() - 2).word().equalsIgnoreCase("ahead");
  }

  private static final java.util.Set<String> CALLING_OFF = java.util.Set.of("cancel", "postpone", "delay", "scrap",
      "suspend", "reschedule", "move", "shift", "defer");

  /**
   * Is the holiday on what was called off or moved ("cancelled New Year's Eve fireworks", "postponed Halloween
   * trick-or-treating until Monday")? The occasion is the coming one although the verb is past.
   */
  private static boolean called(Sentence s, Timex t) {
    harbinger.model.Dependency d = s.headOf(t.endToken() - 1);
    for (int steps = 0; d != null && d.governor() >= 0 && steps < 3; steps++) {
      var w = s.token(d.governor());
      if (w.pos().startsWith("VB") && CALLING_OFF.contains(w.lemma().toLowerCase(Locale.ROOT))) return true;
      if (w.pos().startsWith("VB") && !w.pos().equals("VBG")) return false;
      d = s.headOf(d.governor());
    }
    return false;
  }

  /** The holiday of {@code day} in another year: the same date, or the same weekday rule for moving holidays. */
  private static LocalDate holidayIn(String text, LocalDate day, int year) {
    int nth = (day.getDayOfMonth() - 1) / 7 + 1;
    boolean last = day.plusWeeks(1).getMonthValue() != day.getMonthValue();
    boolean moving = text.matches("(?i).*\\b(labor|labour|memorial|thanksgiving|presidents?'?s?|columbus|mother'?s|"
        + "father'?s|martin luther king|mlk|black friday|cyber monday)\\b.*");
    if (text.matches("(?i).*\\borthodox easter\\b.*")) return EasterDates.orthodox(year);
    if (text.matches("(?i).*\\beaster\\b.*")) return EasterDates.western(year); // a moving feast: the computus again
    if (!moving) return day.withYear(year);
    LocalDate first = LocalDate.of(year, day.getMonthValue(), 1);
    return last && nth >= 4 && !text.matches("(?i).*thanksgiving.*|.*black friday.*|.*cyber monday.*")
        ? first.with(TemporalAdjusters.lastInMonth(day.getDayOfWeek()))
        : first.with(TemporalAdjusters.dayOfWeekInMonth(nth, day.getDayOfWeek()));
  }

  private static Timex partOfDay(Timex t) {
    if (!t.type().equals("DATE") || t.value() == null || !DAY.matcher(t.value()).matches()) return t;
    String text = t.text().strip();
    String part = DAWN.matcher(text).matches() ? "TMO" : DUSK.matcher(text).matches() ? "TEV" : null;
    if (part == null) return t;
    return new Timex(t.text(), t.beginToken(), t.endToken(), "TIME", t.value() + part);
  }

  private static Timex agoToday(Timex t, LocalDate published) {
    Matcher m = AGO_TODAY.matcher(t.text().strip());
    if (!m.matches()) return t;
    String n = m.group(1).toLowerCase(Locale.ROOT);
    int count = n.matches("\\d+") ? Integer.parseInt(n) : n.equals("a") ? 1 : NUMBERS.indexOf(n);
    if (count <= 0) return t;
    int years = m.group(2).toLowerCase(Locale.ROOT).startsWith("centur") ? count * 100 : count;
    return new Timex(t.text(), t.beginToken(), t.endToken(), "DATE", published.minusYears(years).toString());
  }

  private static Timex decadeOfCentury(Timex t) {
    Matcher m = DECADE_OF_CENTURY.matcher(t.text().strip());
    if (!m.matches()) return t;
    String which = m.group(1).toLowerCase(Locale.ROOT);
    int decade = which.equals("last") || which.equals("final") ? 10 : ORDINALS.indexOf(which) + 1;
    int century = Integer.parseInt(m.group(2));
    if (century < 1) return t;
    return new Timex(t.text(), t.beginToken(), t.endToken(), "DATE", String.format(Locale.ROOT, "%03d", (century - 1) * 10 + decade - 1));
  }

  /** "winter" followed by "of 1980-81": one expression, the season of the span's first year. */
  private static Timex seasonOfSpan(Sentence s, Timex t) {
    if (t.value() == null || !SEASON.matcher(t.value()).matches()) return t;
    int of = t.endToken();
    if (of + 1 >= s.tokens().size() || !s.token(of).word().equalsIgnoreCase("of")) return t;
    Matcher m = SPAN_OF_YEARS.matcher(s.token(of + 1).word());
    int end = of + 2;
    if (!m.matches() && of + 3 < s.tokens().size()) { // "1980", "-", "81" as three tokens
      m = SPAN_OF_YEARS.matcher(s.token(of + 1).word() + "-" + s.token(of + 3).word());
      end = of + 4;
      if (!s.token(of + 2).word().matches("[-–]|--")) return t;
    }
    if (!m.matches()) return t;
    return new Timex(words(s, t.beginToken(), end), t.beginToken(), end, "DATE", m.group(1) + t.value().substring(4));
  }

  /**
   * A month or day without a year, on a noun whose possessor is a year ("next year's celebrations, on Oct. 3",
   * "last year's vote in May"), or on a relative clause of such a noun ("last year's Hurricane Irene, which struck in
   * August"): that year.
   */
  private static Timex possessorYear(Sentence s, Timex t, List<Timex> all) {
    if (t.value() == null || !MONTH_VALUE.matcher(t.value()).matches() || !MONTH.matcher(t.text()).matches()
        || t.text().matches(".*\\d{4}.*")) return t;
    int head = -1;
    for (int i = t.beginToken(); i < t.endToken() && head < 0; i++) {
      harbinger.model.Dependency d = s.headOf(i);
      if (d != null && (d.governor() < t.beginToken() || d.governor() >= t.endToken())) head = d.governor();
    }
    harbinger.model.Dependency relative = head < 0 ? null : s.headOf(head);
    if (relative != null && relative.relation().equals("acl:relcl") && s.token(head).isVerb() && relative.governor() >= 0) {
      head = relative.governor(); // "last year's Hurricane Irene, which struck in August"
    }
    if (head < 0 || !s.token(head).pos().startsWith("NN")) return t;
    for (harbinger.model.Dependency c : s.children(head)) {
      if (!c.relation().equals("nmod:poss")) continue;
      for (Timex y : all) {
        if (y == t || y.value() == null || !y.value().matches("\\d{4}") || c.dependent() < y.beginToken()
            || c.dependent() >= y.endToken()) continue;
        return y.value().equals(t.value().substring(0, 4)) ? t
            : new Timex(t.text(), t.beginToken(), t.endToken(), t.type(), y.value() + t.value().substring(4));
      }
    }
    return t;
  }

  private static String words(Sentence s, int begin, int end) {
    int from = s.token(begin).begin() - s.begin();
    int to = s.token(end - 1).end() - s.begin();
    return s.text().substring(from, to);
  }
}
