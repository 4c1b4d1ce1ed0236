package harbinger.store;

import org.jspecify.annotations.Nullable;

/**
 * Another process holds the store file (DuckDB allows one writing process, and no readers while it writes).
 * The message says who and what to do: {@code the store is being written by another process (pid 1234); try again
 * or use --db a copy}.
 */
public final class StoreBusyException extends StoreException {
  private final @Nullable Long pid;

  public StoreBusyException(String message, @Nullable Long pid, Throwable cause) {
    super(message, cause);
    this.pid = pid;
  }

  /** The process that holds the file, when the database said so. */
  public @Nullable Long pid() { return pid; }
}
