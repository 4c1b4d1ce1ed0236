/**
 * Actor knowledge (countries, demonyms, capitals and metonyms, agent role nouns, organisations,
 * media outlets, peoples of one state, dated office holders) loaded from data files, and actor resolution over
 * sentences.
 * Depends on {@code model}, {@code data}, {@code error}.
 */
@NullMarked
package harbinger.actors;

import org.jspecify.annotations.NullMarked;
