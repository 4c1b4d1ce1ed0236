package harbinger.cli;

import harbinger.error.ConfigException;
import harbinger.error.InputException;
import harbinger.store.EventExporter;
import harbinger.store.EventFilter;
import harbinger.store.EventStore;
import harbinger.store.ExportFormat;
import harbinger.store.duckdb.DuckDbStores;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code harbinger export}: writes stored events as JSON Lines, CSV, GDELT 2.0 rows, Parquet or PLOVER JSON. Except for
 * Parquet (one DuckDB statement), a progress bar counts the events written (on a terminal, or with {@code --progress};
 * {@code export ... > FILE} is not on a terminal and draws none unless asked).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export stored events: jsonl, csv, gdelt (61 GDELT 2.0 columns), parquet (needs --out) or plover.")
final class ExportCommand implements Callable<Integer> {
  @Option(names = "--format", required = true, description = "jsonl, csv, gdelt, parquet or plover.") ExportFormat format;
  @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).") Path out;
  @Option(names = "--limit", defaultValue = "10000000", description = "Most events written.") int limit;
  @Mixin StoreOptions store;
  @Mixin FilterOptions filters;
  @Mixin ProgressOptions progress;
  @Spec CommandSpec spec;

  @Override public Integer call() {
    EventFilter f = filters.filter(limit);
    long[] n = {0};
    try (EventStore s = store.open(DuckDbStores.Mode.READ)) {
      if (format == ExportFormat.parquet) {
        if (out == null) throw new ConfigException("--format parquet needs --out FILE");
        s.exportParquet(f, out);
        spec.commandLine().getErr().println("wrote " + out);
        return 0;
      }
      try (Writer w = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
           Progress bar = progress.bar(spec.commandLine().getErr(), "events", -1)) {
        PrintWriter sink = w == null ? spec.commandLine().getOut() : new PrintWriter(new BufferedWriter(w));
        String header = EventExporter.header(format);
        if (header != null) sink.println(header);
        s.forEachRecord(f, r -> {
          sink.println(EventExporter.line(format, r));
          n[0]++;
          bar.step();
        });
        sink.flush();
      } catch (IOException e) {
        throw new InputException("cannot write " + out + ": " + e.getMessage(), e);
      } catch (UncheckedIOException e) {
        throw new InputException("cannot write " + out + ": " + e.getMessage(), e);
      }
    }
    spec.commandLine().getErr().println(n[0] + " events exported as " + format + (out == null ? "" : " to " + out));
    return 0;
  }
}
