package harbinger.coding.expect;

import harbinger.data.DataFile;
import harbinger.data.DataLine;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One case of the failure-mode suite: a short text, its publication date, and what a careful coder expects.
 * Files hold one case per line with four tab-separated columns {@code id  published  text  expect}; blank
 * lines and lines starting with {@code #} are skipped. Immutable and thread-safe.
 *
 * @param id case id, unique within its file ({@code letters, digits, '-', '_', '.'})
 * @param published publication date of the text, which anchors relative dates and office terms
 * @param text one to three sentences on a single line
 * @param expectations one or more assertions, all of which must hold
 * @param origin {@code file:line} of the case, for reports
 */
public record FailureCase(String id, LocalDate published, String text, List<Expectation> expectations, String origin) {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  public FailureCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(origin, "origin");
    expectations = List.copyOf(expectations);
    if (!ID.matcher(id).matches()) throw new IllegalArgumentException("bad case id '" + id + "'");
    if (text.isBlank()) throw new IllegalArgumentException("case " + id + " has no text");
    if (expectations.isEmpty()) throw new IllegalArgumentException("case " + id + " has no expectations");
  }

  /**
   * Reads a failure-mode file.
   *
   * @throws harbinger.error.DictionaryException with a {@code file:line:} message if the file cannot be read,
   *     a line does not have exactly four columns, an id repeats, a date or an assertion is malformed
   */
  public static List<FailureCase> read(Path file) {
    List<FailureCase> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (DataLine line : DataFile.read(file)) {
      if (line.fields().size() != 4) {
        throw line.error("want 4 tab-separated columns (id, published, text, expect) but found " + line.fields().size());
      }
      String id = line.expectField(0, "id");
      if (!ids.add(id)) throw line.error("duplicate case id '" + id + "'");
      LocalDate published = date(line, line.expectField(1, "published"));
      String text = line.expectField(2, "text");
      List<Expectation> expectations = expectations(line, line.expectField(3, "expect"));
      try {
        out.add(new FailureCase(id, published, text, expectations, line.file() + ":" + line.number()));
      } catch (IllegalArgumentException e) {
        throw line.error(e.getMessage());
      }
    }
    return List.copyOf(out);
  }

  static LocalDate date(DataLine line, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw line.error("published must be YYYY-MM-DD but was '" + value + "'");
    }
  }

  static List<Expectation> expectations(DataLine line, String cell) {
    try {
      return Expectation.parseAll(cell);
    } catch (IllegalArgumentException e) {
      throw line.error(e.getMessage());
    }
  }
}
