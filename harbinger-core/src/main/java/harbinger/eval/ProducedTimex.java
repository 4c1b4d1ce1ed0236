package harbinger.eval;

import harbinger.model.AnnotatedDoc;
import harbinger.model.Sentence;
import harbinger.model.Span;
import harbinger.model.Timex;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A time expression the NLP stage produced, placed in the article text.
 *
 * @param span character offsets of its tokens in the article text
 * @param text surface text
 * @param type DATE, TIME, DURATION or SET
 * @param value normalised TIMEX3 value, or null when unresolved
 */
public record ProducedTimex(Span span, String text, String type, @Nullable String value) {
  public ProducedTimex {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }

  /** Every time expression of every sentence of the document, in text order. */
  public static List<ProducedTimex> of(AnnotatedDoc doc) {
    List<ProducedTimex> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      for (Timex t : s.timexes()) {
        int end = Math.min(t.endToken(), s.tokens().size());
        if (t.beginToken() >= end) continue;
        Span span = new Span(s.token(t.beginToken()).begin(), s.token(end - 1).end());
        out.add(new ProducedTimex(span, t.text(), t.type(), t.value()));
      }
    }
    return out;
  }
}
