/**
 * The NLP port: one narrow interface that turns an {@link harbinger.model.Article} into an
 * {@link harbinger.model.AnnotatedDoc}. Implementations live in other modules (CoreNLP) or in tests.
 */
@NullMarked
package harbinger.nlp;

import org.jspecify.annotations.NullMarked;
