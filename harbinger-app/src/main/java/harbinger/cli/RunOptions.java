package harbinger.cli;

import harbinger.error.ConfigException;
import java.io.PrintWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code --threads} and {@code --progress} ({@link ProgressOptions}), declared once for the commands that code
 * articles ({@code code}, {@code watch}, {@code ingest}, {@code eval}) and mixed into each with {@code @Mixin}.
 */
final class RunOptions {
  @Option(names = "--threads", paramLabel = "N", description = "Articles coded in parallel (default: cores, at most 4).")
  Integer threads;

  @Mixin ProgressOptions progress;

  /**
   * The worker count: {@code --threads}, else {@link Engine#threads()}.
   *
   * @throws ConfigException when {@code --threads} is outside 1..64
   */
  int workers() {
    int n = threads == null ? Engine.threads() : threads;
    if (n < 1 || n > 64) throw new ConfigException("--threads must be in 1..64 but was " + n);
    return n;
  }

  /** A progress bar as {@code --progress}/{@code --no-progress} asks, or only on a terminal when neither is given. */
  Progress bar(PrintWriter err, String unit, long total) { return progress.bar(err, unit, total); }
}
