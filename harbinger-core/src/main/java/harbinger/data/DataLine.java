package harbinger.data;

import harbinger.error.DictionaryException;
import java.util.List;

/**
 * One non-blank, non-comment line of a data file, split on tabs.
 *
 * @param file the file name used in error messages
 * @param number 1-based line number
 * @param fields tab-separated fields, each trimmed
 */
public record DataLine(String file, int number, List<String> fields) {
  public DataLine { fields = List.copyOf(fields); }

  /** Field {@code i}, or the empty string if the line is shorter. */
  public String field(int i) { return i < fields.size() ? fields.get(i) : ""; }

  /** Field {@code i}, which must be present and non-empty. */
  public String expectField(int i, String name) {
    String v = field(i);
    if (v.isEmpty()) throw error("missing " + name + " (column " + (i + 1) + ")");
    return v;
  }

  /** An exception whose message starts with {@code file:line:}. */
  public DictionaryException error(String message) {
    return new DictionaryException(file + ":" + number + ": " + message);
  }
}
