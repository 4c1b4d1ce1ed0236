package harbinger.server.memory;

import harbinger.server.RequestException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Page cursors of the in-memory adapter: the sort key {@code day:sequence} of a page's last row, base64url. */
final class Cursors {
  private Cursors() {}

  static String encode(long day, long seq) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString((day + ":" + seq).getBytes(StandardCharsets.US_ASCII));
  }

  /** @throws RequestException naming {@code cursor} when the token was not made by {@link #encode} */
  static long[] decode(String cursor) {
    try {
      String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
      int colon = s.indexOf(':');
      if (colon > 0) return new long[] {Long.parseLong(s.substring(0, colon)), Long.parseLong(s.substring(colon + 1))};
    } catch (IllegalArgumentException e) { // bad base64 or number
      // fall through
    }
    throw new RequestException("cursor", "is not a cursor issued by this server; use next_cursor from the previous page");
  }
}
