package harbinger.coding;

import harbinger.model.DatePrecision;
import harbinger.model.Timex;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.BitSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Resolves an event's date: the DATE or TIME expression of the trigger's own clause (normalised by the NLP
 * stage against the publication date), otherwise that of the verb a conjoined verb is coordinated with, otherwise
 * the publication date (day precision), otherwise unknown.
 * Unresolved expressions ("XXXX-WXX-3", produced when the publication date is unknown) never become dates.
 * Stateless and thread-safe.
 */
final class DateFinder {
  private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
  private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("^(?:FY)?(\\d{4})(-(Q\\d|SP|SU|FA|WI|H\\d))?$"); // FY1998: fiscal 1998
  private static final Pattern DECADE_OR_CENTURY = Pattern.compile("^\\d{2,3}$"); // TimeML: "194" the 1940s, "18" the 1800s
  private static final Set<String> CLAUSE_STOP = Set.of("ccomp", "parataxis", "acl:relcl", "conj", "advcl");

  EventDate find(SentenceGraph g, int trigger, @Nullable LocalDate published) {
    BitSet clause = clause(g, trigger);
    Timex best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Timex t : g.sentence().timexes()) {
      if (!t.type().equals("DATE") && !t.type().equals("TIME")) continue;
      boolean inClause = false;
      for (int k = t.beginToken(); k < t.endToken(); k++) if (clause.get(k)) inClause = true;
      if (!inClause || datesAnotherNoun(g, t, trigger)) continue;
      int d = Math.min(Math.abs(t.beginToken() - trigger), Math.abs(t.endToken() - 1 - trigger));
      if (parse(value(g, t), published).isPresent() && d < bestDistance) { best = t; bestDistance = d; }
    }
    if (best != null) return tenseAdjusted(g, trigger, best, parse(value(g, best), published).orElseThrow(), published);
    int h = g.head(trigger);
    if (g.relation(trigger).equals("conj") && h >= 0 && g.token(trigger).isVerb() && g.token(h).isVerb()) {
      // "condemned the bombing on Monday and summoned the ambassador": the conjoined act shares the date
      EventDate shared = find(g, h, published);
      if (shared.explicit()) return shared;
    }
    if (published != null) return new EventDate(published, DatePrecision.DAY, false);
    return EventDate.UNKNOWN;
  }

  /**
   * Whether the expression dates something further down than the trigger: on its way up to the trigger it passes
   * a noun modifying another noun ("marked the anniversary of the 2008 war": 2008 dates the war, not the marking)
   * or a clause modifying a noun ("travel ... on the anniversary of the army's shelling of the port in 2009").
   * Expressions the parser hangs on a noun right below a verb ("hosted the talks on Monday") still date the verb.
   */
  private static boolean datesAnotherNoun(SentenceGraph g, Timex t, int trigger) {
    int k = t.beginToken();
    for (int steps = 0; k >= t.beginToken() && k < t.endToken() && steps < 8; steps++) k = g.head(k);
    for (int steps = 0; k >= 0 && k != trigger && steps < 10; steps++) {
      int h = g.head(k);
      if (h < 0 || h == trigger) return false;
      boolean underNoun = g.token(h).pos().startsWith("NN");
      if (underNoun && (g.token(k).pos().startsWith("NN") || g.relation(k).startsWith("acl"))) return true;
      k = h;
    }
    return false;
  }

  /** The trigger's clause: its subtree without embedded clauses, plus, for nouns and participles, the governing verb's. */
  private static BitSet clause(SentenceGraph g, int trigger) {
    BitSet stop = new BitSet();
    for (int i = 0; i < g.size(); i++) if (i != trigger && CLAUSE_STOP.contains(g.relation(i))) stop.set(i);
    BitSet out = g.subtree(trigger, stop);
    int k = trigger;
    int steps = 0;
    while (!g.token(k).isVerb() && g.head(k) >= 0 && steps++ < 4) {
      k = g.head(k);
      BitSet up = g.subtree(k, stop);
      out.or(up);
    }
    if (g.token(trigger).isVerb() && g.head(trigger) >= 0 && (g.relation(trigger).equals("xcomp") || g.relation(trigger).startsWith("advcl")
        || FreeAdjuncts.doer(g, trigger, g.head(trigger)) != null)) {
      // "urged X on Thursday to reduce": a date on the governing verb dates the complement too, and so it does a
      // participle telling what the main clause's subject did next ("clashed in 2020, killing 20 soldiers")
      int h = g.head(trigger);
      for (int c : g.children(h)) if (g.relation(c).equals("obl:tmod") || g.relation(c).equals("obl")) out.or(g.subtree(c, stop));
    }
    return out;
  }

  private static final java.util.regex.Pattern WEEKDAY =
      java.util.regex.Pattern.compile("(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

  /**
   * A bare weekday is resolved by the NLP stage without regard to tense; news uses it for the past week in the
   * past tense ("was detained on Sunday", published on a Monday, means the day before) and for the coming week in
   * the future tense. A past-tense event dated after publication moves back a week, a future one before
   * publication forward a week.
   */
  private static EventDate tenseAdjusted(SentenceGraph g, int trigger, Timex t, EventDate d, @Nullable LocalDate published) {
    if (published == null || d.date() == null || d.precision() != harbinger.model.DatePrecision.DAY) return d;
    if (!WEEKDAY.matcher(t.text()).find()) return d;
    int verb = trigger;
    for (int steps = 0; verb >= 0 && !g.token(verb).isVerb() && steps < 4; steps++) verb = g.head(verb);
    if (verb < 0) return d;
    boolean future = false;
    for (int c : g.children(verb)) if (g.baseRelation(c).equals("aux") && Set.of("will", "shall", "'ll", "wo").contains(g.lemma(c))) future = true;
    boolean past = !future && (g.token(verb).pos().equals("VBD") || g.token(verb).pos().equals("VBN"));
    if (past && d.date().isAfter(published)) return new EventDate(d.date().minusDays(7), d.precision(), true);
    if (future && d.date().isBefore(published)) return new EventDate(d.date().plusDays(7), d.precision(), true);
    return d;
  }

  /**
   * The timex value, or for a compound expression left without one ("78 days in 1999" normalised as
   * "1999 INTERSECT P78D"), the date part of its tokens' normalised value.
   */
  private static @Nullable String value(SentenceGraph g, Timex t) {
    if (t.value() != null) return t.value();
    for (int k = t.beginToken(); k < t.endToken(); k++) {
      String n = g.token(k).normalized();
      if (n == null) continue;
      for (String part : n.split(" INTERSECT ")) {
        if (part.matches("\\d{4}.*")) return part.trim();
      }
    }
    return null;
  }

  static Optional<EventDate> parse(@Nullable String value, @Nullable LocalDate published) {
    if (value == null) return Optional.empty();
    if (value.equals("PRESENT_REF")) {
      return published == null ? Optional.empty() : Optional.of(new EventDate(published, DatePrecision.DAY, true));
    }
    try {
      Matcher m = DAY.matcher(value);
      if (m.find()) return Optional.of(new EventDate(LocalDate.of(i(m, 1), i(m, 2), i(m, 3)), DatePrecision.DAY, true));
      m = MONTH.matcher(value);
      if (m.find()) return Optional.of(new EventDate(LocalDate.of(i(m, 1), i(m, 2), 1), DatePrecision.MONTH, true));
      m = WEEK.matcher(value);
      if (m.find()) {
        LocalDate monday = LocalDate.of(i(m, 1), 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, i(m, 2))
            .with(java.time.DayOfWeek.MONDAY);
        return Optional.of(new EventDate(monday, DatePrecision.MONTH, true));
      }
      m = YEAR.matcher(value);
      if (m.find()) return Optional.of(new EventDate(LocalDate.of(i(m, 1), 1, 1), DatePrecision.YEAR, true));
      m = DECADE_OR_CENTURY.matcher(value);
      if (m.find()) return past(value, published);
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * A decade ("194", "the 1940s") or century ("18", "the 19th century") dates an event only when it ended before
   * publication ("during the 1960s, troops raided ..."): its first year, at year precision, which makes a history
   * lesson historical. One that is still running ("the 2020s", "this century") dates nothing.
   */
  private static Optional<EventDate> past(String value, @Nullable LocalDate published) {
    int span = value.length() == 3 ? 10 : 100;
    int first = Integer.parseInt(value) * span;
    if (published == null || first + span > published.getYear()) return Optional.empty();
    return Optional.of(new EventDate(LocalDate.of(first, 1, 1), DatePrecision.YEAR, true));
  }

  private static int i(Matcher m, int group) { return Integer.parseInt(m.group(group)); }
}
