package harbinger.cli;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --published}, declared once for the commands that read articles from files ({@code code}, {@code ingest},
 *  {@code parse}); {@code watch} takes dates from the feeds. */
final class PublishedOption {
  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles that carry none (relative dates stay unresolved without one).")
  @Nullable LocalDate published;
}
