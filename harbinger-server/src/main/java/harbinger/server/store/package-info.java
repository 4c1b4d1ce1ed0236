/**
 * The server's ports over the store port: {@link harbinger.server.store.StoreBackend} answers
 * {@code EventQueries} and {@code ArticleIngest} from any {@code harbinger.store.EventStore} (in
 * {@code harbinger serve}, the DuckDB store), serialising the calls of many request threads onto the
 * single-threaded store and coding submitted articles with the same {@code IngestService} as {@code harbinger
 * ingest}. May depend on {@code harbinger.server}, {@code store}, {@code ingest}, {@code pipeline} and {@code model};
 * no HTTP, no JDBC (ArchUnit checks both).
 */
@NullMarked
package harbinger.server.store;

import org.jspecify.annotations.NullMarked;
