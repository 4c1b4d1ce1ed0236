package harbinger.nlp.corenlp;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Clock times and parts of day whose day is not the publication day. Pure functions over the mapped records.
 * <ul>
 *   <li>Midnight is the end of the day it closes ({@code T24:00}, as TIDES writes it), where SUTime gives the start
 *       of the next: "the midnight deadline" written on 1 October is 30 September T24:00; "midnight on Friday" is
 *       Friday T24:00 (one expression); "will close at midnight" is the end of the publication day.</li>
 *   <li>A clock time or part of day written without a day ("at 9 a.m.", "shortly after 2 a.m.", "in the afternoon"),
 *       which SUTime puts on the publication day, belongs to the day last named before it: in its sentence ("between 6
 *       p.m. Tuesday and 10 p.m.", "On New Year's Eve ... in the afternoon"), else in the sentence before it ("...
 *       capsized in the early hours of Sunday. The ferry overturned shortly after 2 a.m."). Not when the tense of
 *       its clause contradicts that day (a past clause after a future day, a future clause after a past day), nor
 *       for a time after midnight unless the small hours of that day were named ("speaking shortly after 1 a.m."
 *       after an election on Tuesday is Wednesday). Other bare clock times, days counted from today ("last night",
 *       "yesterday", often in a quote) and bounds ("before Christmas", "by Friday") are no such day, and a clause dated
 *       "today", "tonight" or "this morning" ends the run of the day named before ("cut their rates today. The
 *       president spoke at noon": today's noon); after "yesterday"
 *       or "tomorrow" in its own sentence a clock time keeps the publication day, whatever the sentence before named, as does a
 *       clock time of reporting ({@link ReportingClocks}: "Radio Free Europe reported at noon")
 *       ("The pound rose yesterday and was trading at $1.61 at 1030 GMT": today's quote). "Yesterday" dating a past
 *       clause does carry to a past clause of the next sentence ("a bridge collapsed ... yesterday. The span fell
 *       shortly after 6 p.m."), but not a bound up to now ("had crossed by noon"). A day named with a part of day anchors only clock times within it ("rain was forecast for Wednesday
 *       night. The agency will update its warnings at 6 p.m.": today).</li>
 * </ul>
 */
final class ClockTimes {
  private ClockTimes() {}

  private static final Pattern MIDNIGHT = Pattern.compile("(?i).*\\bmidnight\\b.*");
  private static final Pattern NAMED_DAY = Pattern.compile("(?i).*\\b((mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|"
      + "mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|"
      + "november|december)\\b.*");
  private static final Pattern TOMORROW = Pattern.compile("(?i).*\\btomorrow\\b.*");
  private static final Pattern DAY_VALUE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(.*)");
  /** A clock time or part of day with no day of its own. */
  private static final Pattern BARE = Pattern.compile("(?i)(?:(?:shortly|just|about|around|at|by|until|after|before|"
      + "in|on|that) )*(?:\\d{1,2}(?:[:.]\\d{2})?\\s?(?:a\\.m\\.?|p\\.m\\.?|am|pm)|\\d{4} (?:GMT|UTC)|noon|midnight|(?:the )?(?:(?:early|late) )?(?:morning|afternoon|evening|night))"
      + "(?: local time)?\\.?");

  /** Midnight in TIDES's form, in one sentence whose other dates are already resolved. */
  static Sentence midnight(Sentence s, @Nullable LocalDate published) {
    if (published == null) return s;
    List<Timex> out = new ArrayList<>(s.timexes());
    boolean changed = false;
    for (int i = 0; i < out.size(); i++) {
      Timex t = out.get(i);
      if (!t.type().equals("TIME") || t.value() == null || !MIDNIGHT.matcher(t.text()).matches()) continue;
      Timex next = i + 1 < out.size() ? out.get(i + 1) : null;
      Matcher day = next == null ? null : DAY_VALUE.matcher(next.value() == null ? "" : next.value());
      if (next != null && next.beginToken() == t.endToken() && NAMED_DAY.matcher(next.text()).matches() && day.matches()) {
        out.set(i, new Timex(words(s, t.beginToken(), next.endToken()), t.beginToken(), next.endToken(), "TIME",
            day.group(1) + "T24:00"));
        out.remove(i + 1);
        changed = true;
        continue;
      }
      Matcher m = DAY_VALUE.matcher(t.value());
      if (!m.matches() || !m.group(2).equals("T00:00") || NAMED_DAY.matcher(t.text()).matches()) continue;
      LocalDate d = parse(m.group(1));
      if (d == null) continue;
      // "midnight tomorrow" (SUTime: the start of tomorrow) is the midnight that ends tomorrow
      boolean ofTomorrow = TOMORROW.matcher(t.text()).matches() && d.equals(published.plusDays(1));
      LocalDate ends = ofTomorrow || ClauseTense.tense(s, t) > 0 && d.equals(published) ? d : d.minusDays(1);
      out.set(i, new Timex(t.text(), t.beginToken(), t.endToken(), "TIME", ends + "T24:00"));
      changed = true;
    }
    return changed ? s.withTimexes(out) : s;
  }

  /** The sentences with bare clock times moved to the day named before them. */
  static List<Sentence> anchor(List<Sentence> sentences, @Nullable LocalDate published) {
    if (published == null) return sentences;
    List<Sentence> out = new ArrayList<>(sentences.size());
    String previous = null; // the day last named in the sentence before
    boolean previousPast = false; // that day is "yesterday": it dates only a past clause
    boolean previousNight = false; // that day is "last night"'s: the small hours after it are today's
    String chain = null; // the latest clock time of the run the story is telling (LaterClocks.onward)
    for (Sentence s : sentences) {
      if (previous == null) chain = null;
      List<Timex> ts = new ArrayList<>(s.timexes());
      boolean changed = false;
      String here = null;
      String hereClock = null; // the clock time written with that day ("9 p.m. on Monday"), if any
      String carried = null; // the day last named here that the sentence's clause is at, for the next sentence
      boolean carriedPast = false;
      boolean carriedNight = false;
      boolean counted = false; // a day counted from today ("yesterday") was named here
      String tomorrow = null; // "meets tomorrow, with a statement due at 2:15 p.m.": the clock time is tomorrow's
      for (int i = 0; i < ts.size(); i++) {
        Timex t = ts.get(i);
        // a clock time of reporting is the story's own day's, not the sentence before's ("reported at noon that")
        // a clock time whose last period ended the sentence ("at 3:35 p.m") takes a day named in its own sentence only
        boolean clipped = t.text().strip().matches("(?i).*\\d\\s?[ap]\\.m"); // also "about 11:15 p.m"
        String anchor = here != null ? here : clipped || counted || ReportingClocks.reported(s, t) ? null : previous;
        boolean pastOnly = here == null && previousPast;
        Timex next = i + 1 < ts.size() ? ts.get(i + 1) : null;
        boolean onNamed = bare(t) && next != null && namesTheDay(s, next) && joined(s, t, next);
        if (onNamed) anchor = next.value(); // "6 p.m. on Thanksgiving", "expired at 0500 GMT on Wednesday"
        if (anchor == null && tomorrow != null && (bare(t) || CLIPPED.matcher(t.text().strip()).matches()) && ClauseTense.tense(s, t) >= 0) {
          Timex moved = onDay(t, tomorrow);
          if (moved != t) {
            ts.set(i, moved);
            changed = true;
          }
        } else if (anchor != null && bare(t)) {
          // after "yesterday" only a past clause's time, and not a bound up to now ("had crossed by noon")
          boolean bound = t.beginToken() > 0 && s.token(t.beginToken() - 1).word().matches("(?i)by|until|till")
              && !opensClause(s, t.beginToken() - 1); // "..., and by 9:16 a.m. the team knew": the narrated day's
          boolean afterNight = here == null && previousNight && smallHours(t); // "late last night. ... landed at 4 a.m."
          Timex moved = pastOnly && (bound || ClauseTense.tense(s, t) >= 0) || afterNight ? t : moved(s, t, anchor, published, pastOnly, onNamed);
          // "crossed the border at 9 p.m. on Monday, and the main force followed at 6 a.m.": an earlier clock time
          // after a later one on the day named in this sentence has passed that day's midnight
          if (!onNamed && moved != t && anchor.equals(here) && hereClock != null && LaterClocks.earlier(moved, hereClock)
              && !LaterClocks.lookingBack(s, t)) moved = onDay(t, nextDay(here));
          else if (!onNamed && !LaterClocks.lookingBack(s, t) && !LaterClocks.pluperfect(s, t) && !LaterClocks.glossed(s, t)) {
            // "began at 4 p.m. on Sunday and ended shortly before 9 a.m.": counted on from the day it was anchored to
            String onward = day(anchor).isEmpty() ? null : LaterClocks.onward(onDay(t, day(anchor)), chain);
            if (onward != null) moved = onDay(t, onward);
          }
          if (carried != null && carried.equals(anchor) && day(moved).equals(nextDay(day(anchor)))) carried = day(moved);
          if (moved != t) {
            ts.set(i, moved);
            changed = true;
          }
        } else if (namesTheDay(s, t)) {
          here = t.value();
          hereClock = i > 0 && joined(s, ts.get(i - 1), t) ? ts.get(i - 1).value() : null;
          if (ofClause(s, t)) {
            carried = t.value();
            carriedPast = false;
            carriedNight = false;
          }
        } else if (LAST_NIGHT.matcher(t.text().strip()).matches() && carried == null && ClauseTense.tense(s, t) < 0 && ofClause(s, t)
            && !Quotations.inside(s, t)) { // "last night" in a quote is the speaker's, not the story's
          // "MPs voted last night to .... The result was announced shortly after 5 p.m.": yesterday, as after "yesterday"
          Matcher d = DAY_VALUE.matcher(t.value() == null ? "" : t.value());
          if (d.matches()) {
            carried = d.group(1);
            carriedPast = true;
            carriedNight = true;
          }
        } else if (TODAY.matcher(t.text().strip()).matches() && !Quotations.inside(s, t)) {
          // "banks cut their prime rates today. The president told reporters at noon", "Tonight, ... at 8 p.m.": a
          // clause dated today ends the run of the day named before it; later bare times are the publication day's
          counted = true;
          here = null;
          if (ofClause(s, t)) {
            carried = null;
            carriedPast = false;
            carriedNight = false;
          }
        } else if (OTHER_DAY.matcher(t.text().strip()).matches()) {
          counted = true; // "fell yesterday and was trading at 1030 GMT": today's quote, not the last sentence's day
          // "a bridge collapsed ... yesterday. The span fell shortly after 6 p.m.": a past clause of the next sentence
          Matcher y = DAY_VALUE.matcher(t.value() == null ? "" : t.value());
          boolean possessive = t.endToken() < s.tokens().size() && s.token(t.endToken()).pos().equals("POS"); // "yesterday's fall"
          if (carried == null && !possessive && YESTERDAY.matcher(t.text().strip()).matches() && y.matches() && ClauseTense.tense(s, t) < 0 && ofClause(s, t)) {
            carried = y.group(1); // also "broke apart shortly before 9 a.m. yesterday. ... lost contact at 8:59 a.m."
            carriedPast = true;
          }
        }
        if (CLOCK_VALUE.matcher(ts.get(i).value() == null ? "" : ts.get(i).value()).matches()) chain = ts.get(i).value();
        Matcher day = DAY_VALUE.matcher(t.value() == null ? "" : t.value());
        if (TOMORROW_DAY.matcher(t.text().strip()).matches() && day.matches()) {
          tomorrow = day.group(1);
          counted = true;
        }
      }
      previous = carried;
      previousPast = carriedPast;
      previousNight = carriedNight;
      out.add(changed ? s.withTimexes(ts) : s);
    }
    return out;
  }

  /**
   * Is {@code t} a day the story is at: a day with a value, not a bare clock time, not a day counted from today
   * ("last night", "yesterday", often in a quote) and not a bound ("before Christmas", "by Friday", "until at least
   * Wednesday")?
   */
  private static boolean namesTheDay(Sentence s, Timex t) {
    if (bare(t) || t.value() == null || !t.type().matches("DATE|TIME") || !DAY_VALUE.matcher(t.value()).matches()
        || DEICTIC.matcher(t.text()).matches()) return false;
    int before = t.beginToken() - 1; // "until at least Friday" is a bound too
    if (before >= 2 && s.token(before).word().equalsIgnoreCase("least") && s.token(before - 1).word().equalsIgnoreCase("at")) before -= 2;
    return before < 0 || !s.token(before).word().matches("(?i)before|after|until|till|by|since");
  }

  /** Is {@code next} written right after {@code t}, or after "on" or a comma ("6 p.m. on Thanksgiving")? */
  private static boolean joined(Sentence s, Timex t, Timex next) {
    if (next.beginToken() == t.endToken()) return true;
    return next.beginToken() == t.endToken() + 1 && s.token(t.endToken()).word().matches("(?i)on|,");
  }

  /**
   * Does the day date the clause rather than a noun ("is to attend a Mass on Saturday morning", not "the closing
   * price on Friday" or "the landings of April 25, 1915")? Only such a day carries to the next sentence's bare clock
   * time.
   */
  private static boolean ofClause(Sentence s, Timex t) {
    int k = -1;
    for (int i = t.beginToken(); i < t.endToken() && k < 0; i++) {
      harbinger.model.Dependency d = s.headOf(i);
      if (d != null && (d.governor() < t.beginToken() || d.governor() >= t.endToken())) k = d.governor();
      else if (d != null && d.governor() < 0) return true;
    }
    int below = t.beginToken();
    for (int steps = 0; k >= 0 && s.token(k).ner().matches("DATE|TIME") && steps < 3; steps++) {
      harbinger.model.Dependency d = s.headOf(k);
      below = k;
      k = d == null ? -1 : d.governor();
    }
    if (k < 0 || s.token(k).isVerb() || s.token(k).pos().startsWith("JJ")) return true;
    for (int i = t.beginToken(); i < t.endToken(); i++) { // "Sunday's election": the day the story is at
      harbinger.model.Dependency d = s.headOf(i);
      if (d != null && d.governor() == k && d.relation().equals("nmod:poss")) return true;
    }
    harbinger.model.Dependency d = s.headOf(below);
    return d != null && d.relation().equals("nmod:poss");
  }

  private static final Pattern DEICTIC = Pattern.compile(
      "(?i).*\\b(today|tonight|yesterday|tomorrow|now|last night|this (morning|afternoon|evening))\\b.*");
  /** "yesterday" or "tomorrow" alone: a clock time after it in its sentence is counted from today too. */
  private static final Pattern OTHER_DAY = Pattern.compile("(?i)(?:.*\\s)?(?:yesterday|tomorrow)");
  /** "yesterday" alone or after the clock time it dates ("9 a.m. yesterday"). */
  private static final Pattern YESTERDAY = Pattern.compile("(?i)(?:\\S+(?: [ap]\\.m\\.)? )?yesterday");

  /** Does the preposition at {@code i} open its clause ("By 8 p.m. the spire had fallen", "..., and by noon")? */
  private static boolean opensClause(Sentence s, int i) {
    return i == 0 || s.token(i - 1).word().matches("(?i),|and|but|;");
  }
  private static final Pattern TODAY = Pattern.compile("(?i)(?:early |late )?(?:today|tonight|this (?:morning|afternoon|evening))");
  private static boolean smallHours(Timex t) {
    Matcher m = DAY_VALUE.matcher(t.value() == null ? "" : t.value());
    return m.matches() && SMALL_HOURS.matcher(m.group(2)).matches();
  }

  /** A clock time whose last period ended the sentence ("due at 2:15 p.m"). */
  private static final Pattern CLIPPED = Pattern.compile("(?i)\\d{1,2}(?:[:.]\\d{2})?\\s?(?:a\\.m|p\\.m)");
  private static final Pattern TOMORROW_DAY = Pattern.compile("(?i)tomorrow(?: morning| afternoon| evening| night)?");
  private static final Pattern LAST_NIGHT = Pattern.compile("(?i)(?:late )?last night");
  private static final Pattern SMALL_HOURS = Pattern.compile("T0[0-5]:.*");

  /** Is the timex a clock time or part of day written without a day ("at 9 a.m.", "that night", "by late afternoon")? */
  static boolean isBare(Timex t) { return bare(t); }

  private static boolean bare(Timex t) {
    return t.type().equals("TIME") && BARE.matcher(t.text().strip()).matches();
  }

  private static Timex moved(Sentence s, Timex t, String anchor, LocalDate published, boolean yesterday, boolean onNamed) {
    if (t.value() == null) return t;
    Matcher m = DAY_VALUE.matcher(t.value());
    if (!m.matches() || !m.group(1).equals(published.toString()) || anchor.startsWith(m.group(1))) return t;
    if (MIDNIGHT.matcher(t.text()).matches()) return t; // already the end of the day before, or of today
    Matcher a = DAY_VALUE.matcher(anchor);
    if (!a.matches()) return t;
    // a time after midnight follows a night, not the day before it, unless that day's small hours were named
    boolean small = SMALL_HOURS.matcher(m.group(2)).matches();
    // "until after 2 a.m." runs on past midnight: after a night it is the next day's, after "yesterday" today's
    // (not a time written on its day: "expired at 0500 GMT on Wednesday" is that day's small hours)
    if (!onNamed && small && a.group(2).equals("TNI")) return onDay(t, nextDay(a.group(1)));
    if (small && yesterday && runsOn(s, t)) return t;
    if (!onNamed && !yesterday && small && !a.group(2).equals("TMO") && !SMALL_HOURS.matcher(a.group(2)).matches()) return t;
    if (!fits(m.group(2), a.group(2))) return t; // "forecast for Wednesday night. ... update its warnings at 6 p.m."
    anchor = a.group(1);
    LocalDate day = parse(anchor);
    if (day == null) return t;
    int tense = ClauseTense.tense(s, t);
    if (tense < 0 && day.isAfter(published) || tense > 0 && day.isBefore(published)) return t;
    return new Timex(t.text(), t.beginToken(), t.endToken(), t.type(), anchor + m.group(2));
  }

  /** The clock time on {@code day} ("2003-08-15"), or {@code t} itself when it has no such value or is there already. */
  private static Timex onDay(Timex t, @Nullable String day) {
    Matcher m = DAY_VALUE.matcher(t.value() == null ? "" : t.value());
    if (day == null || !m.matches() || m.group(1).equals(day) || MIDNIGHT.matcher(t.text()).matches()) return t;
    return new Timex(t.text(), t.beginToken(), t.endToken(), t.type(), day + m.group(2));
  }

  private static final Pattern CLOCK_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

  /** The day of a value ("2015-07-12" of "2015-07-12T16:00"), "" when it has none. */
  private static String day(Timex t) {
    return day(t.value() == null ? "" : t.value());
  }

  private static String day(String value) {
    Matcher m = DAY_VALUE.matcher(value);
    return m.matches() ? m.group(1) : "";
  }

  private static @Nullable String nextDay(String day) {
    LocalDate d = parse(day);
    return d == null ? null : d.plusDays(1).toString();
  }

  /** Is the clock time the end of something that runs on to it ("went on until after 2 a.m.")? */
  private static boolean runsOn(Sentence s, Timex t) {
    for (int i = t.beginToken() - 1; i >= 0 && i >= t.beginToken() - 2; i--) {
      if (s.token(i).word().matches("(?i)until|till")) return true;
    }
    return false;
  }

  /** Does a clock time ("T18:00") fall within the part of day an anchor names ("TNI": 8 p.m. to 5 a.m.)? */
  private static boolean fits(String clock, String part) {
    Matcher c = HOUR.matcher(clock);
    if (!c.matches()) return true;
    int h = Integer.parseInt(c.group(1));
    return switch (part) {
      case "TMO" -> h < 12;
      case "TAF" -> h >= 12 && h < 18;
      case "TEV" -> h >= 16;
      case "TNI" -> h >= 20 || h < 6;
      default -> true;
    };
  }

  private static final Pattern HOUR = Pattern.compile("T(\\d{2}):\\d{2}");

  private static @Nullable LocalDate parse(String day) {
    try {
      return LocalDate.parse(day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String words(Sentence s, int begin, int end) {
    int from = s.token(begin).begin() - s.begin();
    int to = s.token(end - 1).end() - s.begin();
    return s.text().substring(from, to);
  }
}
