package harbinger.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * {@code .txt}, {@code .text}: one plain-text article per input, read by {@link PlainTextReader}. It is also
 * the fallback for streams no reader recognises. Stateless.
 */
final class PlainTextFormat implements FormatReader {
  static final PlainTextFormat INSTANCE = new PlainTextFormat();

  private PlainTextFormat() {}

  @Override public Set<String> suffixes() { return Set.of("txt", "text"); }

  @Override public ItemSource read(Input input) {
    String id = input.stem();
    if (input.size() > input.options().maxBytes()) {
      close(input.stream());
      return ItemSource.single(() -> PlainTextReader.tooLarge(id, input.size(), input.options()));
    }
    InputStream in = input.stream();
    return new ItemSource() {
      private boolean done;

      @Override public boolean hasNext() { return !done; }

      @Override public ReadItem next() {
        if (done) throw new NoSuchElementException();
        done = true;
        try (in) {
          return PlainTextReader.read(id, input.name(), in, input.options(), input.ids(), input.emptyReason());
        } catch (IOException e) {
          return new ReadItem.Unreadable(id, "cannot read: " + e);
        }
      }

      @Override public void close() {
        done = true;
        PlainTextFormat.close(in);
      }
    };
  }

  static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // an input that fails to close has lost nothing
    }
  }
}
