package harbinger.ingest;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * The items of one input (a file or a stream), produced lazily by a {@link FormatReader}. {@link #close()}
 * releases the input and may be called at any time, also twice. Iteration never throws for bad input: a bad
 * record is a {@link ReadItem.Unreadable} item. Not thread-safe.
 */
public interface ItemSource extends Iterator<ReadItem>, Closeable {
  @Override void close();

  /** A source of exactly one item, computed when it is first asked for. */
  static ItemSource single(Supplier<ReadItem> item) {
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

  /** A source of the given items, which have already been read; {@code onClose} runs on close. */
  static ItemSource of(List<ReadItem> items, Runnable onClose) {
    Iterator<ReadItem> it = List.copyOf(items).iterator();
    return new ItemSource() {
      private boolean closed;

      @Override public boolean hasNext() { return !closed && it.hasNext(); }

      @Override public ReadItem next() {
        if (!hasNext()) throw new NoSuchElementException();
        return it.next();
      }

      @Override public void close() {
        if (!closed) {
          closed = true;
          onClose.run();
        }
      }
    };
  }
}
