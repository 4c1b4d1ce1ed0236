package harbinger.nlp.corenlp;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.time.LocalDate;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * A holiday that something is planned, made or wanted "for" ("Masses planned for Easter will be held elsewhere",
 * "deliveries for Valentine's Day would be disrupted") is the coming one when that lies within two months of
 * publication, whatever the tense of the reporting verb: "sales for Christmas fell", written in January, is still
 * last year's (the coming one is far off). Pure function, for NamedDays.
 */
final class HolidaysFor {
  private HolidaysFor() {}

  /** The coming holiday, or null when the rule does not apply. {@code inYear} gives the holiday in a year. */
  static @Nullable LocalDate coming(Sentence s, Timex t, LocalDate day, LocalDate published, IntFunction<LocalDate> inYear) {
    if (t.beginToken() == 0 || !s.token(t.beginToken() - 1).word().equalsIgnoreCase("for")) return null;
    LocalDate next = inYear.apply(published.getYear());
    if (next.isBefore(published)) next = inYear.apply(published.getYear() + 1);
    return next.isAfter(published.plusDays(62)) ? null : next;
  }
}
