package harbinger.eval;

import harbinger.data.DataFile;
import harbinger.data.DataLine;
import harbinger.error.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Score floors: the lowest score each gold set may reach before a run counts as a regression.
 *
 * <p>File format (TSV, UTF-8): {@code set<TAB>metric<TAB>floor}, one floor per line; blank lines and lines
 * starting with {@code #} are ignored. {@code set} is a gold set name (plover, cameo, m2e2, timex, quotes),
 * {@code metric} one of that set's metrics ({@link EvalKind#metrics()}), {@code floor} a number in 0..1.
 * A score is below its floor when its value is smaller than the floor, or when it is undefined (nothing was
 * measured). Immutable and thread-safe.
 *
 * @param floors the floors, in file order
 */
public record Floors(List<Floors.Floor> floors) {
  /**
   * @param set gold set name
   * @param metric metric name
   * @param floor lowest acceptable value
   * @param origin {@code file:line} it was read from
   */
  public record Floor(String set, String metric, double floor, String origin) {
    public Floor {
      Objects.requireNonNull(set, "set");
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(origin, "origin");
      if (!(floor >= 0 && floor <= 1)) throw new IllegalArgumentException("floor must be in 0..1 but was " + floor);
    }
  }

  /** The outcome of checking reports against the floors: failures, and floors of sets that were not run. */
  public record Check(List<String> failures, List<String> unchecked) {
    public Check {
      failures = List.copyOf(failures);
      unchecked = List.copyOf(unchecked);
    }

    public boolean passed() { return failures.isEmpty(); }
  }

  public Floors { floors = List.copyOf(floors); }

  /**
   * @throws InputException when the file does not exist
   * @throws harbinger.error.DictionaryException ({@code file:line:}) for a malformed line, an unknown set or
   *     metric, a floor outside 0..1, or a floor given twice
   */
  public static Floors read(Path file) {
    if (!Files.isRegularFile(file)) throw new InputException(file + ": floors file not found");
    return parse(DataFile.read(file));
  }

  static Floors parse(List<DataLine> lines) {
    List<Floor> out = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (DataLine line : lines) {
      if (line.fields().size() != 3) throw line.error("expected set<TAB>metric<TAB>floor but found " + line.fields().size() + " columns");
      EvalKind kind;
      try {
        kind = EvalKind.parse(line.expectField(0, "set"));
      } catch (IllegalArgumentException e) {
        throw line.error(e.getMessage());
      }
      String metric = line.expectField(1, "metric");
      if (!kind.metrics().contains(metric)) throw line.error("unknown metric '" + metric + "' for " + kind.label() + " (known: " + kind.metrics() + ")");
      double floor;
      try {
        floor = Double.parseDouble(line.expectField(2, "floor"));
      } catch (NumberFormatException e) {
        throw line.error("floor '" + line.field(2) + "' is not a number");
      }
      if (!(floor >= 0 && floor <= 1)) throw line.error("floor must be in 0..1 but was " + line.field(2));
      String origin = line.file() + ":" + line.number();
      String previous = seen.putIfAbsent(kind.label() + " " + metric, origin);
      if (previous != null) throw line.error("floor for " + kind.label() + " " + metric + " already given at " + previous);
      out.add(new Floor(kind.label(), metric, floor, origin));
    }
    return new Floors(out);
  }

  /** Checks every floor whose set has a report. */
  public Check check(List<EvalReport> reports) {
    List<String> failures = new ArrayList<>();
    List<String> unchecked = new ArrayList<>();
    for (Floor f : floors) {
      EvalReport r = reports.stream().filter(x -> x.set().equals(f.set())).findFirst().orElse(null);
      if (r == null) { unchecked.add(f.set() + " " + f.metric() + " (set not run)"); continue; }
      Score s = r.find(f.metric()).orElse(null);
      if (s == null) throw new IllegalStateException(f.origin() + ": report of " + f.set() + " has no metric " + f.metric());
      if (!s.defined() || s.value() < f.floor()) {
        failures.add(String.format(Locale.ROOT, "%s %s = %s is below the floor %.3f (%s)", f.set(), f.metric(),
            s.format(), f.floor(), f.origin()));
      }
    }
    return new Check(failures, unchecked);
  }
}
