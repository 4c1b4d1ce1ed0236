package harbinger.cli;

import harbinger.store.Alert;
import harbinger.store.AlertService;
import harbinger.store.EscalationDetector;
import harbinger.store.EventStore;
import harbinger.store.StoredEvent;
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
import picocli.CommandLine.Spec;

/** {@code harbinger alerts}: escalation alerts per dyad with the events that drove them. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
    description = "Escalation alerts (CUSUM on daily Goldstein-weighted conflict per dyad) with their driving events.")
final class AlertsCommand implements Callable<Integer> {
  @Mixin StoreOptions store;
  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Alerts on or after this day.") LocalDate from;
  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Alerts on or before this day.") LocalDate to;
  @Option(names = "--evidence", defaultValue = "3", description = "Driving events listed per alert (default: ${DEFAULT-VALUE}).") int evidence;
  @Option(names = "--baseline-days", defaultValue = "28", description = "Rolling baseline length (default: ${DEFAULT-VALUE}).") int baselineDays;
  @Option(names = "--k", defaultValue = "1.0", description = "CUSUM allowance in standard deviations (default: ${DEFAULT-VALUE}).") double k;
  @Option(names = "--h", defaultValue = "5.0", description = "CUSUM threshold (default: ${DEFAULT-VALUE}).") double h;
  @Spec CommandSpec spec;

  @Override public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    EscalationDetector detector = new EscalationDetector(baselineDays, k, h, 1.0);
    List<Alert> alerts;
    try (EventStore s = store.open(DuckDbStores.Mode.READ)) {
      alerts = new AlertService(s, detector).alerts(from, to, Math.max(0, evidence));
    }
    for (Alert a : alerts) {
      EscalationDetector.Signal g = a.signal();
      out.printf(Locale.ROOT, "%s  %-9s escalation since %s: CUSUM %.2f >= %.2f (conflict %.2f vs baseline %.2f ± %.2f)%n",
          g.day(), a.dyad(), g.start(), g.score(), h, g.observed(), g.baselineMean(), g.baselineSd());
      for (StoredEvent e : a.drivers()) out.println("    " + EventsCommand.row(e));
    }
    if (alerts.isEmpty()) spec.commandLine().getErr().println("no escalation alerts");
    out.flush();
    return 0;
  }
}
