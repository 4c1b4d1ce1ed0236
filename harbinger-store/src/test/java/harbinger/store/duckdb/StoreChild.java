package harbinger.store.duckdb;

import harbinger.pipeline.Result;
import harbinger.store.EventStore;
import harbinger.store.SyntheticEvents;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * A child process for the crash and lock tests: {@code ingest DB N} stores synthetic articles 0..N-1 one transaction
 * each (printing "stored k" after each commit); {@code shared DB N MILLIS} does the same in shared mode, pausing
 * between articles; {@code hold DB} opens the store for writing and waits to be killed.
 */
public final class StoreChild {
  static final int EVENTS_PER_ARTICLE = 5;
  static final LocalDate START = LocalDate.of(2024, 1, 1);

  private StoreChild() {}

  static List<Result> corpus(int n) {
    return new SyntheticEvents().articles(42, 0, n, n, 60, EVENTS_PER_ARTICLE, START);
  }

  public static void main(String[] args) throws Exception {
    Path db = Path.of(args[1]);
    switch (args[0]) {
      case "hold" -> {
        try (EventStore s = DuckDbStores.open(db, DuckDbStores.Mode.WRITE, Duration.ofSeconds(10))) {
          System.out.println("holding");
          System.out.flush();
          Thread.sleep(120_000);
        }
      }
      case "ingest", "shared" -> {
        boolean shared = args[0].equals("shared");
        long pause = shared ? Long.parseLong(args[3]) : 0;
        List<Result> all = corpus(Integer.parseInt(args[2]));
        try (EventStore s = DuckDbStores.open(db, shared ? DuckDbStores.Mode.WRITE_SHARED : DuckDbStores.Mode.WRITE,
            Duration.ofSeconds(30))) {
          for (int i = 0; i < all.size(); i++) {
            s.add(List.of(all.get(i)));
            System.out.println("stored " + (i + 1));
            System.out.flush();
            if (pause > 0) Thread.sleep(pause);
          }
        }
        System.out.println("done");
      }
      default -> throw new IllegalArgumentException(args[0]);
    }
  }
}
