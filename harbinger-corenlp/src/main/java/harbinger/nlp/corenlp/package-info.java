/**
 * The CoreNLP adapter behind the {@link harbinger.nlp.NlpAnnotator} port: the only package in Harbinger that
 * imports {@code edu.stanford.*}. {@link harbinger.nlp.corenlp.CoreNlp#create} builds the Stanford pipeline
 * once from a typed {@link harbinger.nlp.corenlp.NlpConfig}; every CoreNLP object is turned into
 * {@code harbinger.model} records before {@code annotate} returns, so no {@code CoreMap} escapes.
 * May depend on {@code harbinger.model}, {@code harbinger.nlp}, {@code harbinger.error} and CoreNLP.
 */
@NullMarked
package harbinger.nlp.corenlp;

import org.jspecify.annotations.NullMarked;
