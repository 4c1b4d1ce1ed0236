package harbinger.output;

import harbinger.model.Outcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collector;

/**
 * Counts of one run's outcomes, and the summary printed to standard error at the end of a run:
 * <pre>
 * articles: 21 read, 19 coded (17 with events, 2 without), 2 skipped
 *   skipped a.jsonl:7 [read]: line 7: malformed JSON: ...
 *   skipped story-4 [nlp]: ...
 * </pre>
 * "read" counts every outcome (every article that went in, readable or not). Skipped articles are listed in
 * the order their outcomes were added. Built with {@link #accumulator()} or {@link #collector()}; the summary
 * itself is immutable and thread-safe, the accumulator is not thread-safe.
 *
 * @param coded articles coded, with or without events
 * @param withEvents coded articles that yielded at least one event
 * @param events events over all coded articles
 * @param skipped every skipped outcome, in order
 */
public record RunSummary(int coded, int withEvents, long events, List<Outcome.Skipped> skipped) {
  public RunSummary {
    skipped = List.copyOf(skipped);
    if (coded < 0 || withEvents < 0 || withEvents > coded || events < 0)
      throw new IllegalArgumentException("inconsistent counts: coded " + coded + ", with events " + withEvents + ", events " + events);
  }

  /** An empty accumulator. */
  public static Accumulator accumulator() { return new Accumulator(); }

  /** Collects outcomes into a summary; usable with parallel streams (partial counts are combined in order). */
  public static Collector<Outcome, Accumulator, RunSummary> collector() {
    return Collector.of(Accumulator::new, Accumulator::add, Accumulator::addAll, Accumulator::build);
  }

  /** Every outcome: coded plus skipped. */
  public int read() { return coded + skipped.size(); }

  public int withoutEvents() { return coded - withEvents; }

  /** Skip counts by stage ("read", "language", "nlp", "code"), sorted by stage name. */
  public Map<String, Integer> skippedByStage() {
    Map<String, Integer> by = new TreeMap<>();
    for (Outcome.Skipped s : skipped) by.merge(s.stage(), 1, Integer::sum);
    return Collections.unmodifiableMap(by);
  }

  /** Skip counts by reason, sorted by reason; reasons that differ only in their "line N: " prefix are merged. */
  public Map<String, Integer> skippedByReason() {
    Map<String, Integer> by = new TreeMap<>();
    for (Outcome.Skipped s : skipped) by.merge(s.reason().replaceFirst("^line \\d+: ", ""), 1, Integer::sum);
    return Collections.unmodifiableMap(by);
  }

  /** The counts line and one line per skipped article; lines end with {@code \n}. */
  public String format() { return format(Integer.MAX_VALUE); }

  /**
   * As {@link #format()}, listing at most {@code maxSkippedLines} skipped articles, followed by
   * {@code   ... and N more skipped (read: 3, nlp: 1)} when some were left out.
   */
  public String format(int maxSkippedLines) {
    if (maxSkippedLines < 0) throw new IllegalArgumentException("maxSkippedLines must be >= 0 but was " + maxSkippedLines);
    StringBuilder b = new StringBuilder();
    b.append("articles: ").append(read()).append(" read, ").append(coded).append(" coded (")
        .append(withEvents).append(" with events, ").append(withoutEvents()).append(" without), ")
        .append(skipped.size()).append(" skipped\n");
    int shown = Math.min(maxSkippedLines, skipped.size());
    for (int i = 0; i < shown; i++) {
      Outcome.Skipped s = skipped.get(i);
      b.append("  skipped ").append(oneLine(s.articleId())).append(" [").append(s.stage()).append("]: ")
          .append(oneLine(s.reason())).append('\n');
    }
    if (shown < skipped.size()) {
      Map<String, Integer> rest = new TreeMap<>();
      for (Outcome.Skipped s : skipped.subList(shown, skipped.size())) rest.merge(s.stage(), 1, Integer::sum);
      List<String> parts = new ArrayList<>();
      rest.forEach((stage, n) -> parts.add(stage + ": " + n));
      b.append("  ... and ").append(skipped.size() - shown).append(" more skipped (")
          .append(String.join(", ", parts)).append(")\n");
    }
    return b.toString();
  }

  private static String oneLine(String s) { return s.replaceAll("\\R", " "); }

  /** Adds outcomes one by one; {@link #build()} may be called any number of times. Not thread-safe. */
  public static final class Accumulator {
    private int coded;
    private int withEvents;
    private long events;
    private final List<Outcome.Skipped> skipped = new ArrayList<>();

    private Accumulator() {}

    public Accumulator add(Outcome outcome) {
      if (outcome instanceof Outcome.Coded c) {
        coded++;
        if (!c.events().isEmpty()) withEvents++;
        events += c.events().size();
      } else {
        skipped.add((Outcome.Skipped) outcome);
      }
      return this;
    }

    /** Adds everything {@code other} has counted after what this one has. */
    public Accumulator addAll(Accumulator other) {
      coded += other.coded;
      withEvents += other.withEvents;
      events += other.events;
      skipped.addAll(other.skipped);
      return this;
    }

    public RunSummary build() { return new RunSummary(coded, withEvents, events, skipped); }
  }
}
