package harbinger.cli;

import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * {@code --progress}/{@code --no-progress}, declared once for every command that can run long ({@code code},
 * {@code watch}, {@code ingest} and {@code eval} through {@link RunOptions}; {@code bench}, {@code bench-store},
 * {@code bench-http} and {@code export} directly) and mixed in with {@code @Mixin}.
 */
final class ProgressOptions {
  @Option(names = "--progress", negatable = true,
      description = "Progress bar with rate and time left on stderr (default: only when running on a terminal).")
  @Nullable Boolean progress;

  /** {@code true} for {@code --progress}, {@code false} for {@code --no-progress}, null when neither is given. */
  @Nullable Boolean forced() { return progress; }

  /** A progress bar as {@code --progress}/{@code --no-progress} asks, or only on a terminal when neither is given. */
  Progress bar(PrintWriter err, String unit, long total) { return Progress.forConsole(err, unit, total, progress); }
}
