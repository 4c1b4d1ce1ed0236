package harbinger.server;

import harbinger.store.StoredEvent;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of events, newest first (undated events last; events of one day by the order they were stored, newest
 * first).
 *
 * @param items the page's events
 * @param total events matching the query, over all pages
 * @param nextCursor token for the page after this one, or null when this is the last page
 */
public record EventPage(List<StoredEvent> items, long total, @Nullable String nextCursor) {
  public EventPage {
    items = List.copyOf(items);
    if (total < items.size()) throw new IllegalArgumentException("total " + total + " is less than the page of " + items.size());
  }
}
