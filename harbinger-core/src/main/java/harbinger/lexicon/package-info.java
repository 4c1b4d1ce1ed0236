/**
 * The event lexicon: trigger words (verbs and nouns) with conditions over their dependency context,
 * each mapped to a CAMEO code, loaded once from readable TSV files with {@code file:line} errors.
 * Matching against sentences happens in {@code coding}. Depends on {@code data}, {@code error}, {@code ontology}.
 */
@NullMarked
package harbinger.lexicon;

import org.jspecify.annotations.NullMarked;
