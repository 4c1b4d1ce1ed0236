/**
 * The server's ports: {@link harbinger.server.EventQueries} (what the API and dashboard read) and
 * {@link harbinger.server.ArticleIngest} (what {@code POST /api/articles} writes), with the request records they
 * take. They exchange the store port's records ({@code harbinger.store}); {@code harbinger.server.store} implements
 * both over an {@code EventStore}. Requests are validated here (records throw
 * {@link harbinger.server.RequestException} naming the field) before they reach an adapter, so an adapter never
 * sees unchecked request text. May depend on {@code model}, {@code error}, {@code ingest}, {@code pipeline} and
 * the {@code store} port; no HTTP, no SQL.
 */
@NullMarked
package harbinger.server;

import org.jspecify.annotations.NullMarked;
