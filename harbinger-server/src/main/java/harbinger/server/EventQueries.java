package harbinger.server;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the API and the dashboard read from a store. Implementations must be safe to call from many request
 * threads at once (serialising internally if their store is single-threaded) and must not change the store.
 * Arguments are already validated ({@link EventQuery}, {@link PageRequest}); values are bound as query
 * parameters, never spliced into query text.
 *
 * <p><b>Adapter seam.</b> A DuckDB adapter maps {@link EventQuery} to {@code EventFilter} (same fields; root and code
 * both become its CAMEO prefix) and: {@link #dyadSeries} to {@code EventStore.series(dyad, false, interval, from, to)};
 * {@link #alerts} to {@code AlertService.alerts}; {@link #dyads} and {@link #totals} to {@code EventStore.stats} (or a
 * grouped read); {@code StoredEvent} to {@link EventRow} field for field. Two reads are not in {@code EventStore} as
 * first merged and need adding there: events newest first ({@code ORDER BY day DESC NULLS LAST, event_id DESC}) after
 * a keyset {@code (day, event_id)} or from an offset, with the count of matches, for {@link #events}; and one
 * article with its outcome and its mentions (the {@code mentions} table holds every span) for {@link #article}.
 * {@code EventStore} is single-threaded, so the adapter serialises calls. Store exceptions pass through; the HTTP
 * layer maps them to statuses in one place ({@code StoreBusyException} should become 503 there).
 */
public interface EventQueries {
  /** One page of the matching events, newest first. @throws RequestException for a cursor this adapter did not issue */
  EventPage events(EventQuery query, PageRequest page);

  /**
   * The dense series of a dyad (both directions; periods without events included) from its first to its last
   * realised event within the range; empty when there is none.
   */
  List<PeriodPoint> dyadSeries(PartyPair dyad, Granularity granularity, @Nullable LocalDate from, @Nullable LocalDate to);

  /** Escalation alerts whose day lies in the range, newest first, each with at most {@code maxDrivers} drivers. */
  List<EscalationAlert> alerts(@Nullable LocalDate from, @Nullable LocalDate to, int maxDrivers);

  /** A stored article with its mentions, or empty when no article has this id. */
  Optional<ArticleRecord> article(String id);

  /**
   * The busiest undirected dyads among the events that match {@code query} (both parties known), most events
   * first, at most {@code limit}: the dyad picker and the edges of the actor network.
   */
  List<DyadTotal> dyads(EventQuery query, int limit);

  /** Summary figures. */
  Totals totals();
}
