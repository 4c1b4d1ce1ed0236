package harbinger.server;

import harbinger.store.Alert;
import harbinger.store.DyadSummary;
import harbinger.store.Interval;
import harbinger.store.SeriesPoint;
import harbinger.store.StoredArticle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the API and the dashboard read from a store. Implementations must be safe to call from many request
 * threads at once (serialising internally if their store is single-threaded) and must not change the store.
 * Arguments are already validated ({@link EventQuery}, {@link PageRequest}); values are bound as query
 * parameters, never spliced into query text. The records exchanged are the store port's ({@code harbinger.store}):
 * the HTTP layer maps them to its JSON shapes.
 *
 * <p>{@code harbinger.server.store.StoreBackend} implements it over any {@code EventStore} (the DuckDB store in
 * {@code harbinger serve}). Store exceptions pass through; the HTTP layer maps them to statuses in one place
 * ({@code StoreBusyException} becomes 503).
 */
public interface EventQueries {
  /** One page of the matching events, newest first. @throws RequestException for a cursor this adapter did not issue */
  EventPage events(EventQuery query, PageRequest page);

  /**
   * The dense series of a dyad (both directions; periods without events included) from its first to its last
   * realised event within the range; empty when there is none.
   */
  List<SeriesPoint> dyadSeries(PartyPair dyad, Interval interval, @Nullable LocalDate from, @Nullable LocalDate to);

  /** The {@code limit} latest escalation alerts whose day lies in the range, newest first, each with at most {@code maxDrivers} drivers. */
  List<Alert> alerts(@Nullable LocalDate from, @Nullable LocalDate to, int maxDrivers, int limit);

  /** A stored article with its mentions, or empty when no article has this id. */
  Optional<StoredArticle> article(String id);

  /**
   * The busiest undirected dyads among the events that match {@code query} (both parties known), most events
   * first, at most {@code limit}: the dyad picker and the edges of the actor network.
   */
  List<DyadSummary> dyads(EventQuery query, int limit);

  /** Summary figures. */
  Totals totals();
}
