/**
 * An in-memory adapter of the server's ports over the {@code Pipeline}: articles, outcomes and events kept in
 * sorted lists behind a read-write lock. It serves tests, the demo and the HTTP benchmark until the DuckDB store
 * is plugged in; it does not cluster mentions across articles (each coded event is one row with one mention) and
 * keeps nothing across restarts. May depend on {@code harbinger.server}, {@code model}, {@code ingest} and
 * {@code pipeline}.
 */
@NullMarked
package harbinger.server.memory;

import org.jspecify.annotations.NullMarked;
