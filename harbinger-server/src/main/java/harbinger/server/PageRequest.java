package harbinger.server;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which page of a result to read: {@code limit} rows after skipping {@code offset} rows, or the {@code limit} rows
 * that follow a {@code cursor} (an opaque token from a previous {@link EventPage#nextCursor()}). Cursors stay
 * correct while events are added; offsets are simpler but may shift. Not both at once.
 *
 * @param limit rows per page, 1..{@link #MAX_LIMIT}
 * @param offset rows to skip, 0..{@link #MAX_OFFSET}
 * @param cursor a token issued by the same adapter, or null
 */
public record PageRequest(int limit, int offset, @Nullable String cursor) {
  public static final int MAX_LIMIT = 500;
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_OFFSET = 100_000;
  private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_-]{1,100}");

  /** @throws RequestException naming {@code limit}, {@code offset} or {@code cursor} */
  public PageRequest {
    if (limit < 1 || limit > MAX_LIMIT) throw new RequestException("limit", "must be in 1.." + MAX_LIMIT + " but was " + limit);
    if (offset < 0 || offset > MAX_OFFSET)
      throw new RequestException("offset", "must be in 0.." + MAX_OFFSET + " but was " + offset + " (use cursor to page further)");
    if (cursor != null) {
      if (!CURSOR.matcher(cursor).matches())
        throw new RequestException("cursor", "must be a token from next_cursor but was '" + Params.shown(cursor) + "'");
      if (offset != 0) throw new RequestException("offset", "cannot be combined with cursor");
    }
  }

  public static PageRequest first(int limit) { return new PageRequest(limit, 0, null); }
}
