package harbinger.cli;

import harbinger.coding.QuoteExtractor;
import harbinger.eval.SystemUnderTest;
import harbinger.ingest.ReadItem;
import harbinger.model.AnnotatedDoc;
import harbinger.model.Article;
import harbinger.model.Outcome;
import harbinger.model.Quote;
import harbinger.nlp.NlpAnnotator;
import harbinger.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * The system under evaluation: the same {@link Pipeline} as {@code harbinger code}, run with a fixed number of
 * threads, plus the NLP stage alone and the quote extractor. Thread-safe.
 */
final class PipelineSystem implements SystemUnderTest {
  private final Pipeline pipeline;
  private final NlpAnnotator nlp;
  private final QuoteExtractor quotes;
  private final int threads;
  private final Runnable perArticle;

  /**
   * @param perArticle called once per article as its result is collected, on the calling thread
   * @param parseCache a folder of cached parses to read and fill, or null to parse every article
   */
  PipelineSystem(Engine engine, int threads, Runnable perArticle, @Nullable Path parseCache) {
    this.nlp = parseCache == null ? engine.nlp() : engine.parseCache(parseCache);
    this.pipeline = engine.pipeline(nlp);
    this.quotes = engine.quotes();
    this.threads = threads;
    this.perArticle = perArticle;
  }

  @Override public List<Outcome> code(List<Article> articles) {
    List<Outcome> out = new ArrayList<>(articles.size());
    pipeline.runAll(articles.stream().map(a -> (ReadItem) new ReadItem.Read(a)), threads, r -> {
      out.add(r.outcome());
      perArticle.run();
    });
    return out;
  }

  /** Annotates {@code threads} articles at a time; a failure of one article is recorded, not thrown. */
  @Override public List<Annotation> annotate(List<Article> articles) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "harbinger-eval");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Annotation>> futures = new ArrayList<>();
      for (Article a : articles) futures.add(pool.submit(() -> annotate(a)));
      List<Annotation> out = new ArrayList<>();
      for (Future<Annotation> f : futures) {
        out.add(f.get());
        perArticle.run();
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while annotating", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("annotation bug: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private Annotation annotate(Article a) {
    try {
      AnnotatedDoc doc = nlp.annotate(a);
      return new Annotation(a.id(), doc, null);
    } catch (RuntimeException e) {
      return new Annotation(a.id(), null, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  @Override public List<Quote> quotes(AnnotatedDoc doc) { return quotes.extract(doc); }
}
