package harbinger.cli;

import harbinger.model.Event;
import harbinger.model.Outcome;
import harbinger.output.EventJson;
import harbinger.output.EventStats;
import harbinger.output.GdeltTsv;
import harbinger.pipeline.Result;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The {@link ResultSink} of {@code code} and {@code watch}: writes each coded article's events, one line per event,
 * as JSON Lines ({@link EventJson#line}) or GDELT 2.0 event columns ({@link GdeltTsv#row}, events numbered from 1
 * in write order, DATEADDED the writer's creation time), and flushes after each article, so a reader of the output
 * sees whole articles. Skipped items write nothing (the commands list them on standard error). Optionally counts
 * every written event into {@link EventStats}. Not thread-safe: results arrive on one thread.
 */
final class ResultWriter implements ResultSink {
  /** Output formats (the values of {@code code --format}). */
  enum Format { jsonl, tsv }

  private final PrintWriter out;
  private final Format format;
  private final boolean owned;
  private final Instant added;
  private final @Nullable EventStats stats;
  private long eventId;

  /**
   * @param owned whether {@link #close()} closes {@code out} (a file the command opened) rather than only flushing
   *     it (standard output)
   * @param stats counts the written events, or null
   */
  ResultWriter(PrintWriter out, Format format, boolean owned, @Nullable EventStats stats) {
    this.out = Objects.requireNonNull(out, "out");
    this.format = Objects.requireNonNull(format, "format");
    this.owned = owned;
    this.added = Instant.now();
    this.stats = stats;
  }

  @Override public void accept(Result r) {
    if (r.outcome() instanceof Outcome.Coded c && r.article() != null) {
      for (Event e : c.events()) {
        if (stats != null) stats.add(e);
        out.println(format == Format.tsv
            ? GdeltTsv.row(e, r.article(), ++eventId, 1, 1, 1, added)
            : EventJson.line(e, r.article().text()));
      }
    }
    out.flush();
  }

  @Override public void close() {
    if (owned) out.close();
    else out.flush();
  }
}
