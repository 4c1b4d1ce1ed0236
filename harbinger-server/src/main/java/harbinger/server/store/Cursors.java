package harbinger.server.store;

import harbinger.server.RequestException;
import harbinger.store.PagePosition;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

/**
 * Page cursors: the {@link PagePosition} of a page's last event as {@code day:id} ({@code day} an epoch day, or
 * {@code n} for an undated event), base64url without padding. Opaque to clients; nothing in them is trusted beyond
 * two numbers, which are bound as query parameters.
 */
final class Cursors {
  private Cursors() {}

  static String encode(PagePosition p) {
    String day = p.day() == null ? "n" : Long.toString(p.day().toEpochDay());
    return Base64.getUrlEncoder().withoutPadding().encodeToString((day + ":" + p.eventId()).getBytes(StandardCharsets.US_ASCII));
  }

  /** @throws RequestException naming {@code cursor} when the token was not made by {@link #encode} */
  static PagePosition decode(String cursor) {
    try {
      String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
      int colon = s.indexOf(':');
      if (colon > 0) {
        String day = s.substring(0, colon);
        long id = Long.parseLong(s.substring(colon + 1));
        if (day.equals("n")) return new PagePosition(null, id);
        long epochDay = Long.parseLong(day);
        if (epochDay >= -365_243_219_162L && epochDay <= 365_241_780_471L) return new PagePosition(LocalDate.ofEpochDay(epochDay), id);
      }
    } catch (IllegalArgumentException e) { // bad base64 or number
      // fall through
    }
    throw new RequestException("cursor", "is not a cursor issued by this server; use next_cursor from the previous page");
  }
}
