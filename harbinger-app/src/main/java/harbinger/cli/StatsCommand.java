package harbinger.cli;

import harbinger.store.EventStore;
import harbinger.store.StoreStats;
import harbinger.store.duckdb.DuckDbStores;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code harbinger stats}: summary figures of a store. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Summary figures of the store.")
final class StatsCommand implements Callable<Integer> {
  @Mixin StoreOptions store;
  @Option(names = "--top", defaultValue = "10", description = "Busiest dyads shown (default: ${DEFAULT-VALUE}).") int top;
  @Spec CommandSpec spec;

  @Override public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    StoreStats s;
    try (EventStore st = store.open(DuckDbStores.Mode.READ)) {
      s = st.stats(Math.max(0, top));
    }
    out.printf("store: %s%n", store.db.toAbsolutePath().normalize());
    out.printf("articles: %d stored, %d coded, %d near-duplicate copies%n", s.articles(), s.coded(), s.nearDuplicates());
    out.printf("skipped: %s%n", s.skippedByStage().isEmpty() ? "none" : s.skippedByStage());
    out.printf("events: %d from %d mentions; %d reported by two or more outlets%n", s.events(), s.mentions(), s.multiSource());
    long[] q = s.byQuadClass();
    out.printf("by QuadClass: verbal cooperation %d, material cooperation %d, verbal conflict %d, material conflict %d%n",
        q[0], q[1], q[2], q[3]);
    out.printf("days: %s to %s%n", s.first() == null ? "-" : s.first(), s.last() == null ? "-" : s.last());
    if (!s.topDyads().isEmpty()) {
      out.println("top dyads (events):");
      for (Map.Entry<String, Long> e : s.topDyads()) out.printf("  %-16s %6d%n", e.getKey(), e.getValue());
    }
    out.flush();
    return 0;
  }
}
