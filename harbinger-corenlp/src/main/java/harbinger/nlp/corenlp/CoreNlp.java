package harbinger.nlp.corenlp;

import harbinger.error.EngineException;
import harbinger.nlp.CodeFingerprint;
import harbinger.nlp.NlpAnnotator;
import harbinger.nlp.ParseCache;
import java.util.Objects;

/**
 * Creates the CoreNLP-backed {@link NlpAnnotator}.
 *
 * <p>What the annotator produces: sentences that never cross a blank line (a headline without final
 * punctuation followed by a blank line is a sentence of its own), tokens with character offsets into
 * {@code article.text()}, the original surface form, lemma, Penn Treebank tag, fine-grained named-entity tag
 * (COUNTRY, NATIONALITY, STATE_OR_PROVINCE, CITY, TITLE, PERSON, ORGANIZATION, IDEOLOGY, RELIGION,
 * CRIMINAL_CHARGE, NUMBER, MONEY, DATE, ... or "O") and normalized value, Universal Dependencies
 * <em>basic</em> dependencies (a tree with one {@code root} whose governor is -1), and time expressions
 * resolved by SUTime against {@code article.published()}. When the publication date is null, relative
 * expressions are left unresolved ({@code Timex.value()} null or a TIMEX form such as {@code XXXX-WXX-3},
 * and {@code Token.normalized()} CoreNLP's unresolved form such as {@code OFFSET P-1D}); they are never
 * resolved against today.
 *
 * <p>Sentences longer than {@link NlpConfig#maxSentenceTokens()} keep their tokens, lemmas and
 * part-of-speech tags but get {@code ner = "O"}, no normalized values, no time expressions and no
 * dependencies: an empty dependency list marks a sentence that was not parsed.
 *
 * <p>Threads: the returned annotator is thread-safe and immutable. Parallelism lives in the caller's executor,
 * one document per task, and not in CoreNLP's {@code threads}/{@code *.nthreads} properties (which annotate
 * the sentences of one document in parallel): on two cores, 24-sentence news documents took 329 ms each on
 * one thread, 247 ms with CoreNLP's sentence-level threads = 2, and 180 ms with two callers sharing one
 * single-threaded pipeline (sentence-level threads synchronise after every annotator of every document).
 * {@link NlpConfig#threads()} is the number of concurrent {@code annotate} calls the annotator admits;
 * more callers wait for a free slot.
 */
public final class CoreNlp {
  private CoreNlp() {}

  /**
   * What decides the annotations {@link #create} makes, as a hash: the adapter's code, the shared NLP helpers
   * of {@code harbinger.nlp}, the CoreNLP jars' names (their versions) and {@code maxSentenceTokens}. Keys
   * cached parses ({@link harbinger.nlp.ParseCache}); the thread count does not change annotations.
   */
  public static String fingerprint(NlpConfig config) {
    String s = CodeFingerprint.of(CoreNlp.class, "harbinger/nlp/corenlp/") + " "
        + CodeFingerprint.of(NlpAnnotator.class, "harbinger/nlp/") + " "
        + CodeFingerprint.sourceName(edu.stanford.nlp.pipeline.StanfordCoreNLP.class) + " "
        + config.maxSentenceTokens();
    return ParseCache.sha256(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * Loads the CoreNLP models (about 15 s and 1.5 GB of heap) and returns an annotator that reuses them.
   * Build it once per process and share it. A second annotator with the same {@code maxSentenceTokens}
   * reuses CoreNLP's cached tagger and NER models but loads its own dependency parser.
   *
   * @throws EngineException if the models cannot be loaded (for example the models jar is missing)
   */
  public static NlpAnnotator create(NlpConfig config) {
    Objects.requireNonNull(config, "config");
    try {
      return new CoreNlpAnnotator(config);
    } catch (RuntimeException e) {
      throw new EngineException("cannot load the CoreNLP models (is stanford-corenlp:models on the classpath?): "
          + e.getMessage(), e);
    }
  }
}
