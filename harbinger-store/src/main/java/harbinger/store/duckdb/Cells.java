package harbinger.store.duckdb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.duckdb.DuckDBAppender;
import org.jspecify.annotations.Nullable;

/** Null-aware appends and reads of single values. Stateless. */
final class Cells {
  private Cells() {}

  static void str(DuckDBAppender a, @Nullable String v) throws SQLException {
    if (v == null) a.appendNull();
    else a.append(v);
  }

  static void date(DuckDBAppender a, @Nullable LocalDate v) throws SQLException {
    if (v == null) a.appendNull();
    else a.append(v);
  }

  static void integer(DuckDBAppender a, @Nullable Integer v) throws SQLException {
    if (v == null) a.appendNull();
    else a.append(v.intValue());
  }

  static void dbl(DuckDBAppender a, @Nullable Double v) throws SQLException {
    if (v == null) a.appendNull();
    else a.append(v.doubleValue());
  }

  static @Nullable LocalDate date(ResultSet r, String column) throws SQLException {
    return r.getObject(column, LocalDate.class);
  }

  static @Nullable Integer integer(ResultSet r, String column) throws SQLException {
    int v = r.getInt(column);
    return r.wasNull() ? null : v;
  }
}
