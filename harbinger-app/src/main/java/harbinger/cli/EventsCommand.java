package harbinger.cli;

import harbinger.store.EventExporter;
import harbinger.store.EventStore;
import harbinger.store.ExportFormat;
import harbinger.store.StoredEvent;
import harbinger.store.duckdb.DuckDbStores;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code harbinger events}: stored events matching filters, as a table (default) or JSON Lines. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "List stored events matching filters.")
final class EventsCommand implements Callable<Integer> {
  enum Format { table, jsonl }

  @Mixin StoreOptions store;
  @Mixin FilterOptions filters;
  @Option(names = "--limit", defaultValue = "50", description = "Most events shown (default: ${DEFAULT-VALUE}).") int limit;
  @Option(names = "--format", defaultValue = "table", description = "table or jsonl.") Format format;
  @Spec CommandSpec spec;

  @Override public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (EventStore s = store.open(DuckDbStores.Mode.READ)) {
      if (format == Format.jsonl) {
        s.forEachRecord(filters.filter(limit), r -> out.println(EventExporter.line(ExportFormat.jsonl, r)));
      } else {
        out.println(header());
        for (StoredEvent e : s.events(filters.filter(limit))) out.println(row(e));
      }
    }
    out.flush();
    return 0;
  }

  static String header() {
    return String.format(Locale.ROOT, "%6s  %-10s  %-9s %-9s %-5s %-10s %2s %6s  %-10s %4s %4s %4s  %5s  %s", "id", "date",
        "source", "target", "cameo", "plover", "q", "gold", "modality", "ment", "src", "art", "conf", "evidence");
  }

  static String row(StoredEvent e) {
    String ev = e.evidence().replaceAll("\\s+", " ");
    if (ev.length() > 70) ev = ev.substring(0, 67) + "...";
    return String.format(Locale.ROOT, "%6d  %-10s  %-9s %-9s %-5s %-10s %2d %6.1f  %-10s %4d %4d %4d  %5.2f  %s", e.id(),
        e.date() == null ? "-" : e.date(), e.sourceCode() == null ? "?" : e.sourceCode(),
        e.targetCode() == null ? "?" : e.targetCode(), e.cameo(), e.plover(), e.quadClass(), e.goldstein(),
        e.modality().label(), e.numMentions(), e.numSources(), e.numArticles(), e.confidence(), ev);
  }
}
