package harbinger.nlp.corenlp;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The week- and season-sized moves of TenseDates: a bare weekday, "the weekend" and a bare season, which SUTime
 * places around the publication date whatever the tense, move by a week or a year when the tense of their clause
 * (ClauseTense) puts them on the other side of publication. Split out of TenseDates (session 9), behaviour unchanged.
 */
final class CalendarShifts {
  private CalendarShifts() {}

  private static final Pattern WEEKEND = Pattern.compile("^(\\d{4})-W(\\d{2})-WE$");
  private static final Pattern DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(.*)$");

  /**
   * A bare season ("the spring", "over the summer"), which SUTime places in the publication year: a past-tense
   * clause that would put it after publication means the year before; a future or present-tense clause, when
   * that season is over at publication, the next ("doesn't foresee a recovery until the spring", written in
   * October); an infinitive or participle under a past verb stays ("had every chance to say something in the spring").
   */
  static Timex adjustSeason(Sentence s, Timex t, LocalDate published) {
    int year = Integer.parseInt(t.value().substring(0, 4));
    String season = t.value().substring(5);
    int startMonth = switch (season) {
      case "SP" -> 3;
      case "SU" -> 6;
      case "FA" -> 9;
      default -> 12;
    };
    LocalDate first = LocalDate.of(year, startMonth, 1);
    LocalDate last = first.plusMonths(3).minusDays(1);
    int tense = ClauseTense.tense(s, t);
    // "prices should ease by the spring", "could come in the summer": a possibility lies ahead, as for weekdays
    // "with a new leader in place by the spring": a bound in a clause of no past tense looks ahead (session 23)
    boolean bound = t.beginToken() > 0 && s.token(t.beginToken() - 1).word().matches("(?i)by|until|till")
        || t.beginToken() > 1 && s.token(t.beginToken() - 1).word().equalsIgnoreCase("the")
        && s.token(t.beginToken() - 2).word().matches("(?i)by|until|till");
    boolean ahead = tense > 0 || tense == 0 && (ClauseTense.presentClause(s, t) || ClauseTense.possibility(s, t) || bound);
    int shift = tense < 0 && first.isAfter(published) ? -1 : ahead && last.isBefore(published) ? 1 : 0;
    if (shift == 0) return t;
    return new Timex(t.text(), t.beginToken(), t.endToken(), t.type(), (year + shift) + "-" + season);
  }

  /**
   * A bare weekday, which SUTime resolves to the closest such day (up to three days either side of publication),
   * moves back a week when a past-tense clause would put it after publication and forward a week when a future,
   * present-tense or "could" clause would put it before.
   */
  static Timex adjustWeekday(Sentence s, Timex t, LocalDate published) {
    Matcher m = DAY.matcher(t.value());
    if (!m.matches()) return t;
    LocalDate day;
    try {
      day = LocalDate.parse(m.group(1));
    } catch (DateTimeException e) {
      return t;
    }
    int tense = ClauseTense.tense(s, t);
    // a present-tense or "could" clause dates what is scheduled or possible: "the fiscal year ends Monday",
    // "Scotland face the Netherlands on Monday afternoon", "rain could glaze roads on Monday morning"
    boolean ahead = tense > 0 || tense == 0 && (ClauseTense.presentClause(s, t) || ClauseTense.possibility(s, t));
    int weeks = tense < 0 && day.isAfter(published) ? -1 : ahead && day.isBefore(published) ? 1 : 0;
    // "will be briefed from Monday" written on a Monday: a start named by its weekday is not today, which the
    // writer would call "today" (session 23)
    boolean from = t.beginToken() > 0 && s.token(t.beginToken() - 1).word().matches("(?i)from|starting");
    if (weeks == 0 && from && tense > 0 && day.equals(published)) weeks = 1;
    if (weeks == 0) return t;
    return new Timex(t.text(), t.beginToken(), t.endToken(), t.type(), day.plusWeeks(weeks) + m.group(2));
  }

  /**
   * "the weekend", which SUTime gives as the weekend of the publication week: a past-tense clause published before
   * that Saturday means the weekend before ("polls published over the weekend showed", written on a Wednesday), a
   * future clause published after its Sunday the weekend after. A weekend with no tense of its own "over" or "during"
   * which something happened ("ordered them to leave over the weekend", "after emergency talks over the weekend") in a story of a Monday or Tuesday, not in a
   * present or possible clause, is the one just past: the coming one is still days away. "This weekend" in a past
   * clause of a story from Wednesday to Friday stays the coming one ("postponed ... their series this weekend").
   */
  private static final Pattern THIS = Pattern.compile("(?i)this weekend");

  static Timex adjustWeekend(Sentence s, Timex t, LocalDate published) {
    Matcher m = WEEKEND.matcher(t.value());
    if (!m.matches()) return t;
    LocalDate saturday;
    try {
      saturday = LocalDate.parse(m.group(1) + "-W" + m.group(2) + "-6", java.time.format.DateTimeFormatter.ISO_WEEK_DATE);
    } catch (DateTimeException e) {
      return t;
    }
    int tense = ClauseTense.tense(s, t);
    boolean early = published.getDayOfWeek().getValue() <= 2 && saturday.isAfter(published);
    boolean over = t.beginToken() > 0 && s.token(t.beginToken() - 1).word().matches("(?i)over|during"); // not "return for the weekend"
    boolean justPast = tense == 0 && early && over && !ClauseTense.presentClause(s, t) && !ClauseTense.possibility(s, t);
    // "postponed ... their series this weekend" on a Thursday: "this weekend" late in the week is the coming one
    if (THIS.matcher(t.text()).matches() && published.getDayOfWeek().getValue() >= 3 && tense < 0) return t;
    int weeks = (tense < 0 || justPast) && saturday.isAfter(published) ? -1
        : tense > 0 && saturday.plusDays(1).isBefore(published) ? 1 : 0;
    if (weeks == 0) return t;
    LocalDate moved = saturday.plusWeeks(weeks);
    int week = moved.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    int year = moved.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR);
    return new Timex(t.text(), t.beginToken(), t.endToken(), t.type(), String.format(Locale.ROOT, "%04d-W%02d-WE", year, week));
  }
}
