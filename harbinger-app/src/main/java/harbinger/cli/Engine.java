package harbinger.cli;

import harbinger.coding.EventCoder;
import harbinger.coding.QuoteExtractor;
import harbinger.ingest.ArticleSources;
import harbinger.ingest.lang.LinguaLanguageCheck;
import harbinger.ingest.web.WebFormats;
import harbinger.nlp.NlpAnnotator;
import harbinger.nlp.corenlp.CoreNlp;
import harbinger.nlp.corenlp.NlpConfig;
import harbinger.pipeline.LanguageCheck;
import harbinger.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Builds the expensive parts (CoreNLP models, dictionaries) once, on first use, and hands out the pipeline.
 * Tests construct it with their own annotator. Thread-safe.
 */
public class Engine {
  private final Supplier<NlpAnnotator> nlpFactory;
  private final LanguageCheck language;
  private NlpAnnotator nlp;
  private EventCoder coder;
  private QuoteExtractor quotes;

  public Engine() { this(() -> CoreNlp.create(new NlpConfig(threads(), NlpConfig.defaults().maxSentenceTokens()))); }

  /** An engine with the given annotator and Lingua's language check (its models load on first use). */
  public Engine(Supplier<NlpAnnotator> nlpFactory) { this(nlpFactory, LinguaLanguageCheck.create()); }

  public Engine(Supplier<NlpAnnotator> nlpFactory, LanguageCheck language) {
    this.nlpFactory = nlpFactory;
    this.language = language;
  }

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
  public Pipeline pipeline() { return Pipeline.create(nlp(), coder(), language); }

  /** Documents annotated at once: the number of cores, at most 4 (CoreNLP needs ~1 GB per worker). */
  public static int threads() { return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())); }

  /** The installation directory (where {@code samples/} lives): {@code -Dharbinger.home}, else the working directory. */
  public static Path home() {
    return Path.of(System.getProperty("harbinger.home", ".")).toAbsolutePath().normalize();
  }
}
