package harbinger.store.duckdb;

import harbinger.store.StoreBusyException;
import harbinger.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Opens JDBC connections to a store file. DuckDB lets one process write a file, and no other process open it
 * meanwhile (not even to read); a second process gets "Could not set lock on file ... Conflicting lock is held in
 * ... (PID n)". Opening retries such lock conflicts with a growing pause (50 ms to 1 s) until {@code wait} has
 * passed, then throws {@link StoreBusyException} naming the pid. Thread-safe.
 */
final class Connector {
  private static final Pattern PID = Pattern.compile("PID (\\d+)");
  private final Path file;
  private final boolean readOnly;
  private final Duration wait;

  Connector(Path file, boolean readOnly, Duration wait) {
    this.file = file.toAbsolutePath().normalize();
    this.readOnly = readOnly;
    this.wait = wait;
  }

  Path file() { return file; }

  boolean readOnly() { return readOnly; }

  Connection open() {
    if (readOnly && !Files.isRegularFile(file))
      throw new StoreException("no store at " + file + " (create one with: harbinger ingest --db " + file + " FILE)");
    long deadline = System.nanoTime() + wait.toNanos();
    long pause = 50;
    while (true) {
      try {
        Properties p = new Properties();
        if (readOnly) p.setProperty("duckdb.read_only", "true");
        Connection c = DriverManager.getConnection("jdbc:duckdb:" + file, p);
        try {
          if (readOnly) Schema.check(c, file.toString());
          else Schema.ensure(c, file.toString());
          return c;
        } catch (SQLException | RuntimeException e) {
          c.close();
          throw e;
        }
      } catch (SQLException e) {
        Long pid = lockHolder(e);
        if (pid == null && !isLockConflict(e)) throw new StoreException("cannot open store " + file + ": " + e.getMessage(), e);
        if (System.nanoTime() >= deadline) throw busy(pid, e);
        sleep(pause);
        pause = Math.min(1000, pause * 2);
      }
    }
  }

  private StoreBusyException busy(@Nullable Long pid, SQLException e) {
    String who = pid == null ? "another process" : "another process (pid " + pid + ")";
    return new StoreBusyException("the store " + file + " is being written by " + who
        + "; try again or use --db a copy", pid, e);
  }

  static boolean isLockConflict(SQLException e) {
    String m = e.getMessage();
    return m != null && m.contains("Could not set lock on file");
  }

  static @Nullable Long lockHolder(SQLException e) {
    if (!isLockConflict(e)) return null;
    Matcher m = PID.matcher(e.getMessage());
    return m.find() ? Long.valueOf(m.group(1)) : null;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for the store", ie);
    }
  }
}
