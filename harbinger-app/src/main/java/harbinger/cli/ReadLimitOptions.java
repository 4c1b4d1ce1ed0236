package harbinger.cli;

import harbinger.ingest.ReadOptions;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --max-bytes}, declared once for the commands that read articles ({@code code}, {@code watch}, {@code ingest}). */
final class ReadLimitOptions {
  @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "2000000",
      description = "Largest article accepted, in bytes (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  /** Reading options with this size limit and {@code published} (null: none) for articles that carry no date. */
  ReadOptions readOptions(@Nullable LocalDate published) { return new ReadOptions(published, maxBytes); }
}
