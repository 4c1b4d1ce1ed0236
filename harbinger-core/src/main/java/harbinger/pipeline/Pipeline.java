package harbinger.pipeline;

import harbinger.coding.EventCoder;
import harbinger.ingest.ReadItem;
import harbinger.model.AnnotatedDoc;
import harbinger.model.Article;
import harbinger.model.Event;
import harbinger.model.Outcome;
import harbinger.nlp.NlpAnnotator;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Read items → checked article → annotated document → events. Every item yields exactly one {@link Result},
 * in input order, whatever happens to it: unreadable items, empty and non-English texts become
 * {@link Outcome.Skipped} (stages "read", "check", "language"); a failure inside annotation or coding of one article is recorded as a skip of that
 * article (stage "nlp" or "code") and the batch goes on. Thread-safe; parallelism is the caller's choice of
 * {@code threads} in {@link #runAll}.
 */
public final class Pipeline {
  private final NlpAnnotator nlp;
  private final EventCoder coder;
  private final LanguageCheck language;
  private final StageTimes times = new StageTimes();

  private Pipeline(NlpAnnotator nlp, EventCoder coder, LanguageCheck language) {
    this.nlp = Objects.requireNonNull(nlp, "nlp");
    this.coder = Objects.requireNonNull(coder, "coder");
    this.language = Objects.requireNonNull(language, "language");
  }

  /** A pipeline with the built-in {@link LanguageCheck#functionWords()} language check. */
  public static Pipeline create(NlpAnnotator nlp, EventCoder coder) {
    return new Pipeline(nlp, coder, LanguageCheck.functionWords());
  }

  /** A pipeline that skips articles {@code language} rejects, at stage {@code "language"}. */
  public static Pipeline create(NlpAnnotator nlp, EventCoder coder, LanguageCheck language) {
    return new Pipeline(nlp, coder, language);
  }

  public StageTimes times() { return times; }

  /** Runs one read item through the stages. */
  public Result run(ReadItem item) {
    if (item instanceof ReadItem.Unreadable u) return new Result(null, new Outcome.Skipped(u.id(), "read", u.reason()));
    Article article = ((ReadItem.Read) item).article();
    return new Result(article, run(article));
  }

  /** Runs one article through the stages. */
  public Outcome run(Article article) {
    long t0 = System.nanoTime();
    Optional<String> problem = TextCheck.problem(article.text());
    times.add("check", System.nanoTime() - t0);
    if (problem.isPresent()) return new Outcome.Skipped(article.id(), "check", problem.get());
    long tl = System.nanoTime();
    Optional<String> foreign = language.reject(article.text());
    times.add("language", System.nanoTime() - tl);
    if (foreign.isPresent()) return new Outcome.Skipped(article.id(), "language", foreign.get());
    AnnotatedDoc doc;
    long t1 = System.nanoTime();
    try {
      doc = nlp.annotate(article);
    } catch (RuntimeException e) {
      return new Outcome.Skipped(article.id(), "nlp", describe(e));
    } finally {
      times.add("nlp", System.nanoTime() - t1);
    }
    times.countSentences(doc.sentences().size());
    long t2 = System.nanoTime();
    try {
      List<Event> events = coder.code(doc);
      return new Outcome.Coded(article.id(), doc.sentences().size(), events);
    } catch (RuntimeException e) {
      return new Outcome.Skipped(article.id(), "code", describe(e));
    } finally {
      times.add("code", System.nanoTime() - t2);
    }
  }

  /**
   * Runs every item, {@code threads} at a time, handing results to {@code sink} in input order on the calling
   * thread. The stream is consumed lazily with at most {@code 2 * threads} items in flight.
   */
  public void runAll(Stream<ReadItem> items, int threads, Consumer<Result> sink) {
    if (threads <= 1) {
      items.forEach(i -> sink.accept(run(i)));
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "harbinger-pipeline");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<Result>> inFlight = new ArrayDeque<>();
      Iterator<ReadItem> it = items.iterator();
      while (it.hasNext() || !inFlight.isEmpty()) {
        while (it.hasNext() && inFlight.size() < 2 * threads) {
          ReadItem item = it.next();
          inFlight.add(pool.submit(() -> run(item)));
        }
        sink.accept(await(inFlight.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Result await(Future<Result> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while coding", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("pipeline bug: " + e.getCause(), e.getCause());
    }
  }

  private static String describe(RuntimeException e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + (m.length() > 300 ? m.substring(0, 300) + "..." : m));
  }
}
