package harbinger.eval;

import harbinger.model.AnnotatedDoc;
import harbinger.model.Article;
import harbinger.model.Outcome;
import harbinger.model.Quote;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the evaluation runs the gold text through: the real pipeline in the application, hand-written fakes in
 * tests. Implementations decide on parallelism; results come back in input order.
 */
public interface SystemUnderTest {
  /** Codes the articles: exactly one outcome per article, in the same order. */
  List<Outcome> code(List<Article> articles);

  /** Annotates the articles (NLP stage only): exactly one annotation per article, in the same order. */
  List<Annotation> annotate(List<Article> articles);

  /** The quotes of an annotated article. */
  List<Quote> quotes(AnnotatedDoc doc);

  /**
   * The NLP stage's result for one article: the document, or why there is none.
   *
   * @param articleId the article
   * @param doc the annotated document, or null when annotation failed
   * @param problem why annotation failed, or null
   */
  record Annotation(String articleId, @Nullable AnnotatedDoc doc, @Nullable String problem) {
    public Annotation {
      Objects.requireNonNull(articleId, "articleId");
      if ((doc == null) == (problem == null)) throw new IllegalArgumentException("exactly one of doc and problem must be set");
    }
  }
}
