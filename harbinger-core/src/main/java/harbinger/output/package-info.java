/**
 * Writing coded events and run results: one JSON object per event (JSON Lines), GDELT 2.0 event-table rows,
 * and the end-of-run summary. Pure formatting: no I/O of its own, stateless static writers, thread-safe.
 * Depends on {@code model} and Jackson's streaming generator.
 */
@NullMarked
package harbinger.output;

import org.jspecify.annotations.NullMarked;
