package harbinger.store;

import java.util.List;

/**
 * One page of the events that match a filter, newest first, with the number of all matches.
 *
 * @param items the page's events
 * @param total events matching the filter, over all pages
 */
public record EventSlice(List<StoredEvent> items, long total) {
  public EventSlice {
    items = List.copyOf(items);
    if (total < items.size()) throw new IllegalArgumentException("total " + total + " is less than the page of " + items.size());
  }
}
