package harbinger.store.duckdb;

import harbinger.store.EventStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Opens {@link EventStore}s on DuckDB files.
 *
 * <p>DuckDB lets one process open a file for writing, and then no other process may open it, even to read. Hence
 * three modes: {@link Mode#READ} (read-only; fails with {@link harbinger.store.StoreBusyException} while a writer
 * holds the file), {@link Mode#WRITE} (holds the file until closed: fastest, for bulk loads and benchmarks) and
 * {@link Mode#WRITE_SHARED} (opens the file for each call and closes it right after, so readers can query between
 * an ingest's batches; an ingest spends most of its time coding, not writing). Opening retries a locked file for
 * {@code wait} before it gives up.
 */
public final class DuckDbStores {
  /** How a store holds its file. */
  public enum Mode { READ, WRITE, WRITE_SHARED }

  private DuckDbStores() {}

  /**
   * @param file the DuckDB file; created (with its tables) when writing and missing
   * @throws harbinger.store.StoreBusyException if another process holds the file for longer than {@code wait}
   * @throws harbinger.store.StoreException if the file is not a store, or (READ) does not exist
   */
  public static EventStore open(Path file, Mode mode, Duration wait) {
    return open(file, mode, wait, Clock.systemUTC());
  }

  /** As {@link #open(Path, Mode, Duration)} with the clock that stamps stored rows (tests pass a fixed one). */
  public static EventStore open(Path file, Mode mode, Duration wait, Clock clock) {
    return new DuckDbEventStore(new Connector(file, mode == Mode.READ, wait), mode == Mode.WRITE_SHARED, clock);
  }
}
