/**
 * Language identification with Lingua, behind the core {@link harbinger.pipeline.LanguageCheck} port:
 * {@link harbinger.ingest.lang.LinguaLanguageCheck}. Depends on {@code pipeline}, {@code error} and Lingua.
 */
@NullMarked
package harbinger.ingest.lang;

import org.jspecify.annotations.NullMarked;
