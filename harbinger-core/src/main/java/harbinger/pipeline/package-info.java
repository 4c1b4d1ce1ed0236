/**
 * The pipeline: the one place that knows the order of the stages (read, check, annotate, code) and turns
 * every input item into exactly one {@link harbinger.model.Outcome}. Depends on every other core package.
 */
@NullMarked
package harbinger.pipeline;

import org.jspecify.annotations.NullMarked;
