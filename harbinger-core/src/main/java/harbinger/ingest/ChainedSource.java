package harbinger.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs several sources one after the other, opening each only when the previous one is used up and closing
 * it right after, so at most one input is open at a time. Not thread-safe.
 */
final class ChainedSource implements ItemSource {
  private final Deque<Supplier<ItemSource>> pending;
  private @Nullable ItemSource current;

  ChainedSource(List<Supplier<ItemSource>> sources) { this.pending = new ArrayDeque<>(sources); }

  @Override public boolean hasNext() {
    while (true) {
      if (current != null) {
        if (current.hasNext()) return true;
        current.close();
        current = null;
      }
      Supplier<ItemSource> next = pending.poll();
      if (next == null) return false;
      current = next.get();
    }
  }

  @Override public ReadItem next() {
    if (!hasNext()) throw new NoSuchElementException();
    return current.next();
  }

  @Override public void close() {
    pending.clear();
    if (current != null) current.close();
    current = null;
  }
}
