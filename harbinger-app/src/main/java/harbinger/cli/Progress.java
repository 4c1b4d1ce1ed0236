package harbinger.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on standard error with count, rate and time left:
 * <pre>[##########..........]  120/240  50%  3.4 articles/s  0:35 left</pre>
 * or, when the total is unknown, {@code 120 articles  3.4 articles/s  0:35 elapsed}. Redrawn in place
 * ({@code \r}) at most five times a second; {@link #close()} ends the line. A disabled progress (output not a
 * terminal, see {@link #forConsole}) prints nothing at all, so logs and pipes stay clean. Not thread-safe: the
 * thread that consumes results calls {@link #step()}.
 */
final class Progress implements AutoCloseable {
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final int WIDTH = 20;

  private final PrintWriter err;
  private final String unit;
  private final boolean enabled;
  private final LongSupplier nanoTime;
  private final long start;
  private long total;
  private long done;
  private long lastDraw;
  private boolean drawn;
  private boolean erased;

  Progress(PrintWriter err, String unit, long total, boolean enabled, LongSupplier nanoTime) {
    this.err = err;
    this.unit = unit;
    this.total = total;
    this.enabled = enabled;
    this.nanoTime = nanoTime;
    this.start = nanoTime.getAsLong();
  }

  /**
   * Enabled when {@code force} says so, or, when it is null, when the process runs on a terminal
   * ({@code System.console() != null}; on Java 17 that needs standard input and output to be the terminal, so
   * {@code code ... > events.jsonl} draws no bar unless {@code --progress} asks for one).
   */
  static Progress forConsole(PrintWriter err, String unit, long total, Boolean force) {
    boolean on = force != null ? force : System.console() != null;
    return new Progress(err, unit, total, on, System::nanoTime);
  }

  boolean enabled() { return enabled; }

  /** Sets the total (for example when a poll has found its items); -1 when unknown. */
  void total(long n) { total = n; }

  void step() { step(1); }

  /** Counts {@code n} more items done (a chunk of them), and redraws as {@link #step()} does. */
  void step(int n) {
    done += n;
    if (!enabled || erased) return;
    long now = nanoTime.getAsLong();
    if (!drawn || now - lastDraw >= REDRAW_NANOS || total > 0 && done >= total) {
      lastDraw = now;
      draw(now);
    }
  }

  String line(long now) {
    double secs = Math.max(1e-9, (now - start) / 1e9);
    double rate = done / secs;
    if (total > 0) {
      long shown = Math.min(done, total);
      int filled = (int) (WIDTH * shown / total);
      String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
      String left = rate > 0 ? clock((total - shown) / rate) + " left" : "--:-- left";
      return String.format(Locale.ROOT, "[%s] %d/%d %3d%%  %.1f %s/s  %s", bar, shown, total, 100 * shown / total, rate, unit, left);
    }
    return String.format(Locale.ROOT, "%d %s  %.1f %s/s  %s elapsed", done, unit, rate, unit, clock(secs));
  }

  private void draw(long now) {
    err.print("\r" + line(now) + "\u001b[K");
    err.flush();
    drawn = true;
  }

  static String clock(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                     : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  /**
   * Erases the bar's line instead of leaving it ({@link #close()} then prints nothing): for commands that print a
   * table on the same terminal right after the work the bar followed.
   */
  void erase() {
    if (enabled && drawn) {
      err.print("\r\u001b[K");
      err.flush();
    }
    erased = true;
  }

  /** Draws the final state and ends the line, so that what is printed next starts on a fresh line. */
  @Override public void close() {
    if (enabled && !erased && (drawn || done > 0)) {
      draw(nanoTime.getAsLong());
      err.println();
      err.flush();
    }
  }
}
