package harbinger.spark;

import harbinger.coding.EventCoder;
import harbinger.ingest.lang.LinguaLanguageCheck;
import harbinger.nlp.corenlp.CoreNlp;
import harbinger.nlp.corenlp.NlpConfig;
import harbinger.pipeline.Pipeline;
import org.jspecify.annotations.Nullable;

/**
 * The pipeline of this JVM: built lazily on first use inside a task, once per executor JVM, and shared by
 * the executor's concurrent tasks (the CoreNLP annotator admits {@code threads} concurrent documents). Never
 * serialised: closures capture only the thread count, and each executor builds its own. The same stages as
 * the CLI's engine: CoreNLP, the default event coder, Lingua's language check.
 */
final class PipelineHolder {
  private static volatile @Nullable Pipeline pipeline;

  private PipelineHolder() {}

  static Pipeline get(int threads) {
    Pipeline p = pipeline;
    if (p == null) {
      synchronized (PipelineHolder.class) {
        p = pipeline;
        if (p == null) {
          p = Pipeline.create(CoreNlp.create(new NlpConfig(threads, NlpConfig.defaults().maxSentenceTokens())),
              EventCoder.createDefault(), LinguaLanguageCheck.create());
          pipeline = p;
        }
      }
    }
    return p;
  }
}
