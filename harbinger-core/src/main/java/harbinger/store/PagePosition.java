package harbinger.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where a page of events newest first ended: the sort key {@code (day, eventId)} of its last event. The next page
 * starts with the first event that sorts after it in {@code ORDER BY day DESC NULLS LAST, event_id DESC}, so pages
 * neither skip nor repeat events while new ones are stored (new events have larger ids).
 *
 * @param day the last event's day, or null when it is undated
 * @param eventId the last event's id
 */
public record PagePosition(@Nullable LocalDate day, long eventId) {
  /** The position of {@code e}. */
  public static PagePosition of(StoredEvent e) { return new PagePosition(e.date(), e.id()); }
}
