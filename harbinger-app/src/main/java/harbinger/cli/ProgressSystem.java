package harbinger.cli;

import harbinger.eval.SystemUnderTest;
import harbinger.model.AnnotatedDoc;
import harbinger.model.Article;
import harbinger.model.Outcome;
import harbinger.model.Quote;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The system {@code eval} scores, with a progress bar ({@link Progress}: count, rate, time left) over each batch
 * the evaluator hands it (one per gold set, two for quotes: annotation, then the quote pass). The wrapped system
 * reports each finished article through the {@link Runnable} it was built with ({@link #step()}); a system that
 * does not (a test fake) has its bar completed when the batch returns. Disabled bars print nothing (see
 * {@link Progress#forConsole}). Not thread-safe: the evaluator calls from one thread, and the wrapped system
 * reports from that thread.
 */
final class ProgressSystem implements SystemUnderTest {
  private final SystemUnderTest inner;
  private final PrintWriter err;
  private final @Nullable Boolean force;
  private @Nullable Progress current;
  private long stepped;

  /**
   * @param build builds the wrapped system given the per-article callback it must call
   * @param force {@code --progress}/{@code --no-progress}, or null for "only on a terminal"
   */
  ProgressSystem(Function<Runnable, SystemUnderTest> build, PrintWriter err, @Nullable Boolean force) {
    this.inner = Objects.requireNonNull(build.apply(this::step), "system");
    this.err = err;
    this.force = force;
  }

  /** One article of the current batch is done. */
  void step() {
    if (current != null) {
      current.step();
      stepped++;
    }
  }

  @Override public List<Outcome> code(List<Article> articles) {
    try (Progress p = open(articles.size())) {
      return finish(inner.code(articles), articles.size());
    } finally {
      current = null;
    }
  }

  @Override public List<Annotation> annotate(List<Article> articles) {
    try (Progress p = open(articles.size())) {
      return finish(inner.annotate(articles), articles.size());
    } finally {
      current = null;
    }
  }

  @Override public List<Quote> quotes(AnnotatedDoc doc) { return inner.quotes(doc); }

  private Progress open(int total) {
    current = Progress.forConsole(err, "articles", total, force);
    stepped = 0;
    return current;
  }

  private <T> List<T> finish(List<T> results, int total) {
    if (current != null && stepped < total) current.step((int) (total - stepped));
    return results;
  }
}
