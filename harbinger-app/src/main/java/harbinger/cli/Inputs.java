package harbinger.cli;

import harbinger.ingest.ArticleSources;
import harbinger.ingest.ReadItem;
import harbinger.ingest.ReadOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code FILE|DIR|-} arguments of {@code code} and {@code ingest}: read in order, every format of
 * {@link Engine#sources()}, {@code -} for standard input; and the item count a progress bar needs.
 */
final class Inputs {
  private Inputs() {}

  /** The items of every input, one input after the other. */
  static Stream<ReadItem> open(ArticleSources sources, List<String> inputs, ReadOptions options) {
    Stream<ReadItem> all = Stream.empty();
    for (String in : inputs) {
      Stream<ReadItem> one = in.equals("-") ? sources.read("-", System.in, options) : sources.read(Path.of(in), options);
      all = Stream.concat(all, one);
    }
    return all;
  }

  /**
   * Items in the inputs, for a progress bar's total: a reading pass without coding (milliseconds per article,
   * against about a second of coding each). -1 when standard input is among the inputs (it can be read once only).
   */
  static long count(ArticleSources sources, List<String> inputs, ReadOptions options) {
    if (inputs.contains("-")) return -1;
    long n = 0;
    for (String in : inputs) {
      try (Stream<ReadItem> items = sources.read(Path.of(in), options)) {
        n += items.count();
      }
    }
    return n;
  }
}
