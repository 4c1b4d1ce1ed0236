package harbinger.cli;

import harbinger.store.Dyad;
import harbinger.store.EventStore;
import harbinger.store.Interval;
import harbinger.store.SeriesPoint;
import harbinger.store.duckdb.DuckDbStores;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code harbinger dyad A,B}: the daily or weekly series of a dyad over realised events. */
@Command(name = "dyad", mixinStandardHelpOptions = true,
    description = "Daily or weekly series of a dyad: events per QuadClass, Goldstein sum and mean, share of conflict.")
final class DyadCommand implements Callable<Integer> {
  @Parameters(paramLabel = "A,B", description = "Two countries or actor codes (RUS,UKR).") String dyad;
  @Mixin StoreOptions store;
  @Option(names = "--directed", description = "Only events with A as source.") boolean directed;
  @Option(names = "--weekly", description = "ISO weeks instead of days.") boolean weekly;
  @Option(names = "--from", paramLabel = "YYYY-MM-DD") LocalDate from;
  @Option(names = "--to", paramLabel = "YYYY-MM-DD") LocalDate to;
  @Option(names = "--csv", description = "Comma-separated output with a header.") boolean csv;
  @Spec CommandSpec spec;

  @Override public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Dyad d = Dyad.parse(dyad);
    List<SeriesPoint> series;
    try (EventStore s = store.open(DuckDbStores.Mode.READ)) {
      series = s.series(d, directed, weekly ? Interval.WEEK : Interval.DAY, from, to);
    }
    out.println(csv ? "period,verbal_coop,material_coop,verbal_conflict,material_conflict,goldstein_sum,goldstein_mean,conflict_share"
        : String.format(Locale.ROOT, "%-10s %6s %6s %6s %6s %9s %8s %8s", weekly ? "week" : "day", "vcoop", "mcoop",
            "vconf", "mconf", "gold_sum", "gold_avg", "conflict"));
    for (SeriesPoint p : series) {
      int[] q = p.quad();
      out.println(String.format(Locale.ROOT, csv ? "%s,%d,%d,%d,%d,%.2f,%.3f,%.3f" : "%-10s %6d %6d %6d %6d %9.1f %8.2f %8.2f",
          p.period(), q[0], q[1], q[2], q[3], p.goldsteinSum(), p.goldsteinMean(), p.conflictShare()));
    }
    if (series.isEmpty()) spec.commandLine().getErr().println("no realised events for " + d + (directed ? " (directed)" : ""));
    out.flush();
    return 0;
  }
}
