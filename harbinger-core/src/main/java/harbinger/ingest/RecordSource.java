package harbinger.ingest;

import java.io.IOException;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * The iteration every record-by-record reader shares (JSON Lines lines, WARC records): items are produced one at a
 * time by {@link #advance()}, which returns null to pass over a record that is not an article, and calls
 * {@link #finish()} when the input has ended (or cannot be read further). {@link #close()} may come at any time,
 * also twice, and releases the input through {@link #release()}, whose failure loses nothing (nothing was written).
 * Not thread-safe.
 */
public abstract class RecordSource implements ItemSource {
  private @Nullable ReadItem next;
  private boolean finished;

  protected RecordSource() {}

  /**
   * The next item; or null when a record was passed over (it is called again) or, after {@link #finish()}, when
   * nothing follows. Bad input becomes a {@link ReadItem.Unreadable} item, never an exception.
   */
  protected abstract @Nullable ReadItem advance();

  /** Closes the input. */
  protected abstract void release() throws IOException;

  @Override public final boolean hasNext() {
    while (next == null && !finished) next = advance();
    return next != null;
  }

  @Override public final ReadItem next() {
    if (!hasNext()) throw new NoSuchElementException();
    ReadItem item = next;
    next = null;
    return item;
  }

  /** No item follows the one being returned: closes the input now rather than when the caller closes the source. */
  protected final void finish() {
    finished = true;
    close();
  }

  @Override public final void close() {
    finished = true;
    next = null;
    try {
      release();
    } catch (IOException e) {
      // nothing was written; a failed close of an input loses nothing
    }
  }
}
