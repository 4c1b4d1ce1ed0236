/**
 * The {@link harbinger.store.EventStore} on an embedded DuckDB file: the only package that imports
 * {@code org.duckdb} and {@code java.sql}. Open a store with {@link harbinger.store.duckdb.DuckDbStores}; everything
 * else is package-private. Depends on {@code harbinger.store}, {@code model}, {@code pipeline} and {@code error}.
 */
@NullMarked
package harbinger.store.duckdb;

import org.jspecify.annotations.NullMarked;
