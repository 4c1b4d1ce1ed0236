package harbinger.nlp;

import harbinger.model.AnnotatedDoc;
import harbinger.model.Article;

/**
 * Splits an article into sentences and annotates tokens (lemma, POS, NER), dependencies and time
 * expressions normalised against {@link Article#published()} (left unresolved when that is null).
 * Sentences never cross paragraph breaks (blank lines). Implementations are thread-safe.
 */
public interface NlpAnnotator {
  AnnotatedDoc annotate(Article article);
}
