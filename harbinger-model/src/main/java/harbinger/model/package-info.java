/**
 * Immutable records that cross stage boundaries: articles, annotated documents (tokens, dependencies,
 * time expressions), and coded events with their actors and provenance. No dependencies beyond the JDK
 * and JSpecify annotations; every record validates itself in its compact constructor.
 */
@NullMarked
package harbinger.model;

import org.jspecify.annotations.NullMarked;
