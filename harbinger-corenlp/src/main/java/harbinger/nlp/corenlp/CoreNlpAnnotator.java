package harbinger.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import harbinger.error.EngineException;
import harbinger.model.AnnotatedDoc;
import harbinger.model.Article;
import harbinger.nlp.NlpAnnotator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Semaphore;

/**
 * {@link NlpAnnotator} on Stanford CoreNLP. Thread-safe: the CoreNLP annotators it holds are built once in the
 * constructor and are safe for concurrent use (the CoreNLP server shares one pipeline between its request
 * threads); each call works on its own {@link Annotation}. At most {@link NlpConfig#threads()} calls run at
 * once, the others wait. See {@link CoreNlp} for the contract and the choice of parallelism.
 */
final class CoreNlpAnnotator implements NlpAnnotator {
  /* Implementation notes.
   *
   * The pipeline is tokenize,ssplit, then HeadingSplit (a subheading line joined by ssplit to the sentence below
   * becomes a sentence of its own), then pos,lemma,ner (a second StanfordCoreNLP without requirement checks),
   * followed by depparse, but depparse is held as a separate
   * DependencyParseAnnotator instead of being listed in "annotators": CoreNLP has no length limit for the
   * neural dependency parser (only a wall-clock "sentenceTimeout", which would make output depend on machine
   * load), so we hand it only the sentences of at most maxSentenceTokens tokens. For NER the limit is
   * CoreNLP's own "ner.maxlen": longer sentences skip the statistical and numeric classifiers (and SUTime,
   * which runs inside them); CoreNlpMapper then also drops the few rule-based fine-grained tags that
   * CoreNLP still adds to such sentences, so an over-long sentence is uniformly "tokens, tags and lemmas
   * only". The part-of-speech tagger is linear in sentence length (0.2 s for 4,300 tokens), so pos.maxlen
   * is deliberately left unset: CoreNLP would tag longer sentences "X".
   *
   * Properties (all other CoreNLP defaults are kept, see https://stanfordnlp.github.io/CoreNLP/):
   * - ssplit.newlineIsSentenceBreak=two: a blank line always ends a sentence, so a headline without a final
   *   period followed by a blank line is a sentence of its own, and sentences never cross paragraphs.
   * - ner.applyFineGrained=true: COUNTRY, NATIONALITY, CITY, STATE_OR_PROVINCE, TITLE, IDEOLOGY, RELIGION,
   *   CRIMINAL_CHARGE ... instead of LOCATION/MISC.
   * - ner.applyNumericClassifiers=true and ner.useSUTime=true: needed for NUMBER, MONEY, PERCENT, DATE, TIME,
   *   DURATION, SET tags and their normalized values; they cannot be turned off without losing those.
   * - sutime.rules: CoreNLP's rule files with the tense-tagging rules of english.sutime.txt removed, because
   *   they leave state behind that makes annotations depend on earlier documents (see SutimeRules).
   * - ner.buildEntityMentions=true: time expressions are read from the DATE/TIME/DURATION/SET mentions.
   * - no ner.docdate.* property: the document date comes only from Article.published() (DocDateAnnotation);
   *   without it SUTime leaves relative dates unresolved instead of resolving them against today.
   * - no threads / pos.nthreads / ner.nthreads / depparse nthreads: CoreNLP runs single-threaded per document;
   *   documents run in parallel in the callers' threads (measurements in CoreNlp's javadoc), bounded by
   *   the semaphore below.
   */
  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP pipeline;
  private final DependencyParseAnnotator parser;
  private final int maxSentenceTokens;
  private final Semaphore slots;

  CoreNlpAnnotator(NlpConfig config) {
    this.maxSentenceTokens = config.maxSentenceTokens();
    this.slots = new Semaphore(config.threads(), true);
    this.splitter = new StanfordCoreNLP(splitterProperties());
    this.pipeline = new StanfordCoreNLP(pipelineProperties(config));
    this.parser = new DependencyParseAnnotator(parserProperties());
  }

  /** Tokenizer and sentence splitter, run before {@link HeadingSplit}. */
  static Properties splitterProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    return p;
  }

  /** Tagger, lemmatiser and named entities, on the sentences of {@link #splitterProperties()}. */
  static Properties pipelineProperties(NlpConfig config) {
    Properties p = new Properties();
    p.setProperty("annotators", "pos,lemma,ner");
    p.setProperty("enforceRequirements", "false");
    p.setProperty("tokenize.language", "en");
    p.setProperty("ner.applyFineGrained", "true");
    p.setProperty("ner.applyNumericClassifiers", "true");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("sutime.rules", SutimeRules.property());
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("ner.maxlen", Integer.toString(config.maxSentenceTokens()));
    return p;
  }

  /** Properties of the dependency parser, without the "depparse." prefix (as CoreNLP passes them). */
  static Properties parserProperties() {
    Properties p = new Properties();
    p.setProperty("model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
    p.setProperty("nthreads", "1");
    return p;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Blank or empty text gives a document without sentences and does not reach CoreNLP.
   *
   * @throws EngineException if the calling thread is interrupted while waiting for a free slot (its
   *     interrupt flag is set again)
   */
  @Override
  public AnnotatedDoc annotate(Article article) {
    Objects.requireNonNull(article, "article");
    if (article.text().isBlank()) return new AnnotatedDoc(article, List.of());
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EngineException("interrupted while waiting to annotate article " + article.id(), e);
    }
    try {
      return annotateNow(article);
    } finally {
      slots.release();
    }
  }

  private AnnotatedDoc annotateNow(Article article) {
    Annotation doc = new Annotation(article.text());
    if (article.published() != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
    }
    splitter.annotate(doc);
    HeadingSplit.apply(doc);
    pipeline.annotate(doc);
    parseShortSentences(doc);
    return CoreNlpMapper.toAnnotatedDoc(article, doc, maxSentenceTokens);
  }

  /**
   * Runs the dependency parser on the sentences that are short enough; it sets their graphs in place. A sentence
   * that opens a paragraph with a wire dateline is parsed as dateline and story ({@link DatelineSplit}).
   */
  private void parseShortSentences(Annotation doc) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) return;
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    ParagraphBreaks breaks = ParagraphBreaks.of(text);
    List<CoreMap> parsable = new ArrayList<>();
    List<DatelineSplit> splits = new ArrayList<>();
    int paragraph = -1;
    for (CoreMap s : sentences) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens.isEmpty()) continue;
      int p = breaks.paragraphAt(tokens.get(0).beginPosition());
      boolean opensParagraph = p != paragraph;
      paragraph = p;
      if (CoreNlpMapper.isOverLong(s, maxSentenceTokens)) continue;
      DatelineSplit split = opensParagraph ? DatelineSplit.of(s, text) : null;
      if (split == null) {
        parsable.add(s);
      } else {
        splits.add(split);
        parsable.addAll(split.pieces());
      }
    }
    if (parsable.isEmpty()) return;
    Annotation part = new Annotation(text);
    part.set(CoreAnnotations.SentencesAnnotation.class, parsable);
    parser.annotate(part);
    for (DatelineSplit split : splits) split.join();
  }
}
