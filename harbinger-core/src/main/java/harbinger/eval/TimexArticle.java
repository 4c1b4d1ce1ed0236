package harbinger.eval;

import harbinger.model.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One gold article of the TempEval-3 set: its text, document creation time and TIMEX3 annotations.
 *
 * @param id document id
 * @param dct document creation time, used as the publication date
 * @param text the article text (the gold offsets index into it)
 * @param timexes gold time expressions, in text order
 */
public record TimexArticle(String id, LocalDate dct, String text, List<TimexArticle.GoldTimex> timexes) {
  public TimexArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(dct, "dct");
    Objects.requireNonNull(text, "text");
    timexes = List.copyOf(timexes);
  }

  /**
   * One gold TIMEX3.
   *
   * @param tid TIMEX3 id ("t3")
   * @param text surface text
   * @param span character offsets in the article text
   * @param type DATE, TIME, DURATION or SET
   * @param value normalised TIMEX3 value ("2013-03-21", "2012-SU", "PRESENT_REF")
   */
  public record GoldTimex(String tid, String text, Span span, String type, String value) {
    public GoldTimex {
      Objects.requireNonNull(tid, "tid");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(value, "value");
    }
  }
}
