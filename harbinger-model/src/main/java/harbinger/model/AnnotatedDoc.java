package harbinger.model;

import java.util.List;
import java.util.Objects;

/** An article with its linguistic annotation, as produced by an {@code NlpAnnotator}. */
public record AnnotatedDoc(Article article, List<Sentence> sentences) {
  public AnnotatedDoc {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
  }
}
