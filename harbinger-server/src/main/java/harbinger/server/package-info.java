/**
 * The server's ports and read model: {@link harbinger.server.EventQueries} (what the API and dashboard read) and
 * {@link harbinger.server.ArticleIngest} (what {@code POST /api/articles} writes), with the immutable records they
 * exchange. An adapter implements both over some store: {@code harbinger.server.memory} over the pipeline and a
 * list in memory; a DuckDB adapter over {@code EventStore} plugs in the same way. Requests are validated here
 * (records throw {@link harbinger.server.RequestException} naming the field) before they reach an adapter, so an
 * adapter never sees unchecked request text. May depend on {@code model}, {@code error}, {@code ingest} and
 * {@code pipeline}; no HTTP, no SQL.
 */
@NullMarked
package harbinger.server;

import org.jspecify.annotations.NullMarked;
