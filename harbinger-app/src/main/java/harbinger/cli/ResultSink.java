package harbinger.cli;

import harbinger.model.Event;
import harbinger.model.Outcome;
import harbinger.output.EventJson;
import harbinger.pipeline.Result;
import java.io.PrintWriter;

/**
 * Where a long-running command sends each result. {@code watch} writes JSON Lines events
 * ({@link #jsonLines}); the event store module is meant to add a sink for {@code --db FILE} that stores articles,
 * events and outcomes, with no change to the commands. Not thread-safe: results arrive on one thread.
 */
interface ResultSink extends AutoCloseable {
  void accept(Result result);

  @Override void close();

  /**
   * One JSON object per event ({@link EventJson#line}), flushed after each article; {@code close} closes
   * {@code out} when {@code owned} (a file the command opened), else only flushes it (standard output).
   */
  static ResultSink jsonLines(PrintWriter out, boolean owned) {
    return new ResultSink() {
      @Override public void accept(Result r) {
        if (r.outcome() instanceof Outcome.Coded c && r.article() != null) {
          for (Event e : c.events()) out.println(EventJson.line(e, r.article().text()));
        }
        out.flush();
      }

      @Override public void close() {
        if (owned) out.close();
        else out.flush();
      }
    };
  }
}
