package harbinger.store.duckdb;

import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** Fills the per-connection temporary tables of {@link Schema} that batch queries join against. */
final class Staging {
  private final DuckDBConnection c;

  Staging(DuckDBConnection c) { this.c = c; }

  /** Empties a staging table and returns an appender for it (the caller closes it before querying). */
  DuckDBAppender refill(String table) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("DELETE FROM temp.main." + table); // table names are constants of this package, never input
    }
    return c.createAppender("temp", "main", table);
  }
}
