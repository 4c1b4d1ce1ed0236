package harbinger.nlp.corenlp;

import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * "Feb. 29" written without a year (session 23): SUTime, finding no 29 February in the publication year, leaves the
 * year out ({@code XXXX-02-29}). It is the leap day nearest to publication on the side the clause's tense asks for:
 * the last one before publication in a past clause, the next one after it otherwise ("could surface on Feb. 29"
 * written on 31 December 1999 is 2000-02-29). Pure functions over the mapped records.
 */
final class LeapDays {
  private LeapDays() {}

  private static final String LEAP_DAY = "XXXX-02-29";

  /** The sentence with its yearless leap days given a year, or {@code s} itself when it has none. */
  static Sentence apply(Sentence s, @Nullable LocalDate published) {
    if (published == null || s.timexes().isEmpty()) return s;
    List<Timex> out = new ArrayList<>(s.timexes());
    boolean changed = false;
    for (int i = 0; i < out.size(); i++) {
      Timex t = out.get(i);
      if (!t.type().equals("DATE") || !LEAP_DAY.equals(t.value())) continue;
      boolean past = !s.dependencies().isEmpty() && ClauseTense.tense(s, t) < 0;
      int year = published.getYear();
      while (!java.time.Year.isLeap(year) || (past ? !LocalDate.of(year, 2, 29).isBefore(published)
          : LocalDate.of(year, 2, 29).isBefore(published))) year += past ? -1 : 1;
      out.set(i, new Timex(t.text(), t.beginToken(), t.endToken(), t.type(), LocalDate.of(year, 2, 29).toString()));
      changed = true;
    }
    return changed ? s.withTimexes(out) : s;
  }
}
