package harbinger.ingest;

import java.io.Closeable;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The items of one input (a file or a stream), produced lazily. {@link #close()} releases the input and may
 * be called at any time, also twice. Iteration never throws for bad input. Not thread-safe.
 */
interface ItemSource extends Iterator<ReadItem>, Closeable {
  @Override void close();

  /** A source of exactly one item, computed when it is first asked for. */
  static ItemSource single(java.util.function.Supplier<ReadItem> item) {
    return new ItemSource() {
      private boolean done;

      @Override public boolean hasNext() { return !done; }

      @Override public ReadItem next() {
        if (done) throw new NoSuchElementException();
        done = true;
        return item.get();
      }

      @Override public void close() { done = true; }
    };
  }
}
