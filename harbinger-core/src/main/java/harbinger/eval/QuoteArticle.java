package harbinger.eval;

import harbinger.model.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One gold article of the PolNeAR set: its text and its attributions (who is reported as saying what).
 *
 * @param id article id
 * @param published publication date, or null
 * @param text the article text (the gold offsets index into it)
 * @param attributions gold attributions, in gold order
 */
public record QuoteArticle(String id, @Nullable LocalDate published, String text,
                           List<QuoteArticle.GoldAttribution> attributions) {
  public QuoteArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    attributions = List.copyOf(attributions);
  }

  /**
   * One gold attribution. Spans may be discontinuous, so each part is a list of fragments.
   *
   * @param id attribution id ("E3")
   * @param source fragments of the source (speaker) words; empty for "Attribution-no-source"
   * @param sourceText the source words (fragments joined by a space), or null when there is no source
   * @param content fragments of the attributed content, over all its content spans
   * @param contentText the content words (all fragments joined by a space)
   */
  public record GoldAttribution(String id, List<Span> source, @Nullable String sourceText, List<Span> content,
                                String contentText) {
    public GoldAttribution {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(contentText, "contentText");
      source = List.copyOf(source);
      content = List.copyOf(content);
      if (source.isEmpty() != (sourceText == null)) throw new IllegalArgumentException(id + ": source fragments and text disagree");
    }

    /** True when the attribution names a speaker and has content: the attributions that are scored. */
    public boolean scorable() { return !source.isEmpty() && !content.isEmpty(); }
  }
}
