package harbinger.server.store;

import harbinger.server.EventQuery;
import harbinger.server.PartyPair;
import harbinger.store.Dyad;
import harbinger.store.EventFilter;
import org.jspecify.annotations.Nullable;

/** Maps the API's validated {@link EventQuery} to the store's {@link EventFilter}. Stateless. */
final class Filters {
  private Filters() {}

  /**
   * The filter, or null when the query cannot match anything: a {@code root} and a {@code code} that disagree
   * (the store filters by one CAMEO prefix; when both are given the longer must extend the shorter).
   */
  static @Nullable EventFilter of(EventQuery q, int limit) {
    String cameo = q.code() != null ? q.code() : q.root();
    if (q.root() != null && q.code() != null && !q.code().startsWith(q.root())) return null;
    return EventFilter.builder().actor(q.actor()).country(q.country()).dyad(dyad(q.dyad()), q.directed()).cameo(cameo)
        .plover(q.plover()).quadClass(q.quadClass()).modality(q.modality()).from(q.from()).to(q.to()).limit(limit).build();
  }

  static @Nullable Dyad dyad(@Nullable PartyPair p) { return p == null ? null : new Dyad(p.a(), p.b()); }
}
