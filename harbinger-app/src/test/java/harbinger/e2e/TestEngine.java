package harbinger.e2e;

import harbinger.cli.Engine;
import harbinger.ingest.ReadItem;
import harbinger.model.Article;
import harbinger.pipeline.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The one {@link Engine} (real CoreNLP models and the default coder) shared by every integration test of
 * this module. Loading the models costs about 15 s and 1.5 GB of heap, so it happens once per test JVM, on
 * first use; failsafe runs all {@code *IT} classes of the module in one JVM. Thread-safe.
 */
public final class TestEngine {
  private static @Nullable Engine engine;

  private TestEngine() {}

  /** The shared engine, with its models loaded. */
  public static synchronized Engine get() {
    if (engine == null) {
      long t0 = System.nanoTime();
      Engine e = new Engine();
      e.nlp();
      e.coder();
      System.out.printf("TestEngine: CoreNLP models and coder loaded in %.1f s (%d annotation threads)%n",
          (System.nanoTime() - t0) / 1e9, Engine.threads());
      engine = e;
    }
    return engine;
  }

  /** Runs the items through a fresh pipeline of the shared engine, {@link Engine#threads()} at a time; results in input order. */
  public static List<Result> run(Stream<ReadItem> items) {
    List<Result> out = new ArrayList<>();
    get().pipeline().runAll(items, Engine.threads(), out::add);
    return out;
  }

  /** Runs the articles as {@link #run(Stream)} does. */
  public static List<Result> runArticles(List<Article> articles) {
    return run(articles.stream().map(ReadItem.Read::new));
  }
}
