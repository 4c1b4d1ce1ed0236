package harbinger.cli;

import harbinger.coding.EventCoder;
import harbinger.coding.QuoteExtractor;
import harbinger.ingest.ArticleSources;
import harbinger.ingest.lang.LinguaLanguageCheck;
import harbinger.ingest.web.WebFormats;
import harbinger.nlp.NlpAnnotator;
import harbinger.nlp.ParseCache;
import harbinger.nlp.corenlp.CoreNlp;
import harbinger.nlp.corenlp.NlpConfig;
import harbinger.pipeline.LanguageCheck;
import harbinger.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds the expensive parts (CoreNLP models, dictionaries) once, on first use, and hands out the pipeline.
 * Tests construct it with their own annotator. Thread-safe.
 */
public class Engine {
  private final Supplier<NlpAnnotator> nlpFactory;
  private final Supplier<String> nlpFingerprint;
  private final LanguageCheck language;
  private final Map<Path, ParseCache> parseCaches = new HashMap<>();
  private NlpAnnotator nlp;
  private EventCoder coder;
  private QuoteExtractor quotes;

  public Engine() {
    this(() -> CoreNlp.create(nlpConfig()), () -> CoreNlp.fingerprint(nlpConfig()), LinguaLanguageCheck.create());
  }

  /** An engine with the given annotator and Lingua's language check (its models load on first use). */
  public Engine(Supplier<NlpAnnotator> nlpFactory) { this(nlpFactory, LinguaLanguageCheck.create()); }

  /** An engine with the given annotator and language check; cached parses are keyed by the annotator's class. */
  public Engine(Supplier<NlpAnnotator> nlpFactory, LanguageCheck language) {
    this(nlpFactory, () -> "annotator:" + nlpFactory.getClass().getName(), language);
  }

  private Engine(Supplier<NlpAnnotator> nlpFactory, Supplier<String> nlpFingerprint, LanguageCheck language) {
    this.nlpFactory = nlpFactory;
    this.nlpFingerprint = nlpFingerprint;
    this.language = language;
  }

  private static NlpConfig nlpConfig() { return new NlpConfig(threads(), NlpConfig.defaults().maxSentenceTokens()); }

  /** Every input format: plain text, JSON Lines, HTML, WARC. */
  public ArticleSources sources() { return WebFormats.all(); }

  public synchronized EventCoder coder() {
    if (coder == null) coder = EventCoder.createDefault();
    return coder;
  }

  public synchronized QuoteExtractor quotes() {
    if (quotes == null) quotes = QuoteExtractor.createDefault();
    return quotes;
  }

  public synchronized NlpAnnotator nlp() {
    if (nlp == null) nlp = nlpFactory.get();
    return nlp;
  }

  /** A fresh pipeline (with its own stage timers) over the shared annotator and coder. */
  public Pipeline pipeline() { return pipeline(nlp()); }

  /** A fresh pipeline over the given annotator (for example a {@link #parseCache}) and the shared coder. */
  public Pipeline pipeline(NlpAnnotator annotator) { return Pipeline.create(annotator, coder(), language); }

  /**
   * The shared annotator behind a parse cache in {@code dir} (one cache object per folder): parses are read
   * from the folder when the article and the NLP stage are unchanged, and the models load only on a miss.
   */
  public synchronized ParseCache parseCache(Path dir) {
    return parseCaches.computeIfAbsent(dir.toAbsolutePath().normalize(),
        d -> new ParseCache(this::nlp, d, nlpFingerprint.get()));
  }

  /** Documents annotated at once: the number of cores, at most 4 (CoreNLP needs ~1 GB per worker). */
  public static int threads() { return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())); }

  /** The installation directory (where {@code samples/} lives): {@code -Dharbinger.home}, else the working directory. */
  public static Path home() {
    return Path.of(System.getProperty("harbinger.home", ".")).toAbsolutePath().normalize();
  }
}
