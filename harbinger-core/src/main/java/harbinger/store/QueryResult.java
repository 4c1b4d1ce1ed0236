package harbinger.store;

import java.util.List;

/**
 * The answer to a read-only SQL query, values as text (SQL NULL as null).
 *
 * @param columns column names
 * @param rows rows, at most the requested maximum
 * @param truncated true when more rows were available than returned
 */
public record QueryResult(List<String> columns, List<List<String>> rows, boolean truncated) {
  public QueryResult {
    columns = List.copyOf(columns);
    rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
  }
}
