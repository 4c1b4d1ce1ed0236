/**
 * Event coding: turns an {@link harbinger.model.AnnotatedDoc} into {@link harbinger.model.Event}s using the
 * lexicon, the ontology and actor knowledge. Pure and thread-safe; no I/O. May depend on {@code model},
 * {@code actors}, {@code lexicon}, {@code ontology}, {@code data}, {@code error} only.
 */
@NullMarked
package harbinger.coding;

import org.jspecify.annotations.NullMarked;
