package harbinger.ingest.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a publication date from a metadata value. Keeps the date as written (a publication date is the
 * outlet's local date; {@code 2021-12-30T23:30:00-05:00} is the 30th, not the 31st in UTC). Stateless.
 *
 * <p>Accepted: ISO 8601 dates and date-times with or without offset ({@code 2021-12-30},
 * {@code 2021-12-30T18:05:00.000+0100}, {@code 2021-12-30 18:05}), basic ISO ({@code 20211230}) and RFC 1123
 * ({@code Thu, 30 Dec 2021 18:05:00 GMT}, as in HTTP and RSS).
 */
final class PageDates {
  private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:$|[T ]\\d)");
  private static final Pattern BASIC = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:$|T\\d)");

  private PageDates() {}

  static @Nullable LocalDate parse(@Nullable String value) {
    if (value == null) return null;
    String s = value.strip();
    if (s.isEmpty()) return null;
    Matcher m = ISO.matcher(s);
    if (!m.find()) m = BASIC.matcher(s);
    else m.reset();
    if (m.find()) {
      try {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      } catch (DateTimeException e) {
        return null;
      }
    }
    try {
      return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeException e) {
      return null;
    }
  }
}
