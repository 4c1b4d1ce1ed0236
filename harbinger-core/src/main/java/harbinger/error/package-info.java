/**
 * The only unchecked exceptions Harbinger throws on purpose: {@link harbinger.error.EngineException} and its
 * subtypes for configuration, dictionary and input errors. Bad articles are not exceptions: they become
 * {@code Outcome.Skipped}. Depends on nothing.
 */
@NullMarked
package harbinger.error;

import org.jspecify.annotations.NullMarked;
