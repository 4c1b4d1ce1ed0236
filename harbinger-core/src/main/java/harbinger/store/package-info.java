/**
 * The event store port and the store's rules that need no database: the {@link harbinger.store.EventStore}
 * interface (implemented with DuckDB in {@code harbinger-store}), the records it reads and writes, how mentions of
 * one real-world event are keyed and counted ({@link harbinger.store.EventKeys},
 * {@link harbinger.store.EventConfidence}), near-duplicate fingerprints ({@link harbinger.store.ArticleFingerprint}),
 * the escalation detector, the read-only SQL guard, the export writers and the ingest service that runs the
 * {@code Pipeline} into a store. No {@code java.sql}: may depend on {@code model}, {@code error}, {@code ingest},
 * {@code pipeline} and {@code output}.
 */
@NullMarked
package harbinger.store;

import org.jspecify.annotations.NullMarked;
