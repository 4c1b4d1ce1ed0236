package harbinger.cli;

import harbinger.error.ConfigException;
import harbinger.store.EventStore;
import harbinger.store.duckdb.DuckDbStores;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --db} and {@code --wait}, shared by the store commands. */
final class StoreOptions {
  @Option(names = "--db", paramLabel = "FILE", defaultValue = "harbinger.duckdb",
      description = "The DuckDB store file (default: ${DEFAULT-VALUE}).")
  Path db;

  @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "10",
      description = "How long to wait for another process that holds the store (default: ${DEFAULT-VALUE}).")
  int waitSeconds;

  EventStore open(DuckDbStores.Mode mode) {
    if (waitSeconds < 0 || waitSeconds > 3600) throw new ConfigException("--wait must be in 0..3600 but was " + waitSeconds);
    return DuckDbStores.open(db, mode, Duration.ofSeconds(waitSeconds));
  }
}
