package harbinger.actors;

import harbinger.data.DataLine;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checked reading of the fields shared by the actor data files: column counts, {@code ;}-separated lists,
 * three-letter codes and dates. Every failure is a {@link harbinger.error.DictionaryException} whose
 * message starts with {@code file:line:}. Stateless and thread-safe.
 */
final class LineFields {
  private static final Pattern THREE_LETTERS = Pattern.compile("[A-Z]{3}");
  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private LineFields() {}

  /**
   * Requires between {@code min} and {@code columns.size()} columns; columns after {@code min} are optional
   * and may be left out at the end of the line.
   */
  static void expectColumns(DataLine line, int min, List<String> columns) {
    int n = line.fields().size();
    if (n < min || n > columns.size()) {
      String expected = min == columns.size() ? String.valueOf(min) : min + " to " + columns.size();
      throw line.error("expected " + expected + " tab-separated columns (" + String.join(", ", columns)
          + ") but found " + n);
    }
  }

  /** The non-empty items of a {@code ;}-separated field, trimmed, in order, without repeats. */
  static List<String> list(String field) {
    return Arrays.stream(field.split(";")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
  }

  /** A three-upper-case-letter code such as "RUS" or "GOV". */
  static String code(DataLine line, String value, String what) {
    if (!THREE_LETTERS.matcher(value).matches()) {
      throw line.error("invalid " + what + " '" + value + "' (expected three upper-case letters)");
    }
    return value;
  }

  /**
   * A date written YYYY-MM-DD, YYYY-MM or YYYY. A partial date means its first day when {@code end} is
   * false (a start date) and its last day when {@code end} is true (an end date).
   */
  static LocalDate date(DataLine line, String value, String column, boolean end) {
    Matcher m = DATE.matcher(value);
    if (!m.matches()) throw badDate(line, value, column);
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) return end ? Year.of(year).atMonth(12).atEndOfMonth() : LocalDate.of(year, 1, 1);
      YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
      if (m.group(3) == null) return end ? month.atEndOfMonth() : month.atDay(1);
      return month.atDay(Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      throw badDate(line, value, column);
    }
  }

  private static RuntimeException badDate(DataLine line, String value, String column) {
    return line.error("bad date '" + value + "' in column " + column + " (expected YYYY-MM-DD, YYYY-MM or YYYY)");
  }
}
